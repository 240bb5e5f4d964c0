import { z } from 'zod';

// The people a vault knows: its owner (the profile) and contacts added by key string.

export const ROLES = ['reporter', 'editor'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { reporter: 'Reporter', editor: 'Editor' };

export const personNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name')
  .max(80, 'Keep the name under 80 characters')
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'Name must not contain control characters');

/** The vault owner as the renderer sees it: never a secret key. */
export interface Profile {
  name: string;
  role: Role;
  /** Six groups of five digits; both people read theirs out to compare (docs/review-packages.md). */
  fingerprint: string;
}

export interface MyProfile extends Profile {
  /** `shieldnote-key-1:…`, the string to give to others. */
  keyString: string;
}

export interface Contact {
  id: string;
  name: string;
  role: Role;
  fingerprint: string;
  addedAt: string;
}

/** What adding a contact came to: null when the user did not confirm the fingerprint in main's dialog. */
export interface AddedContact {
  contact: Contact | null;
}

/** A pasted key string read back for the user to confirm before it is saved. */
export interface ContactPreview {
  name: string;
  role: Role;
  fingerprint: string;
  /** Set when a contact with the same keys exists already. */
  existingContactId: string | null;
}
