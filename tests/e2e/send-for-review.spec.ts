import { expect } from './harness';
import { exchangeKeys, goToPage, importPackage, reviewTest as test, seedReviewDraft, sendFromDraftsList, startPerson } from './review-package-flows';

// "Send for review…" where a reporter writes: in the editor's top bar (which first says what to
// set up when there is no editor contact) and in the drafts list; the editor imports the result.

const TITLE = 'Smuggling on the Yalu';
// Two vaults, each created and unlocked through the UI.
test.describe.configure({ timeout: 240_000 });

test('a draft is sent from the drafts list and the editor opens it; the editor screen leads to People first', async ({ app, editorApp }) => {
  const { page } = app;
  await startPerson(app, 'Reporter desk', 'Ana Reyes', 'reporter');
  await startPerson(editorApp, 'Editor desk', 'Mina Cho', 'editor');
  await seedReviewDraft(app);

  // No editor contact yet: the editor's button says so and leads to People.
  await goToPage(page, 'Drafts');
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  const send = page.getByRole('button', { name: 'Send for review…' });
  await send.click();
  const dialog = page.getByRole('dialog', { name: 'Send for review' });
  await expect(dialog).toContainText('Add your editor as a contact on the People screen first');
  await expect(dialog.getByRole('button', { name: 'Go to People' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(send).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Go to People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();

  await exchangeKeys(app, editorApp);

  // With an editor: the editor's button opens the dialog with this draft chosen.
  await goToPage(page, 'Drafts');
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  await send.click();
  // The draft it was opened from is named, not offered among the others: the choice is the editor.
  await expect(dialog).toContainText(`Draft: “${TITLE}”`);
  await expect(dialog.getByRole('combobox', { name: 'Editor' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(send).toBeFocused();
  await expect(page.getByRole('combobox', { name: 'Status' }).locator('option:checked')).toHaveText('Drafting');
  await page.getByRole('button', { name: 'Back to drafts' }).click();

  const pkg = await sendFromDraftsList(app, TITLE, 'Mina Cho');
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('In review');
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Status' }).locator('option:checked')).toHaveText('In review');

  await importPackage(editorApp, pkg);
  await expect(editorApp.page.getByRole('status').filter({ hasText: `Review copy of “${TITLE}” from Ana Reyes imported` })).toBeVisible();
  await expect(editorApp.page.getByRole('table', { name: 'Received for review' })).toContainText(TITLE);
  expect(app.consoleErrors).toEqual([]);
  expect(app.outsideRequests).toEqual([]);
});
