import { isBareLabel } from '../../common/attribution/label-forms';
import { DESK_LIMITS, type DeskOverview, type DeskDraft, type DeskSource, type DeskSourceIssue } from '../../common/domain/desk-overview';
import { positionedBlocks } from '../../common/document/doc-positions';
import { SMALL_POOL } from '../../common/leak-guard/label-checks';
import type { LeakScanner } from '../../common/leak-guard/leak-scanner';
import type { BackupInfo } from '../../common/domain/vault-health';
import { COLLECTIONS, readSettings, type StoredSource, type StoredStatement } from './collections';
import { getDraft, type StoredDraft } from './drafts';
import { scanFields } from './leak-guard';
import { readReview } from './review-store';
import { listSent } from '../review-packages/exchange';
import { listCopies } from '../review-packages/review-copies';
import type { Vault } from '../vault/vault';

// The desk: what needs the reporter or editor now, in one pass over the catalog plus one leak
// scan per listed draft. Counts only: findings, terms and bodies stay in main.

/** Text of a statement as the desk lists it: enough to recognise it. */
const STATEMENT_PREVIEW_CHARS = 160;

export interface DeskInputs {
  scanner: LeakScanner;
  backups: BackupInfo[];
}

async function openLeaks(vault: Vault, scanner: LeakScanner, draft: StoredDraft): Promise<number> {
  const { body } = await getDraft(vault, draft.id);
  const fields = [
    { field: 'title', text: draft.title },
    { field: 'dateline', text: draft.dateline },
    { field: 'byline', text: draft.byline },
    ...positionedBlocks(body).map((b) => ({ field: 'body', text: b.text })),
  ];
  const findings = scanFields(scanner, fields, () => '', draft.dismissed ?? {});
  return findings.filter((f) => f.severity !== 'low' && !f.dismissed).length;
}

async function deskDraft(vault: Vault, scanner: LeakScanner, draft: StoredDraft): Promise<DeskDraft> {
  const review = readReview(vault, draft.id);
  return {
    id: draft.id,
    title: draft.title,
    status: draft.status,
    updatedAt: draft.updatedAt,
    citationCount: draft.citationCount,
    blockers: {
      flagged: review.decisions.filter((d) => d.state === 'flagged').length,
      openLeaks: await openLeaks(vault, scanner, draft),
      reopened: review.reopened?.citationKeys.length ?? 0,
      missingSignOff: draft.status === 'in-review' && !review.signOff,
    },
  };
}

function sourceIssues(source: StoredSource, cited: ReadonlySet<string>): DeskSourceIssue[] {
  const issues: DeskSourceIssue[] = [];
  if (source.poolSize !== null && source.poolSize < SMALL_POOL) issues.push('small-pool');
  if (isBareLabel(source.label)) issues.push('bare-label');
  const terms = Object.values(source.identityCounts).reduce((n, c) => n + (c ?? 0), 0);
  if (terms === 0 && cited.has(source.id)) issues.push('no-identity');
  return issues;
}

export async function buildDesk(vault: Vault, inputs: DeskInputs): Promise<DeskOverview> {
  const sources = Object.values(vault.collection<StoredSource>(COLLECTIONS.sources)).filter((s) => !s.deletedAt && !s.archived);
  const statements = Object.values(vault.collection<StoredStatement>(COLLECTIONS.statements)).filter((s) => !s.deletedAt && !s.archived);
  const allDrafts = Object.values(vault.collection<StoredDraft>(COLLECTIONS.drafts)).filter((d) => !d.deletedAt);
  const open = allDrafts.filter((d) => d.status !== 'exported').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  const drafts: DeskDraft[] = [];
  for (const draft of open.slice(0, DESK_LIMITS.drafts)) drafts.push(await deskDraft(vault, inputs.scanner, draft));

  const statementSource = new Map(statements.map((s) => [s.id, s.sourceId]));
  const cited = new Set(allDrafts.flatMap((d) => d.citedStatementIds.map((id) => statementSource.get(id)).filter((x): x is string => !!x)));
  const flagged: DeskSource[] = sources
    .map((s) => ({ id: s.id, label: s.label, nickname: s.nickname ?? '', poolSize: s.poolSize, issues: sourceIssues(s, cited), createdAt: s.createdAt }))
    .filter((s) => s.issues.length > 0)
    .sort((a, b) => b.issues.length - a.issues.length || a.createdAt.localeCompare(b.createdAt))
    .map(({ createdAt: _c, ...s }) => s);

  const titles = new Map(allDrafts.map((d) => [d.id, d.title]));
  const awaitingAnswer = listSent(vault)
    .filter((p) => p.answeredAt === null && titles.has(p.draftId))
    .slice(0, DESK_LIMITS.packages)
    .map((p) => ({ packageId: p.packageId, draftId: p.draftId, title: titles.get(p.draftId) ?? '', editor: p.editor, sentAt: p.sentAt }));
  const toReview = listCopies(vault)
    .filter((c) => c.responseSentAt === null)
    .slice(0, DESK_LIMITS.packages)
    .map((c) => ({ copyId: c.id, title: c.title, from: c.from.name, importedAt: c.importedAt }));

  const settings = readSettings(vault);
  const newest = [...inputs.backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const recentStatements = [...statements]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, DESK_LIMITS.statements)
    .map((s) => ({ id: s.id, sourceId: s.sourceId, text: s.text.length > STATEMENT_PREVIEW_CHARS ? `${s.text.slice(0, STATEMENT_PREVIEW_CHARS - 1)}…` : s.text, createdAt: s.createdAt }));

  return {
    counts: { sources: sources.length, statements: statements.length, drafts: allDrafts.length },
    drafts,
    moreDrafts: Math.max(0, open.length - DESK_LIMITS.drafts),
    packages: { awaitingAnswer, toReview },
    sources: flagged.slice(0, DESK_LIMITS.sources),
    moreSources: Math.max(0, flagged.length - DESK_LIMITS.sources),
    safety: {
      newestBackup: newest ? { createdAt: newest.createdAt } : null,
      lastVerify: settings.lastVerify ?? null,
      travel: { away: settings.travel !== undefined, since: settings.travel?.since ?? null },
    },
    recentStatements,
  };
}
