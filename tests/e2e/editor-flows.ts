import type { Page } from '@playwright/test';
import { expect } from './harness';
import { goTo } from './library-flows';

// How a reporter writes in the editor: open a draft, type, cite through the Ctrl+K palette.

export const storyText = (page: Page) => page.getByRole('textbox', { name: 'Story text' });

export async function newDraft(page: Page, title: string): Promise<void> {
  await goTo(page, 'Drafts');
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await storyText(page).click();
}

export async function openDraft(page: Page, title: string): Promise<void> {
  await goTo(page, 'Drafts');
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(storyText(page)).toBeVisible();
}

/** Ctrl+K, find statements by words in them, then quote or attribute (several = one plural citation). */
export async function cite(page: Page, queries: string[], action: 'quote' | 'attribute', showDate: boolean): Promise<void> {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Insert citation' });
  const search = palette.getByRole('combobox', { name: 'Search statements' });
  for (const query of queries) {
    await search.fill(query);
    await expect(palette.getByRole('listbox', { name: 'Statements' }).getByRole('option').first()).toContainText(new RegExp(query, 'i'));
    if (queries.length > 1) await search.press('Shift+Enter');
  }
  await palette.getByRole('checkbox', { name: 'Show the date' }).setChecked(showDate);
  await palette.getByRole('button', { name: action === 'quote' ? 'Quote' : 'Attribute' }).click();
  await expect(palette).toBeHidden();
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('.status-save')).toHaveText('Saved', { timeout: 15_000 });
}
