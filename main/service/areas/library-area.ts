import { message } from '../../../common/domain/message';
import { ShieldnoteError } from '../../../common/api/errors';
import type { InputOf, ResultOf } from '../../../common/api/contract';
import type { AuditEntry } from '../../../common/domain/audit';
import type { RevealedIdentity } from '../../../common/domain/identity';
import type { DeleteOutcome, SearchResult, TagCount } from '../../../common/domain/search';
import type { Source } from '../../../common/domain/source';
import type { Statement } from '../../../common/domain/statement';
import { appendAudit, listAudit } from '../../features/audit-log';
import { COLLECTIONS, collectionIn, readPreferences, type StoredSource } from '../../features/collections';
import { readIdentities, writeIdentity } from '../../features/identity-compartment';
import { reopenForSource, reopenForStatement } from '../../features/review';
import { countTerms, listSources, saveSource, storedSource, toSource } from '../../features/sources';
import { addAttachment, listStatements, readAttachment, removeAttachment, saveStatements, storedStatement, toStatement } from '../../features/statements';
import { deleteItem, setArchived, undoDelete } from '../../features/trash';
import { assertIdentitiesHere } from '../../features/travel';
import { passphraseBytes } from '../../features/vault-secrets';
import { wipe } from '../../vault/sodium';
import type { ServiceContext } from '../service-context';

// The reporter's material: sources and their identities, statements and attachments, search,
// the trash and the audit log.

export class LibraryArea {
  constructor(private readonly ctx: ServiceContext) {}

  async listSources(input: InputOf<'listSources'>): Promise<Source[]> {
    return listSources(this.ctx.requireVault(), input.includeArchived);
  }

  async saveSource(input: InputOf<'saveSource'>): Promise<Source> {
    const session = this.ctx.requireSession();
    const previous = input.id ? session.vault.collection<StoredSource>(COLLECTIONS.sources)[input.id] : undefined;
    const before = previous?.label;
    const source = await saveSource(session.vault, input);
    await session.searchIndex.refresh('source', [source.id]);
    // The editor approved what the label and profile said: a change reopens those approvals.
    if (input.id) await reopenForSource(session.vault, input.id);
    // The label's place tells the leak scanner where a national-format phone is from.
    // The nickname is scanned for like an identity term.
    if (JSON.stringify(before) !== JSON.stringify(source.label) || (previous?.nickname ?? '') !== (source.nickname ?? '')) session.identitiesChanged();
    return source;
  }

  async revealIdentity(input: InputOf<'revealIdentity'>): Promise<RevealedIdentity> {
    const session = this.ctx.requireSession();
    const { vault } = session;
    storedSource(vault, input.sourceId);
    assertIdentitiesHere(vault);
    const secret = passphraseBytes(input.passphrase);
    let ok: boolean;
    try {
      ok = await vault.verifyPassphrase(secret);
    } finally {
      wipe(secret);
    }
    if (!ok) {
      await vault.update((data) => appendAudit(data, vault, 'identity.reveal-refused', input.sourceId, message('audit.detail.wrongPassphrase')));
      throw new ShieldnoteError('WRONG_PASSPHRASE', 'That passphrase is not right. The identity stays hidden.');
    }
    const { identityRevealSeconds } = readPreferences(vault);
    const terms = (await readIdentities(vault))[input.sourceId] ?? [];
    await vault.update((data) => appendAudit(data, vault, 'identity.revealed', input.sourceId, message('audit.detail.revealed', { count: terms.length, seconds: identityRevealSeconds })));
    session.reveals.open(input.sourceId, identityRevealSeconds);
    return { sourceId: input.sourceId, terms, hideAfterSeconds: identityRevealSeconds };
  }

  async hideIdentity(input: InputOf<'hideIdentity'>): Promise<{ hidden: true }> {
    this.ctx.requireSession().reveals.close(input.sourceId);
    return { hidden: true };
  }

  async saveIdentity(input: InputOf<'saveIdentity'>): Promise<Source> {
    const session = this.ctx.requireSession();
    const { vault } = session;
    storedSource(vault, input.sourceId);
    assertIdentitiesHere(vault);
    // Asked of the compartment itself, not the counts in the catalog (a crash between the two
    // writes must not let an identity be replaced without a reveal).
    const hasIdentity = ((await readIdentities(vault))[input.sourceId]?.length ?? 0) > 0;
    if (hasIdentity && !session.reveals.canEdit(input.sourceId)) {
      throw new ShieldnoteError('LOCKED', 'Reveal the identity (with your passphrase) before changing it.');
    }
    await writeIdentity(vault, input.sourceId, input.terms);
    session.identitiesChanged();
    await vault.update((data) => {
      collectionIn<StoredSource>(data, COLLECTIONS.sources)[input.sourceId]!.identityCounts = countTerms(input.terms);
      appendAudit(data, vault, 'identity.changed', input.sourceId, message('audit.detail.identityChanged', { count: input.terms.length }));
    });
    return toSource(storedSource(vault, input.sourceId));
  }

