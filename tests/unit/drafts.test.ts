import path from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderCitations } from '../../common/attribution/attribution-engine';
import { diffWords, quoteMatches } from '../../common/attribution/quote-fidelity';
import { docProblem } from '../../common/domain/draft';
import { citationInputs, collectCitations, collectQuotes, plainText, wordCount } from '../../common/document/draft-doc';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { ATTRIBUTIONS, SOURCES, STATEMENTS } from '../fixtures/border-story';
import { borderStoryDoc } from '../fixtures/border-story-doc';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';

describe('drafts', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  let seeded: Awaited<ReturnType<typeof seedStory>>;
  const vaultDir = () => path.join(dir.path, 'v');

  beforeEach(async () => {
    dir = tempDir();
    service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    await service.createVault({ path: vaultDir(), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    seeded = await seedStory(service);
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  const storyDoc = () => seededStoryDoc(seeded);

  it('renders the fixture story’s attributions from the document exactly as published', () => {
    const doc = storyDoc();
    const statements = new Map(seeded.statements.map((s) => [s.id, s]));
    const labels = new Map(SOURCES.map((s) => [seeded.sourceIds[s.key], s.fields.label]));
    const rendered = renderCitations(citationInputs(doc, statements), labels);
    expect(rendered.map((r) => r.text)).toEqual(ATTRIBUTIONS.map((a) => a.expected));
    expect(collectCitations(doc)[4]!.atSentenceStart).toBe(true);
    expect(collectCitations(doc)[3]!.atSentenceStart).toBe(false);
  });

  it('autosaves a body into its own record file without rewriting the catalog', async () => {
    const draft = await service.createDraft({ title: 'Smuggling on the Yalu' });
    const catalog = path.join(vaultDir(), 'catalog.snc');
    const doc = storyDoc();
    // First save: citations appear, so the catalog learns which statements are cited.
    const first = await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
    expect(first.bodyRevision).toBe(2);
    const catalogMtime = statSync(catalog).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const typed = structuredClone(doc);
    (typed.content![1]!.content![0] as { text: string }).text = 'Contraband is moving much more freely across the river near Dandong, and Chinese officers are doing less to stop it, according to ';
    const second = await service.saveDraftBody({ id: draft.meta.id, baseRevision: 2, body: typed });
    expect(statSync(catalog).mtimeMs).toBe(catalogMtime);
    expect(second.wordCount).toBe(wordCount(typed));
    expect(readdirSync(path.join(vaultDir(), 'records')).length).toBeGreaterThanOrEqual(2);
    // Everything survives a restart, including the deferred bookkeeping.
    await service.shutdown();
    service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    const reopened = await service.getDraft({ id: draft.meta.id });
    expect(reopened.body).toEqual(typed);
    expect(reopened.meta).toMatchObject({ bodyRevision: 3, title: 'Smuggling on the Yalu', citationCount: 6 });
    expect((await service.listDrafts())[0]!.wordCount).toBe(wordCount(typed));
    // A save based on an old revision (another window or device saved meanwhile) overwrites
    // nothing: it stays, and the newer text on disk becomes a conflicting copy.
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 2, body: doc });
    expect((await service.getDraft({ id: draft.meta.id })).body).toEqual(doc);
    const copy = (await service.listDrafts()).find((d) => d.conflictCopy)!;
    expect(copy.title).toMatch(/^Smuggling on the Yalu \(conflicting copy from device [0-9a-f]{8}, /);
    expect((await service.getDraft({ id: copy.id })).body).toEqual(typed);
  });

  it('makes cited statements undeletable through the draft', async () => {
    const draft = await service.createDraft({});
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: storyDoc() });
    expect(await service.deleteItem({ kind: 'source', id: seeded.sourceIds.watcher })).toMatchObject({ outcome: 'cited', drafts: [{ id: draft.meta.id, title: 'Untitled draft' }] });
    await service.deleteItem({ kind: 'draft', id: draft.meta.id });
    expect(await service.deleteItem({ kind: 'source', id: seeded.sourceIds.watcher })).toMatchObject({ outcome: 'deleted' });
  });

  it('keeps metadata and moves status only between drafting and in review by hand', async () => {
    const draft = await service.createDraft({ title: 'T' });
    expect(await service.saveDraftMeta({ id: draft.meta.id, title: 'Smuggling', dateline: 'SEOUL', byline: 'Staff reporter' })).toMatchObject({ title: 'Smuggling', dateline: 'SEOUL', byline: 'Staff reporter' });
    expect((await service.setDraftStatus({ id: draft.meta.id, status: 'in-review' })).status).toBe('in-review');
    await expect(service.setDraftStatus({ id: draft.meta.id, status: 'approved' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('finds quotes, marks an edited one, and shows the difference word by word', () => {
    const doc = storyDoc();
    const quotes = collectQuotes(doc);
    expect(quotes).toHaveLength(3);
    for (const q of quotes) expect(quoteMatches(q.text, q.original)).toBe(true);
    expect(quoteMatches('“Until this spring,” ', STATEMENTS[0]!.fields.text)).toBe(false);
    expect(diffWords('the border agents used to lead', 'the border guards used to lead')).toEqual([
      { type: 'same', text: 'the border' }, { type: 'removed', text: 'agents' }, { type: 'added', text: 'guards' }, { type: 'same', text: 'used to lead' },
    ]);
    expect(quoteMatches('Prices  fell ‘sharply’,', "Prices fell 'sharply'.")).toBe(true);
    expect(plainText(doc)).toContain('officers along the river,” said source.');
  });

  it('refuses documents with unknown nodes, marks or runaway size', () => {
    expect(docProblem(storyDoc())).toBeNull();
    expect(docProblem({ type: 'doc', content: [{ type: 'script', text: 'x' }] })).toMatch(/Unknown node/);
    expect(docProblem({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'comment' }] }] }] })).toMatch(/Unknown mark/);
    let deep: Record<string, unknown> = { type: 'paragraph' };
    for (let i = 0; i < 60; i++) deep = { type: 'blockquote', content: [deep] };
    expect(docProblem({ type: 'doc', content: [deep] })).toMatch(/too deeply/);
    expect(docProblem({ type: 'doc', content: [], __proto__: {} , extra: 1 })).toMatch(/Unknown field/);
  });
});

describe('publishable document', () => {
  it('renders the fixture story as a reader sees it, with no Shieldnote internals', async () => {
    const { buildPublishable, publishableText } = await import('../../common/document/publishable');
    const statements = STATEMENTS.map((s, i) => ({ id: `st${i}`, sourceId: s.source, saidOn: s.fields.saidOn, text: s.fields.text, revision: 1 }));
    const doc = borderStoryDoc(statements as never, (s) => (s as unknown as { sourceId: 'trader' }).sourceId);
    const labels = new Map(SOURCES.map((s) => [s.key, s.fields.label]));
    const pub = buildPublishable({ title: ' Smuggling on the Yalu ', dateline: 'SEOUL', byline: 'Staff reporter' }, doc, new Map(statements.map((s) => [s.id, s])), labels);
    const text = publishableText(pub);
    expect(pub.title).toBe('Smuggling on the Yalu');
    expect(text).toContain('according to Daily NK sources in China.');
    expect(text).toContain('officers along the river,” said a source based in China on May 5.');
    expect(text).toContain('Last month a Daily NK source watched coal');
    expect(text).toContain('The source said it was meant for China');
    expect(text).toContain('in their pockets,” the initial source said.');
    expect(JSON.stringify(pub)).not.toMatch(/st\d|cit\d|quoteSource|statementId/);
  });
});
