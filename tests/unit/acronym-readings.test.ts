import { describe, expect, it } from 'vitest';
import { createApiHandler } from '../../main/ipc/api-handler';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { FAST_KDF, STRONG_PASSPHRASE, testPlatform } from '../support/temp-dirs';
import { deskVaultEachTest } from '../support/vault-each-test';

// The vault's acronym readings: kept in the vault, validated by main, used by every export.

describe('acronym readings and Korean particles in exports', () => {
  let service: ShieldnoteService;

  deskVaultEachTest((desk) => ({ service } = desk), (appDir) => new ShieldnoteService({ platform: testPlatform(appDir, async () => null), kdfPolicy: FAST_KDF, now: () => new Date('2024-05-06T09:15:00Z') }));

  it('keeps the table across a lock and refuses what is not an acronym and a Hangul reading', async () => {
    const ORIGIN = 'app://shieldnote';
    const handler = createApiHandler(service, { allowedOrigin: ORIGIN });
    const call = (method: string, payload: unknown) => handler({ url: `${ORIGIN}/index.html`, isMainFrame: true }, method, payload);
    expect(await service.getAcronymReadings({})).toEqual({ entries: [] });
    expect(await call('saveAcronymReadings', { entries: [{ acronym: ' NASDAQ ', reading: '나스닥' }] })).toMatchObject({ ok: true });
    await service.lock({});
    await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    expect(await service.getAcronymReadings({})).toEqual({ entries: [{ acronym: 'NASDAQ', reading: '나스닥' }] });
    for (const entries of [[{ acronym: 'NA SA', reading: '나사' }], [{ acronym: 'NASA', reading: 'nasa' }], [{ acronym: 'NASA', reading: '나사' }, { acronym: 'nasa', reading: '나사' }]]) {
      expect(await call('saveAcronymReadings', { entries })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await service.getAcronymReadings({})).toEqual({ entries: [{ acronym: 'NASDAQ', reading: '나스닥' }] });
  });

  it('spells a chip’s particle in the export as the editor does, with the vault’s readings', async () => {
    const source = await service.saveSource({ label: { adjective: '', noun: 'NASDAQ', qualifier: '', byLanguage: { ko: { place: '', noun: 'NASDAQ' } } }, access: '', anonymityReason: '', reliability: 'new', poolSize: null, notes: '' });
    const [statement] = await service.saveStatements({ statements: [{ sourceId: source.id, text: 'Trading stopped.', kind: 'paraphrase', saidOn: null, channel: 'phone', notes: '', tags: [] }] });
    const draft = await service.createDraft({ title: 'Particles' });
    // Particles belong to Korean copy only.
    await service.setDraftLanguage({ id: draft.meta.id, language: 'ko' });
    const chip = { type: 'citation', attrs: { citationId: 'c1', statementIds: [statement!.id], revisions: [1], override: null, customText: null, showDate: false, outlet: '', particle: '은/는' } };
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: { type: 'doc', content: [{ type: 'paragraph', content: [chip, { type: 'text', text: ' 밝혔다.' }] }] } });
    expect((await service.previewExport({ draftId: draft.meta.id, format: 'text' })).text).toContain('NASDAQ는 밝혔다.');
    await service.saveAcronymReadings({ entries: [{ acronym: 'NASDAQ', reading: '나스닥' }] });
    expect((await service.previewExport({ draftId: draft.meta.id, format: 'text' })).text).toContain('NASDAQ은 밝혔다.');
  });
});
