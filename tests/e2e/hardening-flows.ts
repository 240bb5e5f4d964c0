import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type AppHarness } from './harness';
import { goTo } from './library-flows';

// Steps a reporter takes to change secrets, travel and burn: shared by hardening.spec.ts and the
// screenshot tour.

export async function changePassphrase(page: Page, current: string, next: string): Promise<void> {
  await goTo(page, 'Vault settings');
  const form = page.getByRole('form', { name: 'Change passphrase' });
  await form.getByLabel('Current passphrase').fill(current);
  await form.getByLabel('New passphrase', { exact: true }).fill(next);
  await form.getByLabel('Confirm new passphrase').fill(next);
  await form.getByRole('button', { name: 'Change passphrase' }).click();
}

export const travelFile = (app: AppHarness) => path.join(app.appDataDir, 'usb-stick', 'trip.sntravel');

/** Fills the travel-mode form with the recovery key and opens the confirmation dialog. */
export async function reviewTravelWithRecoveryKey(page: Page, recoveryKey: string): Promise<void> {
  await goTo(page, 'Travel mode');
  await expect(page.getByRole('heading', { name: 'Identities are on this computer' })).toBeVisible();
  await page.getByRole('radio', { name: 'My recovery key' }).check();
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey);
  await page.getByRole('button', { name: 'Enter travel mode…' }).click();
  await expect(page.getByRole('dialog', { name: 'Enter travel mode?' })).toBeVisible();
}

export async function confirmTravel(app: AppHarness, file = travelFile(app)): Promise<void> {
  const { page } = app;
  mkdirSync(path.dirname(file), { recursive: true });
  app.filePicker.save = file;
  await page.getByRole('dialog', { name: 'Enter travel mode?' }).getByRole('button', { name: 'Enter travel mode' }).click();
  await expect(page.getByRole('heading', { name: 'Identities are away' })).toBeVisible();
}

export async function restoreTravel(app: AppHarness, key: string, file = travelFile(app)): Promise<void> {
  const { page } = app;
  await goTo(page, 'Travel mode');
  app.filePicker.open = file;
  await page.getByRole('textbox', { name: /^(Recovery|Travel) key$/ }).fill(key);
  await page.getByRole('button', { name: 'Choose the travel file and restore…' }).click();
  await expect(page.getByRole('heading', { name: 'Identities are on this computer' })).toBeVisible();
}

/** Opens a source's burn dialog from its detail page. */
export async function openBurnDialog(page: Page, sourceName: RegExp): Promise<void> {
  await goTo(page, 'Sources');
  await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: sourceName }).click();
  await page.getByRole('region', { name: 'Identity' }).getByRole('button', { name: 'Burn identity…' }).click();
  await expect(page.getByRole('dialog', { name: 'Burn this identity?' })).toBeVisible();
}
