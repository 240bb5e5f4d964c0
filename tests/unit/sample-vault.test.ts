import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_VAULT_NAME, SAMPLE_VAULT_PASSPHRASE } from '../../common/domain/sample-vault';
import { PLANTED_LEAK } from '../../main/sample/build-sample';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { dialogAnswers, FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform, type DialogAnswers } from '../support/temp-dirs';

// The sample vault: built on request in its own folder, every kind of citation, one planted
// leak, one reopened approval; marked as a sample; deleted only when main's dialog says yes.

describe('the sample vault', () => {
  let dir: ReturnType<typeof tempDir>;
  let dialogs: DialogAnswers;
  let service: ShieldnoteService;

  beforeEach(() => {
    dir = tempDir();
    dialogs = dialogAnswers(false);
    service = new ShieldnoteService({ platform: testPlatform(dir.path, undefined, undefined, dialogs), kdfPolicy: FAST_KDF });
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  it('is built on request with sources, identities, nicknames, statements and a draft with every kind of citation', async () => {
    const status = await service.openSampleVault();
    expect(status).toMatchObject({ state: 'unlocked', name: SAMPLE_VAULT_NAME, sample: true, recoveryKeyPending: false });
    expect(status.path).not.toBe(service.defaultVaultPath);

    const sources = await service.listSources({});
    expect(sources).toHaveLength(3);
    expect(sources.every((s) => s.identity.termCount > 0)).toBe(true);
    expect(sources.filter((s) => s.nickname).length).toBe(2);
    expect((await service.listStatements({})).length).toBe(7);

    const [draft] = await service.listDrafts();
    const preview = await service.previewExport({ draftId: draft!.id, format: 'text' });
    const text = preview.text;
    // Plural with the outlet, a first mention, a dated quote, a separate source, a back-reference.
    expect(text).toMatch(/Daily NK/);
    expect(text).toMatch(/on May 5/);
    expect(text).toMatch(/separate source/i);
    expect(text).toMatch(/initial source|first source/i);
    // No private nickname in anything exported.
    for (const s of sources) if (s.nickname) expect(text).not.toContain(s.nickname);
  });

  it('has one planted leak and one approval reopened by an edit', async () => {
    await service.openSampleVault();
    const [draft] = await service.listDrafts();
    const report = await service.scanDraft({ id: draft!.id });
    expect(report.findings.map((f) => f.matched)).toContain(PLANTED_LEAK);
    const review = await service.getReview({ subject: { draftId: draft!.id } });
    expect(review.reopened?.citationKeys).toEqual(['sample4']);
    expect(draft!.review).toEqual({ flagged: 0, reopened: 1 });
  });

  it('opens again with its passphrase after a lock, and is listed as the sample', async () => {
    const first = await service.openSampleVault();
    await service.lock();
    expect(await service.getStatus()).toMatchObject({ state: 'locked', sample: true });
    expect(await service.unlock({ method: 'passphrase', passphrase: SAMPLE_VAULT_PASSPHRASE })).toMatchObject({ state: 'unlocked', sample: true });
    await service.lock();
    expect(await service.openSampleVault()).toMatchObject({ path: first.path, state: 'unlocked' });
    expect((await service.listVaults()).find((v) => v.path === first.path)).toMatchObject({ sample: true, exists: true });
  });

  it('is deleted only when main’s own dialog says yes, and never touches another vault', async () => {
    await service.createVault({ path: service.defaultVaultPath, name: 'Mine', passphrase: STRONG_PASSPHRASE });
    const sample = await service.openSampleVault();
    expect(await service.deleteSampleVault()).toMatchObject({ deleted: false });
    expect(existsSync(sample.path)).toBe(true);
    dialogs.answer = true;
    const after = await service.deleteSampleVault();
    expect(after).toMatchObject({ deleted: true, status: { path: service.defaultVaultPath, state: 'locked' } });
    expect(existsSync(sample.path)).toBe(false);
    expect(existsSync(service.defaultVaultPath)).toBe(true);
    expect((await service.listVaults()).some((v) => v.path === sample.path)).toBe(false);
  });
});
