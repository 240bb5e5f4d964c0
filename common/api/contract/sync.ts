import { z } from 'zod';
import { type MergeNotice, mergeNoticeIdSchema } from '../../domain/merge-notice';
import { method, noInput } from './fields';

// Copies of the vault from other devices (sync area).

export const syncMethods = {
  /** What merging other devices' copies did (changes both made, deletions undone, conflicting copies), newest first. */
  listMergeNotices: method<MergeNotice[]>()(noInput),
  /** Hides one merge notice (on every device: the dismissal merges too). */
  dismissMergeNotice: method<{ dismissed: true }>()(z.strictObject({ id: mergeNoticeIdSchema })),
};
