import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built renderer in Debian's Chromium with the real main-side service
// behind window.shieldnote (tests/e2e/harness.ts). The electron project runs the same app in
// Electron wherever its binary exists and skips elsewhere.
export const CHROMIUM_PATH = process.env.SHIELDNOTE_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // One retry under CI only: a test that fails twice fails the run; one that passes on retry is
  // reported as flaky in the list, to be looked at rather than hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
        viewport: { width: 1200, height: 800 },
        trace: 'retain-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
