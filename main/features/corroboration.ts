import { message } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import type { CorroborationLink } from '../../common/domain/review';
import type { Vault } from '../vault/vault';
import { appendAudit } from './audit-log';
import { collectionIn } from './collections';
import { storedStatement } from './statements';
import { CORROBORATIONS, pairKey, readCorroborations } from './review-store';

// The reporter says two statements support each other (same fact, said independently). The
// review counts, for each citation, the other sources in the draft linked this way.

export function listCorroborations(vault: Vault, statementId?: string): CorroborationLink[] {
  const links = readCorroborations(vault);
  return statementId ? links.filter((l) => l.statementIds.includes(statementId)) : links;
}

export async function linkCorroboration(vault: Vault, [a, b]: [string, string], linked: boolean): Promise<CorroborationLink[]> {
  const first = storedStatement(vault, a);
  const second = storedStatement(vault, b);
  if (first.sourceId === second.sourceId) {
    throw new ShieldnoteError('VALIDATION', 'Two statements of the same source do not corroborate each other: link a statement of another source.');
  }
  const key = pairKey(a, b);
  await vault.update((data) => {
    const links = collectionIn<CorroborationLink>(data, CORROBORATIONS);
    if (linked === !!links[key]) return;
    if (linked) links[key] = { statementIds: a < b ? [a, b] : [b, a], createdAt: new Date().toISOString() };
    else delete links[key];
    appendAudit(data, vault, linked ? 'corroboration.linked' : 'corroboration.unlinked', null, message('audit.detail.corroboration', { a, b }));
  });
  return listCorroborations(vault);
}
