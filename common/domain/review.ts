import { z } from 'zod';
import { ROLES, personNameSchema } from './people';

// An editor's review of one draft (DESIGN §3 "Review", §4a): a decision per citation, ticks for
// the checklist items only a person can judge, and the sign-off. The same shapes travel in a
// review package (an editor's decisions signed and sealed back to the reporter), so every field
// has a schema: whatever arrives from another machine is parsed with these before use.

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), 'Malformed hash');
const isoTime = z.iso.datetime({ offset: true });

/** Who acted: the vault owner's profile (name, role, short fingerprint of their signing key). */
export const reviewerSchema = z.strictObject({
  name: personNameSchema,
  role: z.enum(ROLES),
  fingerprint: z.string().trim().min(1).max(120),
});
export type Reviewer = z.infer<typeof reviewerSchema>;

/** A citation node's `citationId` (common/document/draft-doc.ts): kept by the editor across edits. */
export const citationKeySchema = z.string().min(1).max(100).regex(/^[\w-]+$/, 'Malformed citation key');

export const DECISION_STATES = ['open', 'approved', 'flagged'] as const;
export type DecisionState = (typeof DECISION_STATES)[number];
export const DECISION_STATE_LABELS: Record<DecisionState, string> = { open: 'Not reviewed', approved: 'Approved', flagged: 'Flagged' };

export const decisionCommentSchema = z.string().trim().max(2_000, 'Keep the comment under 2,000 characters');

export const citationDecisionSchema = z
  .strictObject({
    citationKey: citationKeySchema,
    state: z.enum(DECISION_STATES),
    comment: decisionCommentSchema.optional(),
    by: reviewerSchema,
    at: isoTime,
    /**
     * SHA-256 (hex) of what was decided on: the sentence around the citation, the cited
     * statements' ids and texts, and the rendered attribution (common/review/passage.ts). When
     * the draft no longer hashes the same, the decision is stale and the citation is open again.
     */
    passageHash: hex(32),
  })
  .refine((d) => d.state !== 'flagged' || (d.comment ?? '').length > 0, { message: 'A flag needs a comment', path: ['comment'] });
export type CitationDecision = z.infer<typeof citationDecisionSchema>;

/** DESIGN §4a, in its order. `auto` items are decided from the data; the others are ticked. */
export const CHECKLIST_ITEMS = [
  { id: 1, auto: false, text: 'An editor knows who each anonymous source is.' },
  { id: 2, auto: false, text: 'Each use of anonymity is approved; a central fact on an anonymous source and every anonymous direct quote have an explicit sign-off.' },
  { id: 3, auto: true, text: 'Why the source would not go on the record is filled in, and is not boilerplate.' },
  { id: 4, auto: false, text: 'Anonymous material is information, not opinion or personal attack.' },
  { id: 5, auto: true, text: 'How each source knows is recorded.' },
  { id: 6, auto: true, text: 'No bare “a source” or “sources say”: labels carry affiliation, position or place.' },
  { id: 7, auto: true, text: '“A separate source” is a different person, a plural is several, “the initial source” points back right.' },
  { id: 8, auto: true, text: 'No one appears both anonymously and by name (nor as “declined to comment”).' },
  { id: 9, auto: true, text: 'A claim from a single anonymous source without corroboration is marked for a senior editor.' },
  { id: 10, auto: false, text: 'The description printed is the one agreed with the source.' },
  { id: 11, auto: true, text: 'Jigsaw risk: what the story says about one label does not single the person out.' },
  { id: 12, auto: true, text: 'An anonymously sourced story carries a byline.' },
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number]['id'];

export const checklistTickSchema = z.strictObject({
  /** Usually 1, 2, 4 or 10; an automatic item the data cannot decide (8 without identities) is ticked too. */
  item: z.number().int().min(1).max(CHECKLIST_ITEMS.length) as z.ZodType<ChecklistItemId>,
  checked: z.boolean(),
  by: reviewerSchema,
  at: isoTime,
});
export type ChecklistTick = z.infer<typeof checklistTickSchema>;

export const signOffSchema = z.strictObject({
  by: reviewerSchema,
  at: isoTime,
  /** The draft body revision signed off: a later body save withdraws the sign-off if it reopens anything. */
  bodyRevision: z.number().int().min(0),
  /**
   * Set when the draft was signed off in the vault it was written in (the reporter approving
   * their own draft, passphrase confirmed): shown as "self-approved" wherever approvals show.
   * An editor's sign-off on a review copy never has it.
   */
  selfApproved: z.literal(true).optional(),
});
export type SignOff = z.infer<typeof signOffSchema>;

/** Why approvals went back to open: shown to the reporter next to the draft. */
export const reopenNoticeSchema = z.strictObject({
  at: isoTime,
  citationKeys: z.array(citationKeySchema).max(5_000),
  reason: z.string().max(300),
});
export type ReopenNotice = z.infer<typeof reopenNoticeSchema>;

/** Everything decided about one draft. Stored in the vault catalog; travels in return packages. */
export const draftReviewSchema = z.strictObject({
  draftId: z.string().regex(/^[0-9a-f]{32}$/, 'Malformed id'),
  /** The latest decision per citation key; earlier ones are in the audit log. */
  decisions: z.array(citationDecisionSchema).max(5_000),
  ticks: z.array(checklistTickSchema).max(20),
  signOff: signOffSchema.nullable(),
  /** The last reopen, until the reporter has seen it (cleared when the citations are decided again). */
  reopened: reopenNoticeSchema.nullable(),
});
export type DraftReview = z.infer<typeof draftReviewSchema>;

export function emptyReview(draftId: string): DraftReview {
  return { draftId, decisions: [], ticks: [], signOff: null, reopened: null };
}

/**
 * What a review method acts on: a draft in this vault, or an editor's read-only copy imported
 * from a review package (stored by the package feature under its own id).
 */
const subjectId = z.string().regex(/^[0-9a-f]{32}$/, 'Malformed id');
export const reviewSubjectSchema = z.union([z.strictObject({ draftId: subjectId }), z.strictObject({ copyId: subjectId })]);
export type ReviewSubject = z.infer<typeof reviewSubjectSchema>;

/** Two statements the reporter says support each other (order does not matter). */
export const corroborationLinkSchema = z.strictObject({
  statementIds: z.tuple([subjectId, subjectId]).refine(([a, b]) => a !== b, 'A statement cannot corroborate itself'),
  createdAt: isoTime,
});
export type CorroborationLink = z.infer<typeof corroborationLinkSchema>;
