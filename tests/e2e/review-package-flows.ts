import { readdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Role } from '../../common/domain/people';
import { attachApp } from '../support/browser-app';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { STRONG_PASSPHRASE, tempDir } from '../support/temp-dirs';
import { expect, test, type AppHarness } from './harness';
import { confirmRecoveryKey, createVault } from './vault-flows';

// Two people, two vaults: `app` is the reporter (the harness's page), `editorApp` a second page
// with its own service and app data folder. Steps for key exchange and review packages, shared
// by review-packages.spec.ts, the editor-review story and the screenshot tour.

export const reviewTest = test.extend<{ editorApp: AppHarness }>({
  editorApp: async ({ browser }, use) => {
    const data = tempDir('shieldnote-e2e-editor-');
    const context = await browser.newContext();
    const page = await context.newPage();
    const app = await attachApp(page, data.path);
    await use(app);
    await app.shutdown();
    await context.close();
    data.remove();
  },
});

export async function goToPage(page: Page, section: 'People' | 'Audit log' | 'Drafts') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

/** A fresh vault with its recovery key confirmed, then the owner's profile set on the People screen. */
export async function startPerson(app: AppHarness, vaultName: string, name: string, role: Role): Promise<void> {
  await confirmRecoveryKey(app.page, await createVault(app, vaultName));
  await expect(app.page.getByRole('banner')).toContainText(vaultName);
  await setProfile(app.page, name, role);
}

export async function setProfile(page: Page, name: string, role: Role): Promise<void> {
  await goToPage(page, 'People');
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('combobox', { name: 'Role' }).selectOption(role);
  const save = page.getByRole('button', { name: /^(Create|Save) profile$/ });
  if (role === 'editor') {
    // Becoming an editor is confirmed with the passphrase, which main checks.
    await save.click();
    await expect(page.getByText('Type your passphrase to become an editor.')).toBeVisible();
    await page.getByLabel('Your passphrase').fill(STRONG_PASSPHRASE);
  }
  await save.click();
  await expect(page.getByText(/My fingerprint/)).toBeVisible();
}

export async function myFingerprint(page: Page): Promise<string> {
  const text = await page.getByLabel(/^My fingerprint:/).textContent();
  return text!.trim();
}

/** "Copy my key", then what the clipboard got (the test platform's clipboard lives in main). */
export async function copyMyKey(app: AppHarness): Promise<string> {
  await goToPage(app.page, 'People');
  await app.page.getByRole('button', { name: 'Copy my key' }).click();
  await expect(app.page.getByRole('status').filter({ hasText: /Your key is on the clipboard/ })).toBeVisible();
  return (await app.service().getMyProfile()).profile!.keyString;
}

/**
 * Pastes a key string, checks the fingerprint against the one the person "read out", then says
 * yes in main's own dialog (the harness answers it as the person at the keyboard would), which
 * shows the same fingerprint.
 */
export async function addContact(app: AppHarness, keyString: string, readOutFingerprint: string): Promise<void> {
  const { page } = app;
  await goToPage(page, 'People');
  await page.getByRole('button', { name: 'Add contact…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Their key string' }).fill(keyString);
  await dialog.getByRole('button', { name: 'Read key' }).click();
  await expect(dialog.getByLabel(/^Fingerprint:/)).toHaveText(readOutFingerprint);
  await expect(dialog).toContainText('a Shieldnote window shows this fingerprint again');
  const asked = app.dialogs.asked.length;
  app.dialogs.answer = true;
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();
  app.dialogs.answer = false;
  expect(app.dialogs.asked.slice(asked).map((q) => q.detail)).toEqual([expect.stringContaining(readOutFingerprint)]);
}

/** Both people add each other, comparing fingerprints as they would by phone. */
export async function exchangeKeys(a: AppHarness, b: AppHarness): Promise<void> {
  const aKey = await copyMyKey(a);
  const aPrint = await myFingerprint(a.page);
  const bKey = await copyMyKey(b);
  const bPrint = await myFingerprint(b.page);
  await addContact(a, bKey, bPrint);
  await addContact(b, aKey, aPrint);
}

/** The fixture story as a draft in the reporter's vault (entered through the service, then shown). */
export async function seedReviewDraft(app: AppHarness, title = 'Smuggling on the Yalu'): Promise<string> {
  const service = app.service();
  const seeded = await seedStory(service);
  const doc = seededStoryDoc(seeded);
  const draft = await service.createDraft({ title, byline: 'Staff reporter', dateline: 'SEOUL' });
  await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
  return draft.meta.id;
}

/** A new empty folder for the file dialogs to answer with. */
export function exchangeFolder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'shieldnote-exchange-'));
}

function onlyFile(dir: string, extension: string): string {
  const files = readdirSync(dir).filter((f) => f.endsWith(extension));
  expect(files).toHaveLength(1);
  return path.join(dir, files[0]!);
}

