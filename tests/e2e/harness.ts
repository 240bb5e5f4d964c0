import { test as base, expect } from '@playwright/test';
import { attachApp, type BrowserApp } from '../support/browser-app';
import { tempDir } from '../support/temp-dirs';

export { TEST_ORIGIN } from '../support/browser-app';
export type AppHarness = BrowserApp;

/** Each test gets the real renderer in Chromium with a fresh service on a temporary folder. */
export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const data = tempDir('shieldnote-e2e-');
    const app = await attachApp(page, data.path);
    await use(app);
    await app.shutdown();
    data.remove();
  },
});

export { expect };

export async function openApp(app: AppHarness): Promise<void> {
  await app.open();
}
