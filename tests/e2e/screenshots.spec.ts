import path from 'node:path';
import type { Page } from '@playwright/test';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { expect, openApp, test } from './harness';
import { confirmRecoveryKey, createVault, lock, unlockWithPassphrase } from './vault-flows';

// A tour of every screen, light and dark, saved to docs/screenshots/ for review by eye.
const shot = (page: Page, name: string) => page.screenshot({ path: path.join('docs/screenshots', `${name}.png`), animations: 'disabled' });

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot tour (${scheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(app);
    await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill('sunshine2024');
    await shot(page, `create-vault-weak-${scheme}`);
    await page.getByLabel('Passphrase', { exact: true }).fill('');

    const recoveryKey = await createVault(app, 'Dandong border desk');
    await shot(page, `recovery-key-${scheme}`);
    await page.getByRole('checkbox', { name: /I have stored my recovery key/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey.slice(0, 20));
    await shot(page, `confirm-recovery-key-${scheme}`);
    await page.getByRole('button', { name: 'Back' }).click();
    await confirmRecoveryKey(page, recoveryKey);

    await expect(page.getByRole('banner')).toContainText('Dandong border desk');
    await shot(page, `overview-${scheme}`);
    await page.getByRole('button', { name: 'Vault settings' }).click();
    await shot(page, `vault-settings-${scheme}`);

    await lock(page);
    await unlockWithPassphrase(page, 'not it');
    await expect(page.getByRole('alert')).toBeVisible();
    await shot(page, `unlock-error-${scheme}`);
    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await shot(page, `unlock-recovery-${scheme}`);
    await page.getByRole('button', { name: 'Use passphrase instead' }).click();
    await unlockWithPassphrase(page, STRONG_PASSPHRASE);
    await expect(page.getByRole('banner')).toBeVisible();
    expect(app.outsideRequests).toEqual([]);
  });
}
