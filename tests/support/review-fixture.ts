import type { DocNode } from '../../common/domain/draft';
import { emptyReview, type DraftReview } from '../../common/domain/review';
import type { Statement } from '../../common/domain/statement';
import type { ReviewSourceInput, ReviewStatementInput, ReviewViewInput } from '../../common/review/review-view';
import { SOURCES, STATEMENTS, type FixtureSource } from '../fixtures/border-story';
import { borderStoryDoc } from '../fixtures/border-story-doc';

// The fixture story as review input without a vault: for the pure review tests.

export const DRAFT_ID = 'd'.repeat(32);
const hexId = (n: number) => n.toString(16).padStart(32, '0');

export function reviewFixture(change: { doc?: (doc: DocNode) => void; sources?: (s: ReviewSourceInput[]) => void; review?: DraftReview } = {}): ReviewViewInput & { sourceIds: Record<FixtureSource['key'], string> } {
  const sourceIds = Object.fromEntries(SOURCES.map((s, i) => [s.key, hexId(0xa0 + i)])) as Record<FixtureSource['key'], string>;
  const statements: ReviewStatementInput[] = STATEMENTS.map((s, i) => ({ id: hexId(i + 1), sourceId: sourceIds[s.source], text: s.fields.text, kind: s.fields.kind, saidOn: s.fields.saidOn, channel: s.fields.channel, revision: 1 }));
  const sources: ReviewSourceInput[] = SOURCES.map((s) => ({ id: sourceIds[s.key], label: s.fields.label, access: s.fields.access, anonymityReason: s.fields.anonymityReason, reliability: s.fields.reliability, poolSize: s.fields.poolSize }));
  const keyOf = (s: Statement) => SOURCES.find((src) => sourceIds[src.key] === s.sourceId)!.key;
  const body = borderStoryDoc(statements as unknown as Statement[], keyOf);
  change.doc?.(body);
  change.sources?.(sources);
  return {
    sourceIds,
    subject: { draftId: DRAFT_ID },
    meta: { title: 'Smuggling on the Yalu', dateline: 'SEOUL', byline: 'Staff reporter', status: 'in-review', bodyRevision: 2 },
    body,
    statements,
    sources,
    corroborations: [],
    review: change.review ?? emptyReview(DRAFT_ID),
    leak: { openCount: 0, findings: [] },
    readOnly: false,
    viewer: null,
  };
}

/** The `n`th citation node of a document (from 1), to change its attributes in place. */
export function citationAt(doc: DocNode, n: number): DocNode {
  const found: DocNode[] = [];
  const visit = (node: DocNode) => {
    if (node.type === 'citation') found.push(node);
    node.content?.forEach(visit);
  };
  visit(doc);
  return found[n - 1]!;
}
