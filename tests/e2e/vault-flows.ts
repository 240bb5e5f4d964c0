import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, type AppHarness } from './harness';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';

// Steps a user takes, shared by the end-to-end specs and the screenshot tour.

export async function createVault(app: AppHarness, name = 'Border desk'): Promise<string> {
  const { page } = app;
  await openApp(app);
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await page.getByLabel('Vault name').fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(STRONG_PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(STRONG_PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
  const recoveryKey = (await page.getByRole('group', { name: 'Recovery key' }).textContent())!.replace(/\s+/g, '');
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-?){10}$/);
  return recoveryKey;
}

/** Ticks "stored", goes on and types the key back; the caller checks what follows. */
export async function typeRecoveryKeyBack(page: Page, recoveryKey: string): Promise<void> {
  await page.getByRole('checkbox', { name: /I have stored my recovery key/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Confirm your recovery key' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey.toLowerCase());
  await page.getByRole('button', { name: 'Confirm' }).click();
}

export async function confirmRecoveryKey(page: Page, recoveryKey: string): Promise<void> {
  await typeRecoveryKeyBack(page, recoveryKey);
  // The app frame is a lazy chunk: wait until it is there, as a person would before a shortcut.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
}

export async function unlockWithPassphrase(page: Page, passphrase = STRONG_PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

export const vaultFolder = (app: AppHarness) => path.join(app.appDataDir, 'Vault');
