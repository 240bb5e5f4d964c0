import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES } from '../fixtures/border-story';
import { seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';
import { COLLECTIONS } from '../../main/features/collections';
import { SearchIndex } from '../../main/features/search-index';

describe('sources, identities and statements', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  let platform: ReturnType<typeof testPlatform>;

  beforeEach(async () => {
    dir = tempDir();
    platform = testPlatform(dir.path);
    service = new ShieldnoteService({ platform, kdfPolicy: FAST_KDF, clipboardClearSeconds: 1 });
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  it('keeps identities out of every source answer, and reveals them only with the passphrase', async () => {
    const { sourceIds } = await seedStory(service);
    const listed = await service.listSources({});
    expect(listed).toHaveLength(3);
    const everything = JSON.stringify([listed, await service.listStatements({}), await service.search({ query: 'Liu', types: ['statement', 'source'] })]);
    for (const term of SOURCES.flatMap((s) => s.identity)) expect(everything).not.toContain(term.value);
    expect(listed.find((s) => s.id === sourceIds.trader)!.identity).toEqual({ termCount: 5, counts: { name: 1, alias: 1, phone: 1, handle: 1, employer: 1 } });

    await expect(service.revealIdentity({ sourceId: sourceIds.trader, passphrase: 'wrong passphrase' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const revealed = await service.revealIdentity({ sourceId: sourceIds.trader, passphrase: STRONG_PASSPHRASE });
    expect(revealed.terms.map((t) => t.value)).toContain('Liu Zhenhai');
    expect(revealed.hideAfterSeconds).toBe(30);
    const audit = await service.listAudit({});
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['identity.revealed', 'identity.reveal-refused']));
    expect(JSON.stringify(audit)).not.toContain('Liu Zhenhai');
  });

  it('copies an identity term only while revealed, and clears the clipboard afterwards', async () => {
    const { sourceIds } = await seedStory(service);
    await expect(service.copyIdentityTerm({ sourceId: sourceIds.boatman, index: 0 })).rejects.toMatchObject({ code: 'LOCKED' });
    await service.revealIdentity({ sourceId: sourceIds.boatman, passphrase: STRONG_PASSPHRASE });
    expect(await service.copyIdentityTerm({ sourceId: sourceIds.boatman, index: 2 })).toEqual({ clearsAfterSeconds: 1 });
    expect(await platform.clipboard.readText()).toBe('박선희');
    await new Promise((r) => setTimeout(r, 1_200));
    expect(await platform.clipboard.readText()).toBe('');
    await service.hideIdentity({ sourceId: sourceIds.boatman });
    await expect(service.copyIdentityTerm({ sourceId: sourceIds.boatman, index: 0 })).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('keeps both identities when two are saved at the same moment', async () => {
    const a = await service.saveSource(SOURCES[0]!.fields);
    const b = await service.saveSource(SOURCES[1]!.fields);
    await Promise.all([
      service.saveIdentity({ sourceId: a.id, terms: SOURCES[0]!.identity }),
      service.saveIdentity({ sourceId: b.id, terms: SOURCES[1]!.identity }),
    ]);
    const terms = await service.identityTerms();
    expect(terms.filter((t) => t.sourceId === a.id)).toHaveLength(SOURCES[0]!.identity.length);
    expect(terms.filter((t) => t.sourceId === b.id)).toHaveLength(SOURCES[1]!.identity.length);
  });

  it('changes an existing identity only after a reveal', async () => {
    const { sourceIds } = await seedStory(service);
    await expect(service.saveIdentity({ sourceId: sourceIds.watcher, terms: [] })).rejects.toMatchObject({ code: 'LOCKED' });
    await service.revealIdentity({ sourceId: sourceIds.watcher, passphrase: STRONG_PASSPHRASE });
    const updated = await service.saveIdentity({ sourceId: sourceIds.watcher, terms: [{ kind: 'name', value: 'Kim Chol-su', isPublic: false }] });
    expect(updated.identity.termCount).toBe(1);
    expect((await service.identityTerms()).filter((t) => t.sourceId === sourceIds.watcher)).toHaveLength(1);
  });

  it('keeps the text a draft quoted when a statement is edited', async () => {
    const { statements } = await seedStory(service);
    const original = statements[0]!;
    const edited = await service.saveStatement({ ...original, id: original.id, text: 'A corrected transcription.' });
    expect(edited.revision).toBe(2);
    expect(edited.history).toEqual([{ revision: 1, text: original.text, savedAt: original.updatedAt }]);
    const retagged = await service.saveStatement({ ...edited, id: edited.id, tags: ['dandong', 'dandong', ' border '] });
    expect(retagged.revision).toBe(2);
    expect(retagged.tags).toEqual(['dandong', 'border']);
  });

  it('saves a batch all or nothing', async () => {
    const { sourceIds } = await seedStory(service);
    const before = (await service.listStatements({})).length;
    const good = { sourceId: sourceIds.trader, text: 'one', kind: 'quote' as const, saidOn: null, channel: 'phone' as const, notes: '', tags: [] };
    await expect(service.saveStatements({ statements: [good, { ...good, sourceId: 'f'.repeat(32) }] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await service.listStatements({})).toHaveLength(before);
  });

  it('finds statements by word, prefix, tag, source, kind and date, and highlights the match', async () => {
    const { sourceIds } = await seedStory(service);
    const byWord = await service.search({ query: 'seafood' });
    expect(byWord.hits.map((h) => h.statement!.text)).toEqual([expect.stringContaining('seafood')]);
    expect(byWord.hits[0]!.terms).toContain('seafood');
    expect((await service.search({ query: 'smugg' })).total).toBeGreaterThanOrEqual(3);
    expect((await service.search({ query: '', tags: ['coal'] })).hits).toHaveLength(1);
    expect((await service.search({ query: 'smuggling', sourceId: sourceIds.boatman })).hits.every((h) => h.statement!.sourceId === sourceIds.boatman)).toBe(true);
    expect((await service.search({ query: '', kinds: ['paraphrase'] })).total).toBe(1);
    expect((await service.search({ query: '', from: '2018-05-10', to: '2018-05-31' })).total).toBe(4); // two on the 20th, two dated "May"
    expect((await service.search({ query: 'Dandong', types: ['source'] })).hits.map((h) => h.type)).toEqual(['source']);
    // Identity terms are never indexed.
    expect((await service.search({ query: 'Zhenhai', types: ['statement', 'source'] })).total).toBe(0);
  });

  it('answers while the index is still being built (by scanning) as it does once the index is ready', async () => {
    const { sourceIds } = await seedStory(service);
    const queries = [
      { query: 'smugg' },
      { query: 'coal river' },
      { query: 'Dandong', types: ['statement', 'source'] as ('statement' | 'source')[] },
      { query: 'smuggling', sourceId: sourceIds.boatman },
      { query: 'seafod' },
      { query: 'the' },
    ];
    const index = SearchIndex.build(service.requireVault());
    // Asked at once, before the build's first slice ends: these run as scans.
    const answers = () => Promise.all(queries.map(async (q) => (await index.search(q)).hits.map((h) => `${h.type}:${h.id}:${[...h.terms].sort().join(',')}`).sort()));
    const meanwhile = await answers();
    await index.whenReady();
    expect(meanwhile).toEqual(await answers());
    expect(meanwhile[0]!.length).toBeGreaterThan(0);
    index.drop();
  });

  it('follows edits and deletions in the index, and lists tags', async () => {
    const { statements } = await seedStory(service);
    await service.saveStatement({ ...statements[4]!, id: statements[4]!.id, text: 'A mountain of anthracite by the river.' });
    expect((await service.search({ query: 'anthracite' })).total).toBe(1);
    expect((await service.search({ query: 'pile' })).total).toBe(0); // the old wording is gone from the index
    await service.deleteItem({ kind: 'statement', id: statements[4]!.id });
    expect((await service.search({ query: 'anthracite' })).total).toBe(0);
    expect((await service.listTags()).find((t) => t.tag === 'smuggling')?.count).toBe(3);
  });

  it('refuses to delete cited material silently, and undoes a deletion until the next lock', async () => {
    const { sourceIds, statements } = await seedStory(service);
    const vault = service.requireVault();
    // A draft citing the first statement (the editor maintains this list).
    await vault.update((data) => {
      data.collections[COLLECTIONS.drafts] = { d1: { id: 'd1', title: 'Smuggling up on the Yalu', citedStatementIds: [statements[0]!.id] } };
    });
    expect(await service.deleteItem({ kind: 'source', id: sourceIds.trader })).toEqual({ outcome: 'cited', drafts: [{ id: 'd1', title: 'Smuggling up on the Yalu' }] });
    expect(await service.deleteItem({ kind: 'statement', id: statements[0]!.id })).toMatchObject({ outcome: 'cited' });
    await service.setArchived({ kind: 'source', id: sourceIds.trader, archived: true });
    expect((await service.listSources({})).map((s) => s.id)).not.toContain(sourceIds.trader);
    expect((await service.listSources({ includeArchived: true })).map((s) => s.id)).toContain(sourceIds.trader);

    expect(await service.deleteItem({ kind: 'source', id: sourceIds.watcher })).toEqual({ outcome: 'deleted', undoUntil: 'lock' });
    expect((await service.listStatements({ sourceId: sourceIds.watcher }))).toHaveLength(0);
    await service.undoDelete({ kind: 'source', id: sourceIds.watcher });
    expect((await service.listStatements({ sourceId: sourceIds.watcher }))).toHaveLength(1);

    await service.deleteItem({ kind: 'source', id: sourceIds.watcher });
    await service.lock();
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await expect(service.undoDelete({ kind: 'source', id: sourceIds.watcher })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await service.identityTerms()).some((t) => t.sourceId === sourceIds.watcher)).toBe(false);
    expect((await service.listAudit({})).some((a) => a.action === 'source.deleted')).toBe(true);
  });

  it('keeps attachments as encrypted records and drops them with their statement', async () => {
    const { statements } = await seedStory(service);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const withFile = await service.addAttachment({ statementId: statements[4]!.id, name: 'coal.png', mimeType: 'image/png', dataBase64: png.toString('base64') });
    const attachment = withFile.attachments[0]!;
    expect(attachment).toMatchObject({ name: 'coal.png', mimeType: 'image/png', size: png.length });
    expect(Buffer.from((await service.getAttachment({ statementId: withFile.id, attachmentId: attachment.id })).dataBase64, 'base64').equals(png)).toBe(true);
    const removed = await service.removeAttachment({ statementId: withFile.id, attachmentId: attachment.id });
    expect(removed.attachments).toEqual([]);
    await expect(service.getAttachment({ statementId: withFile.id, attachmentId: attachment.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rebuilds the search index after a restart, from the vault alone', async () => {
    await seedStory(service);
    await service.shutdown();
    service = new ShieldnoteService({ platform, kdfPolicy: FAST_KDF });
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    expect((await service.search({ query: 'reed leaves' })).total).toBe(1);
    await service.updatePreferences({ identityRevealSeconds: 45 });
    expect(await service.getPreferences()).toEqual({ identityRevealSeconds: 45, newsroomRegions: [] });
  });
});
