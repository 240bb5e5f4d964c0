import type { Message } from './message';

export const AUDIT_ACTIONS = [
  'identity.revealed',
  'identity.reveal-refused',
  'identity.copied',
  'identity.changed',
  'source.deleted',
  'statement.deleted',
  'leak.dismissed',
  'leak.scan-capped',
  // A decision main asked the user to confirm (passphrase or its own dialog) was refused
  'confirmation.refused',
  'leak.disclosed',
  'leak.withheld',
  'leak.revealed',
  'leak.reveal-refused',
  // Export
  'export.override',
  'export.written',
  // People and review packages
  'profile.saved',
  'contact.added',
  'contact.removed',
  'package.sent',
  'package.imported',
  'package.refused',
  'response.sent',
  'response.imported',
  'response.refused',
  // Editor review
  'review.approved',
  'review.flagged',
  'review.reset',
  'review.ticked',
  'review.signed-off',
  'review.reopened',
  'corroboration.linked',
  'corroboration.unlinked',
  // Passphrase, recovery key, travel mode, burn
  'vault.passphrase-changed',
  'vault.recovery-key-replaced',
  'identity.travel-out',
  'identity.travel-in',
  'identity.burned',
  // Imports (Word, messenger exports): counts only, never a file name
  'import.saved',
  'import.original-deleted',
  // The desk folder
  'desk.chosen',
  'desk.forgotten',
  'desk.cleaned',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One line of the vault's append-only audit log. Names sources by id only, never by identity. */
export interface AuditEntry {
  id: string;
  at: string;
  action: AuditAction;
  sourceId: string | null;
  /** The English sentence, as every reader before `message` existed shows it (and the command line). */
  detail: string;
  /** The same sentence as an interface message, formatted in the interface language; absent on entries written before it existed. */
  message?: Message;
  // People and review packages
  /** Who acted: the vault profile's "name (role)" when the entry was written; absent before a profile existed. */
  by?: string;
}