  async copyIdentityTerm(input: InputOf<'copyIdentityTerm'>): Promise<ResultOf<'copyIdentityTerm'>> {
    const session = this.ctx.requireSession();
    const { vault } = session;
    assertIdentitiesHere(vault);
    if (!session.reveals.isDisplayed(input.sourceId)) {
      throw new ShieldnoteError('LOCKED', 'The identity is hidden again. Reveal it to copy a term.');
    }
    const term = (await readIdentities(vault))[input.sourceId]?.[input.index];
    if (!term) throw new ShieldnoteError('NOT_FOUND', 'That identity term does not exist.');
    const copied = await this.ctx.copySecret(term.value);
    await vault.update((data) => appendAudit(data, vault, 'identity.copied', input.sourceId, message('audit.detail.copied', { kind: term.kind })));
    return copied;
  }

  async listStatements(input: InputOf<'listStatements'>): Promise<Statement[]> {
    return listStatements(this.ctx.requireVault(), input);
  }

  async getStatement(input: InputOf<'getStatement'>): Promise<Statement> {
    return toStatement(storedStatement(this.ctx.requireVault(), input.id));
  }

  async saveStatement(input: InputOf<'saveStatement'>): Promise<Statement> {
    const session = this.ctx.requireSession();
    const [statement] = await saveStatements(session.vault, [input]);
    await session.searchIndex.refresh('statement', [statement!.id]);
    if (input.id) await reopenForStatement(session.vault, input.id); // an edited statement reopens its approvals
    return statement!;
  }

  async saveStatements(input: InputOf<'saveStatements'>): Promise<Statement[]> {
    const session = this.ctx.requireSession();
    const saved = await saveStatements(session.vault, input.statements);
    await session.searchIndex.refresh('statement', saved.map((s) => s.id));
    return saved;
  }

  async addAttachment(input: InputOf<'addAttachment'>): Promise<Statement> {
    const data = Buffer.from(input.dataBase64, 'base64');
    return addAttachment(this.ctx.requireVault(), input.statementId, { name: input.name, mimeType: input.mimeType, data });
  }

  async getAttachment(input: InputOf<'getAttachment'>): Promise<ResultOf<'getAttachment'>> {
    const file = await readAttachment(this.ctx.requireVault(), input.statementId, input.attachmentId);
    return { name: file.name, mimeType: file.mimeType, dataBase64: Buffer.from(file.data).toString('base64') };
  }

  async removeAttachment(input: InputOf<'removeAttachment'>): Promise<Statement> {
    return removeAttachment(this.ctx.requireVault(), input.statementId, input.attachmentId);
  }

  async search(input: InputOf<'search'>): Promise<SearchResult> {
    return this.ctx.requireSession().searchIndex.search(input);
  }

  async listTags(): Promise<TagCount[]> {
    return this.ctx.requireSession().searchIndex.listTags();
  }

  async deleteItem(input: InputOf<'deleteItem'>): Promise<DeleteOutcome> {
    const { vault, searchIndex } = this.ctx.requireSession();
    const affected = input.kind === 'source' ? listStatements(vault, { sourceId: input.id, includeArchived: true }).map((s) => s.id) : [];
    const outcome = await deleteItem(vault, input.kind, input.id);
    if (outcome.outcome === 'deleted' && input.kind !== 'draft') {
      await searchIndex.refresh(input.kind, [input.id]);
      await searchIndex.refresh('statement', affected);
    }
    return outcome;
  }

  async setArchived(input: InputOf<'setArchived'>): Promise<{ archived: boolean }> {
    if (input.kind === 'draft') throw new ShieldnoteError('VALIDATION', 'Drafts are not archived; delete one instead.');
    await setArchived(this.ctx.requireVault(), input.kind, input.id, input.archived);
    return { archived: input.archived };
  }

  async undoDelete(input: InputOf<'undoDelete'>): Promise<{ restored: true }> {
    const { vault, searchIndex } = this.ctx.requireSession();
    await undoDelete(vault, input.kind, input.id);
    if (input.kind === 'draft') return { restored: true };
    await searchIndex.refresh(input.kind, [input.id]);
    if (input.kind === 'source') await searchIndex.refresh('statement', listStatements(vault, { sourceId: input.id, includeArchived: true }).map((s) => s.id));
    return { restored: true };
  }

  async listAudit(input: InputOf<'listAudit'>): Promise<AuditEntry[]> {
    return listAudit(this.ctx.requireVault(), input.limit);
  }
}
