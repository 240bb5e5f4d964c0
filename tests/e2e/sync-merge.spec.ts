import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocNode } from '../../common/domain/draft';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';
import { expect, test } from './harness';
import { openDraft, storyText, waitSaved } from './editor-flows';
import { confirmRecoveryKey, createVault } from './vault-flows';

// Another device's copy of the vault lands in the folder while the app is unlocked (as a sync
// tool's conflict copies): the app merges it, says so in the frame, and keeps the other text of
// a draft edited on both as a conflicting copy with a note in its editor.

const doc = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const source = { label: { adjective: '', noun: 'customs officer', qualifier: 'in Dandong' }, access: 'Works the night shift.', anonymityReason: 'Fears dismissal.', reliability: 'established' as const, poolSize: 40, notes: '' };

test('an outside change to the vault folder shows a merged-changes notice and a conflicting-copy draft', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await confirmRecoveryKey(page, await createVault(app, 'Two-device desk'));
  const service = app.service();
  const { id: sourceId } = await service.saveSource(source);
  const statement = await service.saveStatement({ text: 'Trucks wait two days at the bridge.', kind: 'quote', saidOn: '2024-03-01', channel: 'phone', notes: '', tags: [], sourceId });
  const draft = await service.createDraft({ title: 'Crossing report' });
  const vaultDir = service.requireVault().dir;
  const bodyFile = `${service.requireVault().collection<{ bodyRecordId: string }>('drafts')[draft.meta.id]!.bodyRecordId}.snr`;
  await service.requireVault().flush();

  // The field laptop: a copy of the folder, opened by another installation and edited there.
  const other = tempDir('shieldnote-e2e-other-');
  try {
    const otherVault = path.join(other.path, 'Vault');
    cpSync(vaultDir, otherVault, { recursive: true });
    rmSync(path.join(otherVault, 'vault.lock'), { force: true });
    const laptop = new ShieldnoteService({ platform: testPlatform(path.join(other.path, 'app')), kdfPolicy: FAST_KDF });
    await laptop.selectVault({ path: otherVault });
    await laptop.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await laptop.saveStatement({ ...statement, text: 'Trucks wait three days at the bridge, said on the laptop.' });
    await laptop.saveDraftBody({ id: draft.meta.id, baseRevision: draft.meta.bodyRevision, body: doc('The laptop’s version of the crossing report.') });
    await laptop.shutdown();

    // Meanwhile, on this device: the same statement changed, and the draft written in the editor.
    await service.saveStatement({ ...statement, text: 'Trucks wait two days at the bridge, checked again here.' });
    await page.reload();
    await openDraft(page, 'Crossing report');
    await storyText(page).click();
    await page.keyboard.type('The desk’s version of the crossing report.');
    await waitSaved(page);

    // The sync tool delivers the laptop's catalog and draft text as conflict copies.
    writeFileSync(path.join(vaultDir, 'catalog.sync-conflict-20260102-030405-LAPTOP1.snc'), readFileSync(path.join(otherVault, 'catalog.snc')));
    writeFileSync(path.join(vaultDir, 'records', bodyFile.replace('.snr', '.sync-conflict-20260102-030405-LAPTOP1.snr')), readFileSync(path.join(otherVault, 'records', bodyFile)));
  } finally {
    other.remove();
  }

  const notices = page.getByRole('region', { name: 'Merged changes' });
  await expect(notices.getByRole('status').filter({ hasText: 'Conflicting copy kept' })).toContainText(/The text of “Crossing report” was changed on this device and on device [0-9a-f]{8}/, { timeout: 20_000 });
  await expect(notices.getByRole('status').filter({ hasText: 'A statement was changed' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('merge-notices.png') });

  await page.getByRole('button', { name: 'Back to drafts' }).click();
  const copy = page.getByRole('button', { name: /^Crossing report \(conflicting copy from device [0-9a-f]{8}, .* UTC\)$/ });
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(page.getByRole('note')).toContainText(/Conflicting copy\. This is the text of “Crossing report” that device [0-9a-f]{8} saved/);
  await expect(storyText(page)).toContainText('The laptop’s version of the crossing report.');
  await page.screenshot({ path: test.info().outputPath('conflicting-copy-editor.png') });

  // Dismissed, a notice stays gone.
  const statementNotice = notices.getByRole('status').filter({ hasText: 'A statement was changed' });
  await statementNotice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(statementNotice).toHaveCount(0);
  expect(app.outsideRequests).toEqual([]);
});