/** "Send for review…": draft, editor, the identities choice, then the save dialog. Returns the file. */
export async function sendForReview(app: AppHarness, draftTitle: string, editorName: string, options: { identities?: boolean } = {}): Promise<string> {
  const dir = exchangeFolder();
  app.filePicker.saveDir = dir;
  await goToPage(app.page, 'People');
  await app.page.getByRole('button', { name: 'Send for review…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Send for review' });
  await dialog.getByRole('combobox', { name: 'Draft' }).selectOption({ label: draftTitle });
  const editor = dialog.getByRole('combobox', { name: 'Editor' });
  await editor.selectOption((await editor.locator('option', { hasText: `${editorName} ·` }).getAttribute('value'))!);
  await dialog.getByRole('checkbox', { name: 'Include the cited sources’ identities' }).setChecked(options.identities ?? false);
  // Identities leave the vault only on the passphrase, which main checks.
  if (options.identities) await dialog.getByLabel('Your passphrase').fill(STRONG_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Save package…' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.page.getByRole('status').filter({ hasText: `Review package for ${editorName} saved` })).toBeVisible();
  return onlyFile(dir, '.snreview');
}

/** The same from the drafts list: the row's "Send for review…", the draft already chosen. Returns the file. */
export async function sendFromDraftsList(app: AppHarness, draftTitle: string, editorName: string): Promise<string> {
  const dir = exchangeFolder();
  app.filePicker.saveDir = dir;
  await goToPage(app.page, 'Drafts');
  const button = app.page.getByRole('button', { name: `Send for review: “${draftTitle}”` });
  await button.click();
  const dialog = app.page.getByRole('dialog', { name: 'Send for review' });
  await expect(dialog.getByRole('combobox', { name: 'Draft' }).locator('option:checked')).toHaveText(draftTitle);
  await expect(dialog.getByRole('combobox', { name: 'Editor' }).locator('option:checked')).toContainText(`${editorName} ·`);
  await dialog.getByRole('button', { name: 'Save package…' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.page.getByRole('region', { name: 'Notifications' })).toContainText(`Review package for ${editorName} saved`);
  await expect(button).toBeFocused();
  return onlyFile(dir, '.snreview');
}

/** "Import review package…" with the open dialog answering `file`. */
export async function importPackage(app: AppHarness, file: string): Promise<void> {
  app.filePicker.open = file;
  await goToPage(app.page, 'People');
  await app.page.getByRole('button', { name: 'Import review package…' }).click();
}

export async function importDecisions(app: AppHarness, file: string): Promise<void> {
  app.filePicker.open = file;
  await goToPage(app.page, 'People');
  await app.page.getByRole('button', { name: 'Import decisions…' }).click();
}

/** The refusal shown after an import, as the user reads it. */
export async function expectRefusal(page: Page, message: RegExp): Promise<void> {
  await expect(page.getByRole('alert')).toContainText(message);
}

export async function openReviewCopy(page: Page, title: string): Promise<void> {
  await goToPage(page, 'People');
  await page.getByRole('button', { name: `Review “${title}”` }).click();
  await expect(page.getByRole('listbox', { name: 'Citations in story order' })).toBeVisible();
}

/** Approves every citation of the open review, flagging those in `flags` (citation number → comment). */
export async function decideAll(page: Page, flags: Record<number, string> = {}): Promise<void> {
  const options = page.getByRole('listbox', { name: 'Citations in story order' }).getByRole('option');
  // Counted only once the review has loaded: counted earlier (a slow machine) it is 0, nothing
  // gets decided, and sign-off stays blocked (the intermittent review.spec failure).
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  for (let n = 1; n <= count; n++) {
    await options.nth(n - 1).click();
    const comment = flags[n];
    if (comment) {
      await page.getByRole('button', { name: `Flag citation ${n}` }).click();
      await page.getByRole('textbox', { name: `What is wrong with citation ${n}?` }).fill(comment);
      await page.getByRole('button', { name: 'Flag citation' }).click();
    } else {
      await page.getByRole('button', { name: `Approve citation ${n}` }).click();
    }
    await expect(options.nth(n - 1)).toContainText(comment ? 'Flagged' : 'Approved');
  }
}

/** "Save decisions…" on a review copy; returns the .snresponse file. */
export async function saveDecisions(app: AppHarness, title: string): Promise<string> {
  const dir = exchangeFolder();
  app.filePicker.saveDir = dir;
  await goToPage(app.page, 'People');
  await app.page.getByRole('button', { name: `Save decisions on “${title}”` }).click();
  await expect(app.page.getByRole('status').filter({ hasText: /saved as .*\.snresponse/ })).toBeVisible();
  return onlyFile(dir, '.snresponse');
}
