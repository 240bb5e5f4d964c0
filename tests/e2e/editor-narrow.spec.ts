import type { Locator, Page } from '@playwright/test';
import { seedStory } from '../support/seed-story';
import { expect, test } from './harness';
import { newDraft, storyText, waitSaved } from './editor-flows';
import { confirmRecoveryKey, createVault } from './vault-flows';

// The editor while writing on a small laptop (1024×700): the caret never slips under the status
// bar, Lock and the draft's status stay in view as the story scrolls, and the leak findings and
// quote checks stay beside the text instead of dropping below it.

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'element is laid out').not.toBeNull();
  return found!;
}

/** The caret's rectangle, from the selection the browser keeps in the story text. */
async function caretRect(page: Page) {
  return page.evaluate(() => {
    const range = window.getSelection()!.getRangeAt(0).cloneRange();
    range.collapse(false);
    const rect = range.getClientRects()[0] ?? (range.startContainer as Element).getBoundingClientRect?.() ?? range.startContainer.parentElement!.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });
}

async function expectInViewport(page: Page, locator: Locator) {
  const { height } = page.viewportSize()!;
  const rect = await box(locator);
  expect(rect.y).toBeGreaterThanOrEqual(0);
  expect(rect.y + rect.height).toBeLessThanOrEqual(height);
}

test.use({ viewport: { width: 1024, height: 700 } });

test('at 1024×700 the caret stays above the status bar, the header stays in view and the findings stay beside the text', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await confirmRecoveryKey(page, await createVault(app, 'Dandong border desk'));
  await seedStory(app.service());
  await page.reload();
  await newDraft(page, 'Smuggling picks up on the Yalu');
  await storyText(page).click();
  // A typed name: the leak guard flags it within the first save.
  await page.keyboard.type('A man who ferries goods, Park Sunhee, said the boats come at night.');
  const statusBar = page.locator('.status-bar');
  for (let paragraph = 1; paragraph <= 24; paragraph++) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Paragraph ${paragraph}: the river is low and the boats wait for dark.`);
    // Each line typed at the end of a long story: the caret is above the status bar, in view.
    const caret = await caretRect(page);
    const bar = await box(statusBar);
    expect(caret.bottom, `caret after paragraph ${paragraph}`).toBeLessThanOrEqual(bar.y);
    expect(caret.top).toBeGreaterThan(0);
  }
  await waitSaved(page);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);

  // Scrolled deep into the story: Lock and the draft's status are still on screen, and the caret
  // is not under them.
  await expectInViewport(page, page.getByRole('button', { name: /^Lock/ }));
  await expectInViewport(page, page.getByRole('combobox', { name: 'Status' }));
  const toolbar = await box(page.getByRole('toolbar', { name: 'Formatting' }));
  expect((await caretRect(page)).top).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);

  // The finding is beside the text, in view, while writing, not below the editor.
  const leaks = page.getByRole('complementary', { name: 'Leaks' });
  await expect(leaks.getByRole('list', { name: 'Findings' })).toContainText('Park Sunhee', { timeout: 15_000 });
  const finding = leaks.getByRole('listitem').first();
  await expectInViewport(page, finding);
  expect((await box(finding)).x).toBeGreaterThan((await box(storyText(page))).x + 300);
  const checksCount = /^\d+ leaks? · 0 changed quotes$/;
  await expect(statusBar.getByRole('button', { name: checksCount })).toBeVisible();
  await expect(statusBar.getByRole('button', { name: checksCount })).not.toHaveText(/^0 leaks/);

  // Folded away, the text takes the width; the count in the status bar brings the checks back.
  await leaks.locator('..').getByRole('button', { name: 'Hide checks' }).click();
  await expect(leaks).toBeHidden();
  const toggle = statusBar.getByRole('button', { name: checksCount });
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(leaks).toBeVisible();
  await expectInViewport(page, leaks.getByRole('listitem').first());
  expect(app.consoleErrors).toEqual([]);
});
