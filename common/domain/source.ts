import { z } from 'zod';
import { LABEL_LANGUAGES } from './language';

// A source as the renderer sees it: everything but who they are. The identity lives in its own
// compartment (identity.ts) and crosses to the renderer only while revealed.

export const RELIABILITY = ['unassessed', 'new', 'established', 'proven'] as const;
export type Reliability = (typeof RELIABILITY)[number];
export const RELIABILITY_LABELS: Record<Reliability, string> = {
  unassessed: 'Not yet assessed',
  new: 'New, no track record',
  established: 'Reliable in the past',
  proven: 'Proven over many stories',
};

/** How a profile reads the pool size to an editor. */
export function poolSizeText(poolSize: number | null): string {
  return poolSize === null ? 'Not estimated' : `About ${poolSize.toLocaleString('en')} people fit the label`;
}

const labelPart = (max: number) =>
  z.string().trim().max(max, `Keep it under ${max} characters`).refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'No control characters');

/**
 * The label in a language other than English: a place (or affiliation) and a noun, as Korean,
 * Chinese and Japanese copy writes them (양강도 + 소식통, 平壤 + 消息人士, 咸鏡北道の + 内部情報筋).
 */
export const localLabelSchema = z.strictObject({
  place: labelPart(60),
  noun: labelPart(40).pipe(z.string().min(1, 'The label needs a noun')),
});
export type LocalLabel = z.infer<typeof localLabelSchema>;

/**
 * The English parts, plus the label in each other language the reporter filled in. A language
 * left out has no label: a draft in it says so instead of printing the English one. Labels
 * saved before languages existed have no `byLanguage` (English only).
 */
export const sourceLabelSchema = z.strictObject({
  adjective: labelPart(60),
  noun: labelPart(40).pipe(z.string().min(1, 'The label needs a noun, such as “source” or “official”')),
  qualifier: labelPart(120),
  byLanguage: z.partialRecord(z.enum(LABEL_LANGUAGES), localLabelSchema).optional(),
});
export type SourceLabel = z.infer<typeof sourceLabelSchema>;

const longText = (max: number) => z.string().max(max, `Keep it under ${max.toLocaleString('en')} characters`);

export const sourceFieldsSchema = z.strictObject({
  label: sourceLabelSchema,
  access: longText(2_000),
  anonymityReason: longText(2_000),
  reliability: z.enum(RELIABILITY),
  poolSize: z.number().int('A whole number').min(1, 'At least 1').max(100_000_000).nullable(),
  notes: longText(20_000),
  /**
   * The reporter's private name for the source, to tell apart sources that share a label. Never
   * exported nor sent in a review package; the leak guard checks it like an identity term.
   */
  nickname: labelPart(60).optional(),
});
export type SourceFields = z.infer<typeof sourceFieldsSchema>;

export const IDENTITY_TERM_KINDS = ['name', 'alias', 'romanization', 'phone', 'email', 'handle', 'employer', 'identifier'] as const;
export type IdentityTermKind = (typeof IDENTITY_TERM_KINDS)[number];
export const IDENTITY_TERM_LABELS: Record<IdentityTermKind, string> = {
  name: 'Name',
  alias: 'Alias',
  romanization: 'Romanization',
  phone: 'Phone',
  email: 'E-mail',
  handle: 'Handle',
  employer: 'Employer',
  identifier: 'Other identifier',
};

/** What the renderer may know about an identity without revealing it. */
export interface IdentitySummary {
  termCount: number;
  counts: Partial<Record<IdentityTermKind, number>>;
}

export interface Source extends SourceFields {
  id: string;
  identity: IdentitySummary;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}
