import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type AppHarness } from './harness';
import { decideAll, exchangeKeys, goToPage, openReviewCopy, reviewTest as test, seedReviewDraft, startPerson } from './review-package-flows';

// The desk folder (issue 14 part 5): two vaults in two pages share a plain folder, as a newsroom
// shares one through Syncthing or a network share. The draft goes onto the desk, the editor is
// told it arrived and imports it with a click, and the decisions come back the same way.

const TITLE = 'Smuggling on the Yalu';
test.describe.configure({ timeout: 240_000 });

async function chooseDesk(app: AppHarness, folder: string): Promise<void> {
  app.filePicker.deskFolder = folder;
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Vault settings', exact: true }).click();
  const section = app.page.getByRole('region', { name: 'Desk' });
  await section.getByRole('button', { name: 'Choose desk folder…' }).click();
  await expect(section.getByRole('status')).toHaveText('Desk folder saved.');
  await expect(section).toContainText(path.basename(folder));
}

async function showArrival(page: Page): Promise<void> {
  const notices = page.getByRole('region', { name: 'Notifications' });
  await expect(notices).toContainText('1 new item on the desk for you.', { timeout: 15_000 });
  await notices.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
}

test('a draft goes through the desk folder to the editor and the decisions come back', async ({ app, editorApp }) => {
  const desk = mkdtempSync(path.join(os.tmpdir(), 'shieldnote-e2e-desk-'));
  await startPerson(app, 'Reporter desk', 'Ana Reyes', 'reporter');
  await startPerson(editorApp, 'Editor desk', 'Mina Cho', 'editor');
  await exchangeKeys(app, editorApp);
  await seedReviewDraft(app);
  await chooseDesk(app, desk);
  await chooseDesk(editorApp, desk);

  await goToPage(app.page, 'People');
  await app.page.getByRole('button', { name: 'Send for review…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Send for review' });
  await dialog.getByRole('combobox', { name: 'Draft' }).selectOption({ label: TITLE });
  await expect(dialog.getByRole('radio', { name: 'Put it on the desk' })).toBeChecked();
  // Main asks in its own dialog before anything leaves the vault for the desk.
  app.dialogs.answer = true;
  await dialog.getByRole('button', { name: 'Put on the desk' }).click();
  await expect(dialog).toBeHidden();
  app.dialogs.answer = false;
  expect(app.dialogs.asked.at(-1)).toMatchObject({ title: 'Put the draft on the desk?', message: expect.stringContaining('sealed for Mina Cho') });
  await expect(app.page.getByRole('status').filter({ hasText: 'Review package for Mina Cho is on the desk' })).toBeVisible();
  const onDesk = readdirSync(desk);
  expect(onDesk).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.snreview$/)]);

  // The editor is told, and imports it with a click; the reporter's own desk lists nothing for them.
  await showArrival(editorApp.page);
  const editorDesk = editorApp.page.getByRole('table', { name: 'On the desk' });
  await expect(editorDesk.getByRole('row')).toHaveCount(2);
  await editorDesk.getByRole('button', { name: /^Import the Review package that arrived/ }).click();
  await expect(editorApp.page.getByRole('status').filter({ hasText: `Review copy of “${TITLE}” from Ana Reyes imported from the desk` })).toBeVisible();
  await expect(editorDesk).toContainText('Imported');
  await expect(app.page.getByText('Nothing on the desk for you.')).toBeVisible();

  await openReviewCopy(editorApp.page, TITLE);
  await decideAll(editorApp.page, { 3: 'Is this the boatman’s own sighting, or hearsay?' });
  await editorApp.page.getByRole('button', { name: 'Back to people' }).click();
  editorApp.dialogs.answer = true;
  await editorApp.page.getByRole('button', { name: `Send decisions on “${TITLE}” to the desk` }).click();
  await expect(editorApp.page.getByRole('status').filter({ hasText: `Your decisions on “${TITLE}” are on the desk, sealed for Ana Reyes.` })).toBeVisible();

  await showArrival(app.page);
  await app.page
    .getByRole('table', { name: 'On the desk' })
    .getByRole('button', { name: /^Import the Editor’s decisions that arrived/ })
    .click();
  await expect(app.page.getByRole('status').filter({ hasText: 'Mina Cho’s decisions imported from the desk' })).toBeVisible();
  // Answered: the reporter's package leaves the desk; the editor's decisions stay for their days.
  await expect.poll(() => readdirSync(desk).filter((n) => n.endsWith('.snreview')), { timeout: 15_000 }).toEqual([]);
  expect(readdirSync(desk)).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.snresponse$/)]);
});
