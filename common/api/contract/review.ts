import { z } from 'zod';
import type { RevealedIdentity } from '../../domain/identity';
import { type AddedContact, type Contact, type ContactPreview, type MyProfile, personNameSchema, ROLES } from '../../domain/people';
import { CHECKLIST_ITEMS, type ChecklistItemId, citationKeySchema, type CorroborationLink, DECISION_STATES, decisionCommentSchema, reviewSubjectSchema } from '../../domain/review';
import type { ImportedPackage, ImportedResponse, ReviewCopySummary, SavedFile, SentPackageSummary } from '../../domain/review-package';
import type { ReviewView } from '../../review/review-view';
import type { ClipboardCopy } from '../types';
import { id, method, noInput, passphrase } from './fields';

// People, review packages and the editor's review of a draft (review area).

/** A pasted key string: about 170 characters; room for line breaks a mail program adds. */
const keyString = z.string().trim().min(1, 'Paste the key string').max(2_000, 'That is far longer than a key string');

export const reviewMethods = {
  /** The vault owner's name, role, fingerprint and key string; null until set at first use. */
  getMyProfile: method<{ profile: MyProfile | null }>()(noInput),
  /**
   * Sets name and role; the first call creates the key pairs (secret keys stay in main). Becoming
   * an editor (first profile included) needs the passphrase, which main checks.
   */
  saveProfile: method<MyProfile>()(z.strictObject({ name: personNameSchema, role: z.enum(ROLES), passphrase: passphrase.optional() })),
  /** Copies my key string; the clipboard is cleared later if it still holds it. */
  copyMyKey: method<ClipboardCopy>()(noInput),
  listContacts: method<Contact[]>()(noInput),
  /** Reads a pasted key string for the fingerprint check; saves nothing. */
  previewContact: method<ContactPreview>()(z.strictObject({ keyString })),
  /**
   * Saves a contact only when the user confirms the fingerprint in main's own dialog (no field
   * of the request can); `contact` is null when they did not.
   */
  addContact: method<AddedContact>()(z.strictObject({ keyString })),
  removeContact: method<{ removed: true }>()(z.strictObject({ id })),
  /**
   * Seals the draft to an editor contact and asks where to save the .snreview file (or, with
   * `toDesk`, puts it in the desk folder main's own dialog chose, under a random name). Identities go
   * along only with the passphrase, which main checks (refusals audited).
   */
  sendForReview: method<SavedFile>()(
    z.strictObject({ draftId: id, contactId: id, includeIdentities: z.boolean(), passphrase: passphrase.optional(), toDesk: z.boolean().optional() }),
  ),
  listSentPackages: method<SentPackageSummary[]>()(z.strictObject({ draftId: id.optional() })),
  /** Asks for a .snreview file and imports it as a read-only review copy. */
  importReviewPackage: method<ImportedPackage>()(noInput),
  listReviewCopies: method<ReviewCopySummary[]>()(noInput),
  /** Seals the editor's decisions on a copy to its reporter and asks where to save the .snresponse file (or puts it on the desk). */
  saveReviewResponse: method<SavedFile>()(z.strictObject({ copyId: id, toDesk: z.boolean().optional() })),
  /** Asks for a .snresponse file and puts the editor's decisions on the draft. */
  importReviewResponse: method<ImportedResponse>()(noInput),
  /** Reveals identities that came with a review copy; re-asks the passphrase, audited. */
  revealCopyIdentity: method<RevealedIdentity>()(z.strictObject({ copyId: id, sourceId: id, passphrase })),

  /** The review of a draft (or of an editor's copy from a package): every citation, the checklist, what sign-off needs. */
  getReview: method<ReviewView>()(z.strictObject({ subject: reviewSubjectSchema })),
  /** Approve, flag (with a comment) or reopen one citation; recorded with the vault profile and audited. */
  decideCitation: method<ReviewView>()(
    z.strictObject({ subject: reviewSubjectSchema, citationKey: citationKeySchema, state: z.enum(DECISION_STATES), comment: decisionCommentSchema.optional() }),
  ),
  /** Ticks a checklist item the data cannot decide. */
  tickChecklist: method<ReviewView>()(
    z.strictObject({ subject: reviewSubjectSchema, item: z.number().int().min(1).max(CHECKLIST_ITEMS.length) as z.ZodType<ChecklistItemId>, checked: z.boolean() }),
  ),
  /**
   * Signs the draft off: refused while a citation is not approved or the leak guard has an open
   * finding. A draft written in this vault is self-approved: that needs the passphrase.
   */
  signOff: method<ReviewView>()(z.strictObject({ subject: reviewSubjectSchema, passphrase: passphrase.optional() })),
  listCorroborations: method<CorroborationLink[]>()(z.strictObject({ statementId: id.optional() })),
  /** Links (or unlinks) two statements of different sources as corroborating each other. */
  linkCorroboration: method<CorroborationLink[]>()(z.strictObject({ statementIds: z.tuple([id, id]), linked: z.boolean() })),
};
