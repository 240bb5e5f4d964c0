import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { expect } from './harness';
import { openExport } from './export-flows';
import { storyText, waitSaved } from './editor-flows';
import {
  decideAll,
  exchangeFolder,
  exchangeKeys,
  goToPage,
  importDecisions,
  importPackage,
  openReviewCopy,
  reviewTest as test,
  saveDecisions,
  seedReviewDraft,
  sendForReview,
  startPerson,
} from './review-package-flows';

// The editor's review across two machines: the reporter sends the fixture story, the editor flags
// one citation and approves the rest, the reporter fixes that passage and sends it again, the
// editor approves it and signs off, and the draft comes back approved and exportable.

const TITLE = 'Smuggling on the Yalu';
const FLAG = 'How does the boatman know the reed leaves came from the North? Say so in the copy.';

/** Puts the caret just before the full stop that ends the paragraph holding `words`, then types. */
async function typeAtParagraphEnd(page: Page, words: string, text: string): Promise<void> {
  await storyText(page).focus();
  await storyText(page).evaluate((element, needle) => {
    const paragraph = [...element.querySelectorAll('p')].find((p) => p.textContent!.includes(needle))!;
    const last = paragraph.lastChild!;
    const range = document.createRange();
    range.setStart(last, 0);
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, words);
  await page.keyboard.type(text);
}

const statusOf = (page: Page) => page.getByRole('row', { name: new RegExp(TITLE) }).locator('.draft-status');

test('reporter and editor: flag, fix, approve, sign off; the draft comes back approved', async ({ app, editorApp }) => {
  test.setTimeout(240_000);
  const reporter = app.page;
  const editor = editorApp.page;
  await startPerson(app, 'Reporter desk', 'Ana Reyes', 'reporter');
  await startPerson(editorApp, 'Editor desk', 'Mina Cho', 'editor');
  await exchangeKeys(app, editorApp);
  const draftId = await seedReviewDraft(app, TITLE);

  // Round 1: the reporter sends the story; the editor flags citation 3 and approves the rest.
  const firstPackage = await sendForReview(app, TITLE, 'Mina Cho');
  await goToPage(reporter, 'Drafts');
  await expect(statusOf(reporter)).toHaveText('In review');
  await importPackage(editorApp, firstPackage);
  await openReviewCopy(editor, TITLE);
  await expect(editor.getByRole('listbox', { name: 'Citations in story order' }).getByRole('option')).toHaveText([
    /Daily NK sources in China/,
    /a source based in China on May 5/,
    /a separate source in China/,
    /a Daily NK source/,
    /The source/,
    /the initial source/,
  ]);
  await decideAll(editor, { 3: FLAG });
  await expect(editor.getByRole('button', { name: 'Sign off' })).toBeDisabled();
  await expect(editor.getByRole('list', { name: 'Not yet possible because' })).toContainText('1 citation is flagged.');
  await editor.getByRole('button', { name: 'Back to people' }).click();
  await importDecisions(app, await saveDecisions(editorApp, TITLE));

  // The reporter sees the flag beside the draft, and fixes the flagged sentence only.
  await goToPage(reporter, 'Drafts');
  await reporter.getByRole('button', { name: TITLE, exact: true }).click();
  const reviewPanel = reporter.getByRole('complementary', { name: 'Review' });
  await expect(reviewPanel).toContainText('5 of 6 approved, 1 flagged.');
  await expect(reviewPanel.getByRole('button', { name: `Flagged, citation 3: ${FLAG}` })).toBeVisible();
  await typeAtParagraphEnd(reporter, 'Reed leaves', ', who ferries goods from boats that come over from the North at night');
  await waitSaved(reporter);
  await reviewPanel.getByRole('button', { name: 'Open the review' }).click();
  await expect(reporter.getByRole('heading', { name: `Review: ${TITLE}` })).toBeVisible();
  const options = reporter.getByRole('listbox', { name: 'Citations in story order' }).getByRole('option');
  await expect(options).toHaveText([/Approved$/, /Approved$/, /Flagged$/, /Approved$/, /Approved$/, /Approved$/]);
  await options.nth(2).click();
  await expect(reporter.getByText('(The passage has changed since.)')).toBeVisible();
  await reporter.getByRole('button', { name: 'Back to the draft' }).click();
  await reporter.getByRole('button', { name: 'Back to drafts' }).click();

  // Round 2: the editor's earlier decisions carry over; only the changed passage needs a look.
  const secondPackage = await sendForReview(app, TITLE, 'Mina Cho');
  await importPackage(editorApp, secondPackage);
  await goToPage(editor, 'People');
  await editor.getByRole('button', { name: `Review “${TITLE}”` }).first().click();
  const editorOptions = editor.getByRole('listbox', { name: 'Citations in story order' }).getByRole('option');
  await expect(editorOptions).toHaveText([/Approved$/, /Approved$/, /Flagged$/, /Approved$/, /Approved$/, /Approved$/]);
  await editorOptions.nth(2).click();
  await expect(editor.getByRole('blockquote', { name: 'The sentence as published' })).toContainText('said a separate source in China, who ferries goods');
  await editor.getByRole('button', { name: 'Approve citation 3' }).click();
  await expect(editor.getByRole('button', { name: 'Sign off' })).toBeEnabled();
  await editor.getByRole('button', { name: 'Sign off' }).click();
  await expect(editor.getByText(/Signed off by Mina Cho \(editor\)/)).toBeVisible();
  await editor.getByRole('button', { name: 'Back to people' }).click();

  const dir = exchangeFolder();
  editorApp.filePicker.saveDir = dir;
  await goToPage(editor, 'People');
  await editor.getByRole('button', { name: `Save decisions on “${TITLE}”` }).first().click();
  await expect(editor.getByRole('status').filter({ hasText: /saved as .*\.snresponse/ })).toBeVisible();
  const response = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.snresponse'))!);
  await importDecisions(app, response);

  // Back on the reporter's machine: approved, and a final export may go ahead.
  await goToPage(reporter, 'Drafts');
  await expect(statusOf(reporter)).toHaveText('Approved');
  // An editor's sign-off from a package: not a self-approval.
  await expect(reporter.getByRole('row', { name: new RegExp(TITLE) })).not.toContainText('Self-approved');
  await expect(app.service().requireFinalExportable(draftId)).resolves.toBeUndefined();
  const actions = (await app.service().listAudit({})).map((a) => a.action);
  expect(actions).toEqual(expect.arrayContaining(['response.imported', 'review.signed-off']));
  expect(app.consoleErrors).toEqual([]);
  expect(editorApp.consoleErrors).toEqual([]);
  expect(app.outsideRequests).toEqual([]);
});

test('a draft approved in the vault it was written in: the passphrase, and “Self-approved” wherever the approval shows', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await startPerson(app, 'Solo desk', 'Ana Reyes', 'editor');
  const draftId = await seedReviewDraft(app, TITLE);
  await app.service().setDraftStatus({ id: draftId, status: 'in-review' });
  await goToPage(page, 'Drafts');
  await page.getByRole('button', { name: `Review “${TITLE}”` }).click();
  await decideAll(page);

  const signOff = page.getByRole('button', { name: 'Sign off' });
  await expect(page.getByText(/You wrote this draft in this vault, so signing it off is a self-approval/)).toBeVisible();
  await page.getByLabel('Your passphrase').fill('not the passphrase at all');
  await signOff.click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not right. The draft was not signed off.');
  await page.getByLabel('Your passphrase').fill(STRONG_PASSPHRASE);
  await page.getByLabel('Your passphrase').press('Enter');
  await expect(page.getByText(/^Self-approved: Signed off by Ana Reyes \(editor\) in the vault the draft was written in/)).toBeVisible();
  await expect(page.getByText('Self-approved', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Back to drafts' }).click();
  await expect(statusOf(page)).toHaveText('Approved');
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('Self-approved');
  await openExport(page, TITLE);
  await expect(page.getByText('Self-approved', { exact: true })).toBeVisible();
  await expect(page.getByText(/This draft is self-approved/)).toBeVisible();

  const audit = await app.service().listAudit({});
  expect(audit.find((a) => a.action === 'review.signed-off')?.detail).toMatch(/self-approved \(written in this vault; passphrase confirmed\)/);
  expect(audit.find((a) => a.action === 'confirmation.refused')?.detail).toBe(`self-approve “${TITLE}”: wrong passphrase`);
  expect(app.consoleErrors).toEqual([]);
  expect(app.outsideRequests).toEqual([]);
});

test('after Approve, focus moves to the next citation to decide and its sentence is scrolled into view', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  await startPerson(app, 'Solo desk', 'Ana Reyes', 'editor');
  const draftId = await seedReviewDraft(app, TITLE);
  await app.service().setDraftStatus({ id: draftId, status: 'in-review' });
  await goToPage(page, 'Drafts');
  await page.getByRole('button', { name: `Review “${TITLE}”` }).click();
  const options = page.getByRole('listbox', { name: 'Citations in story order' }).getByRole('option');
  await expect(options).toHaveCount(6);

  for (const n of [1, 2]) {
    await page.getByRole('button', { name: `Approve citation ${n}` }).click();
    await expect(options.nth(n - 1)).toContainText('Approved');
    // Focus is on the next citation, not lost with the buttons just pressed.
    await expect(page.getByRole('heading', { level: 2, name: `Citation ${n + 1} of 6` })).toBeFocused();
    await expect(options.nth(n)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('blockquote', { name: 'The sentence as published' })).toBeInViewport({ ratio: 1 });
  }
  // From the keyboard too: Enter on Approve, and focus moves on.
  await page.getByRole('button', { name: 'Approve citation 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Citation 4 of 6' })).toBeFocused();
  expect(app.consoleErrors).toEqual([]);
});
