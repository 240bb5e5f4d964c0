import { SAMPLE_VAULT_PASSPHRASE } from '../../common/domain/sample-vault';
import { expect, openApp, type AppHarness } from './harness';

// Steps around the desk and the sample vault, shared by desk.spec.ts and the screenshot tour.

export const SAMPLE_DRAFT = 'Smuggling picks up on the Yalu';

/** From the first-run screen: "Open the sample vault", and wait for its desk. */
export async function openSampleVault(app: AppHarness): Promise<void> {
  const { page } = app;
  await openApp(app);
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the sample vault' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('button', { name: new RegExp(`^${SAMPLE_DRAFT}`) })).toBeVisible();
}

export async function unlockSample(app: AppHarness): Promise<void> {
  const { page } = app;
  await page.getByLabel('Passphrase', { exact: true }).fill(SAMPLE_VAULT_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
