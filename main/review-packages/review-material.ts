import type { DocNode, DraftMeta } from '../../common/domain/draft';
import { citedStatementIds, collectQuotes } from '../../common/document/draft-doc';
import { COLLECTIONS, type StoredSource, type StoredStatement } from '../features/collections';
import { getDraft } from '../features/drafts';
import type { Vault } from '../vault/vault';
import { contentHash, type PackageSource, type PackageStatement } from './package-format';

// What of a local draft goes to the editor: the draft, the statements it cites or quotes, and
// those statements' sources, trimmed to the fields a review needs (no notes, tags, attachments).

export interface ReviewMaterial {
  meta: DraftMeta;
  body: DocNode;
  statements: PackageStatement[];
  sources: PackageSource[];
  contentHash: string;
}

export async function reviewMaterial(vault: Vault, draftId: string): Promise<ReviewMaterial> {
  const draft = await getDraft(vault, draftId);
  const { body } = draft;
  // How this vault approved the draft is its own business; the package format has no such field.
  const { selfApproved: _self, ...meta } = draft.meta;
  const ids = new Set([...citedStatementIds(body), ...collectQuotes(body).map((q) => q.statementId)]);
  const allStatements = vault.collection<StoredStatement>(COLLECTIONS.statements);
  const allSources = vault.collection<StoredSource>(COLLECTIONS.sources);
  const statements: PackageStatement[] = [];
  const sourceIds = new Set<string>();
  for (const id of ids) {
    const s = allStatements[id];
    if (!s) continue;
    statements.push({
      id: s.id, sourceId: s.sourceId, text: s.text, kind: s.kind, saidOn: s.saidOn, channel: s.channel,
      revision: s.revision, history: s.history, createdAt: s.createdAt, updatedAt: s.updatedAt,
    });
    sourceIds.add(s.sourceId);
  }
  const sources: PackageSource[] = [];
  for (const id of sourceIds) {
    const s = allSources[id];
    if (!s) continue;
    sources.push({ id: s.id, label: s.label, access: s.access, anonymityReason: s.anonymityReason, reliability: s.reliability, poolSize: s.poolSize });
  }
  const hash = contentHash({ draft: { ...meta, body }, statements, sources });
  return { meta, body, statements, sources, contentHash: hash };
}
