import { z } from 'zod';
import { IDENTITY_TERM_KINDS } from './source';

export const identityTermSchema = z.strictObject({
  kind: z.enum(IDENTITY_TERM_KINDS),
  value: z
    .string()
    .trim()
    .min(1, 'Empty term')
    .max(300, 'Keep each term under 300 characters')
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'No control characters'),
  /** A public figure who is also a source: the leak guard reports this term at low severity. */
  isPublic: z.boolean(),
});
export type IdentityTerm = z.infer<typeof identityTermSchema>;

export const identityTermsSchema = z.array(identityTermSchema).max(200, 'At most 200 identity terms per source');

export interface RevealedIdentity {
  sourceId: string;
  terms: IdentityTerm[];
  /** The renderer hides the identity after this many seconds; main forgets the reveal too. */
  hideAfterSeconds: number;
}
