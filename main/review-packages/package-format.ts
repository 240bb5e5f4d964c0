import { z } from 'zod';
import { DRAFT_STATUSES, docSchema, draftMetaFieldsSchema } from '../../common/domain/draft';
import { identityTermsSchema } from '../../common/domain/identity';
import { DEFAULT_DRAFT_LANGUAGE, draftLanguageSchema, type DraftLanguage } from '../../common/domain/language';
import { ROLES, personNameSchema } from '../../common/domain/people';
import { draftReviewSchema, corroborationLinkSchema } from '../../common/domain/review';
import { RELIABILITY, sourceLabelSchema } from '../../common/domain/source';
import { CHANNELS, STATEMENT_KINDS, saidOnSchema } from '../../common/domain/statement';
import { canonicalJson, fromUtf8, utf8 } from '../vault/encoding';
import { blake2b } from './keys';

// The signed bodies inside the envelope (envelope.ts): canonical JSON, parsed with these schemas
// on import whatever the signature says. What goes in is the review material only: no reporter's
// notes, tags or attachments, and identities only when the reporter ticked the box.

const id = z.string().regex(/^[0-9a-f]{32}$/);
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.iso.datetime({ offset: true });
const key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

export const senderSchema = z.strictObject({ name: personNameSchema, role: z.enum(ROLES), boxPublicKey: key, signPublicKey: key });
export type Sender = z.infer<typeof senderSchema>;

export const packageDraftSchema = draftMetaFieldsSchema.extend({
  id,
  status: z.enum(DRAFT_STATUSES),
  createdAt: isoTime,
  updatedAt: isoTime,
  wordCount: z.number().int().min(0),
  citationCount: z.number().int().min(0),
  bodyRevision: z.number().int().min(0),
  /** Absent from packages of English drafts and from packages made before drafts had a language. */
  language: draftLanguageSchema.optional(),
  body: docSchema,
});

export const packageStatementSchema = z.strictObject({
  id,
  sourceId: id,
  text: z.string().max(50_000),
  kind: z.enum(STATEMENT_KINDS),
  saidOn: saidOnSchema.nullable(),
  channel: z.enum(CHANNELS),
  revision: z.number().int().min(0),
  history: z.array(z.strictObject({ revision: z.number().int().min(0), text: z.string().max(50_000), savedAt: isoTime })).max(1_000),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type PackageStatement = z.infer<typeof packageStatementSchema>;

export const packageSourceSchema = z.strictObject({
  id,
  label: sourceLabelSchema,
  access: z.string().max(2_000),
  anonymityReason: z.string().max(2_000),
  reliability: z.enum(RELIABILITY),
  poolSize: z.number().int().min(1).max(100_000_000).nullable(),
});
export type PackageSource = z.infer<typeof packageSourceSchema>;

export const reviewPackageSchema = z.strictObject({
  format: z.literal('shieldnote-review-package'),
  version: z.literal(1),
  packageId: id,
  createdAt: isoTime,
  from: senderSchema,
  to: z.strictObject({ name: personNameSchema, fingerprint: z.string().max(60) }),
  draft: packageDraftSchema,
  contentHash: hash,
  statements: z.array(packageStatementSchema).max(5_000),
  sources: z.array(packageSourceSchema).max(5_000),
  corroborations: z.array(corroborationLinkSchema).max(10_000),
  /** Present only when the reporter chose to include them (newsroom policy). */
  identities: z.record(id, identityTermsSchema).nullable(),
});
export type ReviewPackage = z.infer<typeof reviewPackageSchema>;

export const reviewResponseSchema = z.strictObject({
  format: z.literal('shieldnote-review-response'),
  version: z.literal(1),
  responseId: id,
  /** The package these decisions answer, and the content hash it carried. */
  packageId: id,
  contentHash: hash,
  createdAt: isoTime,
  from: senderSchema,
  review: draftReviewSchema,
});
export type ReviewResponse = z.infer<typeof reviewResponseSchema>;

/**
 * What a review decides on, hashed: title, dateline, byline, body, the cited statements (text,
 * source, kind, date, channel) and the cited sources' labels and profiles (how they know, why
 * anonymous, reliability, pool size): everything the editor's review screen shows. Computed at
 * send time and again when decisions come back; a difference means the draft or what it cites
 * changed since and the decisions are refused. (v2: v1 covered neither channel nor profiles.)
 */
export function contentHash(material: {
  draft: { title: string; dateline: string; byline: string; language?: DraftLanguage | undefined; body: unknown };
  statements: Pick<PackageStatement, 'id' | 'text' | 'sourceId' | 'kind' | 'saidOn' | 'channel'>[];
  sources: Pick<PackageSource, 'id' | 'label' | 'access' | 'anonymityReason' | 'reliability' | 'poolSize'>[];
}): string {
  const canonical = canonicalJson({
    draft: {
      title: material.draft.title,
      dateline: material.draft.dateline,
      byline: material.draft.byline,
      // The language changes every attribution's words; English (or none) keeps v2 hashes as they were.
      ...(material.draft.language && material.draft.language !== DEFAULT_DRAFT_LANGUAGE ? { language: material.draft.language } : {}),
      body: material.draft.body,
    },
    statements: [...material.statements].sort((a, b) => a.id.localeCompare(b.id)).map((s) => ({ id: s.id, text: s.text, sourceId: s.sourceId, kind: s.kind, saidOn: s.saidOn, channel: s.channel })),
    sources: [...material.sources]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({ id: s.id, label: s.label, access: s.access, anonymityReason: s.anonymityReason, reliability: s.reliability, poolSize: s.poolSize })),
  });
  return Buffer.from(blake2b(utf8('shieldnote/v2/content-hash'), utf8(canonical)).subarray(0, 32)).toString('hex');
}

export function encodeBody(value: ReviewPackage | ReviewResponse): Uint8Array {
  return utf8(canonicalJson(value));
}

/** Parses a body that passed the signature check; a malformed one is refused as damaged. */
export function decodeBody<T>(bytes: Uint8Array, schema: z.ZodType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(fromUtf8(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
