import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { SafetyOptions } from '../../main/features/vault-safety';
import { SOURCES, STATEMENTS } from '../fixtures/border-story';
import { attachApp, type BrowserApp } from '../support/browser-app';
import { seedStory } from '../support/seed-story';
import { STRONG_PASSPHRASE, tempDir } from '../support/temp-dirs';
import { newDraft, storyText, waitSaved } from './editor-flows';
import { expect } from './harness';
import { goTo } from './library-flows';
import { confirmRecoveryKey, createVault, unlockWithPassphrase, vaultFolder } from './vault-flows';

// Auto-lock and backups in Chromium. The idle time is a service option the test shortens once
// the vault holds something worth hiding (long during setup, so setup never races the lock).

type SafetyApp = BrowserApp & { safety: SafetyOptions };

const test = base.extend<{ app: SafetyApp }>({
  app: async ({ page }, use) => {
    const data = tempDir('shieldnote-e2e-');
    const safety: SafetyOptions = { idleLockMs: 3_600_000, lockGraceMs: 2_000, backupIntervalMs: 3_600_000 };
    const app = Object.assign(await attachApp(page, data.path, { safety }), { safety });
    await use(app);
    await app.shutdown();
    data.remove();
  },
});

const DRAFT_TEXT = 'Quartermaster ledgers moved upriver before dawn';
const sensitive = [
  ...SOURCES.flatMap((s) => s.identity.map((t) => t.value)),
  ...STATEMENTS.map((s) => s.fields.text.slice(0, 40)),
  DRAFT_TEXT,
];

/** Everything the DOM holds as text: text nodes, every attribute value, every field value. */
function domText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.documentElement.textContent ?? ''];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) parts.push(attribute.value);
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) parts.push(element.value);
    }
    return parts.join('\n');
  });
}

/** A vault with the fixture story and a draft with text, saved. */
async function storyWithDraft(app: BrowserApp): Promise<void> {
  const { page } = app;
  await confirmRecoveryKey(page, await createVault(app));
  await seedStory(app.service());
  await page.reload();
  await newDraft(page, 'Night crossings');
  await storyText(page).pressSequentially(DRAFT_TEXT);
  await waitSaved(page);
}

/** After unlocking again: the draft typed before the lock kept its text. */
async function expectDraftKept(page: Page): Promise<void> {
  await goTo(page, 'Drafts');
  await page.getByRole('button', { name: 'Night crossings', exact: true }).click();
  await expect(storyText(page)).toContainText(DRAFT_TEXT);
}

/** A vault with the fixture story, a draft with text, an identity revealed and a statement open. */
async function fillScreen(app: BrowserApp): Promise<void> {
  const { page } = app;
  await storyWithDraft(app);
  await goTo(page, 'Sources');
  await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: /^a source based in China/ }).click();
  const identity = page.getByRole('region', { name: 'Identity' });
  await identity.getByRole('button', { name: 'Reveal…' }).click();
  await identity.getByLabel('Passphrase').fill(STRONG_PASSPHRASE);
  await identity.getByRole('button', { name: 'Reveal' }).click();
  await expect(identity).toContainText(SOURCES[0]!.identity[0]!.value);
  const before = await domText(page);
  expect(before).toContain(SOURCES[0]!.identity[0]!.value);
  await goTo(page, 'Statements');
  await expect(page.getByText(STATEMENTS[0]!.fields.text.slice(0, 40)).first()).toBeVisible();
}

async function expectNothingSensitive(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  const text = await domText(page);
  for (const term of sensitive) expect(text, `the DOM still holds “${term}”`).not.toContain(term);
}

test('after the idle time the lock screen shows and nothing sensitive is left in the DOM', async ({ app }) => {
  const { safety } = app;
  test.setTimeout(90_000);
  const { page } = app;
  await fillScreen(app);
  safety.idleLockMs = 1_500; // from now on, 1.5 s without use locks
  // What Electron's wiring does on input reaching the window (the harness has no Electron main),
  // then a settings save re-arms the idle timer with the shorter time.
  app.service().noteUserInput();
  await app.service().updateSafetySettings({});
  await expectNothingSensitive(page);
  expect(await app.service().awaitLock()).toEqual({ reason: 'idle', locked: true });
  // The draft typed before the lock was saved. (Long idle time again first: API calls are not
  // activity, so the short one would lock again while the test reads.)
  safety.idleLockMs = 3_600_000;
  await unlockWithPassphrase(page);
  await expectDraftKept(page);
  expect(app.consoleErrors).toEqual([]);
});

test('the panic shortcut locks from anywhere, even while typing in a draft', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await fillScreen(app);
  await goTo(page, 'Drafts');
  await page.getByRole('button', { name: 'Night crossings', exact: true }).click();
  await storyText(page).click();
  await page.keyboard.press('Control+Shift+L');
  await expectNothingSensitive(page);
});

test('a lock asked for by main (screen lock) reaches the renderer', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await fillScreen(app);
  app.service().requestLock('screen-lock');
  await expectNothingSensitive(page);
});

test('backups screen: back up, verify names the damaged file, restore the backup', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await storyWithDraft(app);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups', exact: true }).click();
  const before = (await app.service().listBackups()).length; // the first save was backed up already
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status')).toContainText('Backup written');
  const backups = page.getByRole('list', { name: 'Backups, newest first' });
  await expect(backups.getByRole('listitem')).toHaveCount(before + 1);

  // Damage the draft's record on disk, as a failing disk would.
  const drafts = app.service().requireVault().collection<{ title: string; bodyRecordId: string }>('drafts');
  const bodyId = Object.values(drafts).find((d) => d.title === 'Night crossings')!.bodyRecordId;
  const record = path.join(vaultFolder(app), 'records', `${bodyId}.snr`);
  const bytes = readFileSync(record);
  bytes[bytes.length - 5]! ^= 0xff;
  writeFileSync(record, bytes);

  await page.getByRole('button', { name: 'Verify vault' }).click();
  await expect(page.getByRole('status')).toContainText('1 damaged');
  await expect(page.getByText('The text of the draft “Night crossings”')).toBeVisible();
  await expect(page.getByText(`records/${bodyId}.snr`)).toBeVisible();
  await expect(page.getByText(/^Newest intact backup:/)).toBeVisible();
  await expect(backups.getByRole('listitem').first()).toContainText('Intact');

  await backups.getByRole('button', { name: /^Restore the backup from/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('not deleted');
  await dialog.getByRole('button', { name: 'Restore and lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  await unlockWithPassphrase(page);
  await expectDraftKept(page);
  expect(app.consoleErrors).toEqual([]);
});

test('unlock offers the newest backup when the vault is damaged', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await confirmRecoveryKey(page, await createVault(app));
  await seedStory(app.service());
  await app.service().backUpNow();
  await app.service().lock();
  const catalog = path.join(vaultFolder(app), 'catalog.snc');
  const bytes = readFileSync(catalog);
  bytes[100]! ^= 0xff;
  writeFileSync(catalog, bytes);
  await page.reload();
  await unlockWithPassphrase(page);
  await expect(page.getByRole('alert').first()).toContainText('damaged');
  const panel = page.getByRole('region', { name: 'Restore from a backup' });
  await panel.getByRole('button', { name: 'Restore the newest intact backup' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await goTo(page, 'Statements');
  await expect(page.getByText(STATEMENTS[0]!.fields.text.slice(0, 40)).first()).toBeVisible();
});
