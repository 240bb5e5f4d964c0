import { z } from 'zod';

// What the renderer is told after copies of the vault from two devices were merged.

export const MERGE_NOTICE_KINDS = ['field-conflict', 'deleted-but-changed', 'conflicting-copy'] as const;
export type MergeNoticeKind = (typeof MERGE_NOTICE_KINDS)[number];

export interface MergeNotice {
  id: string;
  kind: MergeNoticeKind;
  /** When the change it is about was made (ISO 8601). */
  at: string;
  /** One sentence: what was merged and where the other version went. */
  text: string;
  /** The other version's values that did not stay (field-conflict), shortened. */
  others: { field: string; value: string }[];
  /** The draft to open: the conflicting copy (conflicting-copy), or the merged draft. */
  draftId: string | null;
  /** The same facts for the renderer's own wording (its message catalogs). */
  subject: MergeSubject;
  /** The draft's title or the source's label, when the subject has one. */
  title: string | null;
  /** The other device, as the first 8 digits of its id ('' when unknown). */
  device: string;
  /** Fields changed on both devices (field-conflict). */
  fields: string[];
  /** The conflicting copy's title (conflicting-copy). */
  copyTitle: string | null;
}

export type MergeSubject = 'draft' | 'statement' | 'source' | 'settings' | 'vault' | 'contact' | 'item';

export const mergeNoticeIdSchema = z.string().min(1).max(300).regex(/^[A-Za-z0-9$/:.,_-]+$/, 'Malformed notice id');
