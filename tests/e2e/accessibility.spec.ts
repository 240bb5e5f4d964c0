import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { confirmRecoveryKey, createVault } from './vault-flows';
import { goTo } from './library-flows';
import { cite, newDraft, storyText } from './editor-flows';
import { seedStory } from '../support/seed-story';
import { focusRingShown } from './keyboard-flows';

// Issue 17, item 10, beyond the axe scan of the tour: named citation chips, dialogs that keep
// focus inside and give it back, a visible focus ring, and reduced motion honoured.

/** Tabs `presses` times and returns whether focus ever left the dialog. */
async function focusLeaves(page: Page, dialogName: string, presses: number, key = 'Tab'): Promise<boolean> {
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(key);
    const inside = await page.getByRole('dialog', { name: dialogName }).evaluate((dialog) => dialog.contains(document.activeElement));
    if (!inside) return true;
    expect(await focusRingShown(page)).toBe(true);
  }
  return false;
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');

test('chips are named “Citation: …”, dialogs keep Tab inside and give focus back', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await confirmRecoveryKey(page, await createVault(app, 'Dandong border desk'));
  await seedStory(app.service());
  await page.reload();

  // Quick add, opened from its header button: Tab and Shift+Tab cycle inside; Escape returns.
  const quickAddButton = page.getByRole('banner').locator('button[aria-keyshortcuts="Control+Shift+N"]');
  await quickAddButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Quick add statement' })).toBeVisible();
  expect(await focusLeaves(page, 'Quick add statement', 25)).toBe(false);
  expect(await focusLeaves(page, 'Quick add statement', 25, 'Shift+Tab')).toBe(false);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(quickAddButton).toBeFocused();

  // The shortcut sheet from the nav: the same.
  const help = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Help' });
  await help.focus();
  await page.keyboard.press('Control+/');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await focusLeaves(page, 'Keyboard shortcuts', 6)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(help).toBeFocused();

  // The editor: the chip's name says what it is; the palette and the chip's settings give focus back.
  await newDraft(page, 'Smuggling picks up on the Yalu');
  await storyText(page).click();
  await page.keyboard.type('Contraband is moving, according to ');
  await cite(page, ['Until this spring'], 'attribute', false);
  const chip = storyText(page).getByRole('button', { name: /^Citation: a source based in China/ });
  await expect(chip).toBeVisible();
  await expect(storyText(page)).toBeFocused();

  await page.keyboard.press('Control+K');
  await expect(page.getByRole('dialog', { name: 'Insert citation' })).toBeVisible();
  expect(await focusLeaves(page, 'Insert citation', 12)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(storyText(page)).toBeFocused();

  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Citation settings' })).toBeVisible();
  expect(await focusLeaves(page, 'Citation settings', 15)).toBe(false);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(await focusedName(page)).toMatch(/^Citation: a source based in China|^Story text/);
  expect(app.consoleErrors).toEqual([]);
});

test('every control shows a focus ring; reduced motion turns transitions and smooth scrolling off', async ({ app }) => {
  const { page } = app;
  await confirmRecoveryKey(page, await createVault(app, 'Dandong border desk'));
  await seedStory(app.service());
  await page.reload();
  await goTo(page, 'Sources');
  await expect(page.getByRole('list', { name: 'Sources' })).toBeVisible();
  // Forty stops through the header, the nav and the sources list: each one ringed.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const onBody = await page.evaluate(() => document.activeElement === document.body);
    if (!onBody) expect(await focusRingShown(page)).toBe(true);
  }

  const button = page.getByRole('button', { name: 'New source' });
  const motion = () =>
    button.evaluate((el) => {
      const style = getComputedStyle(el);
      return { transition: style.transitionDuration, scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect((await motion()).transition).not.toMatch(/^0s(, 0s)*$/);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await motion()).toEqual({ transition: expect.stringMatching(/^0s(, 0s)*$/), scroll: 'auto' });
});
