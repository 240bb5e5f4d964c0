import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { attachApp } from '../tests/support/browser-app';
import { STRONG_PASSPHRASE, tempDir } from '../tests/support/temp-dirs';
import { CHROMIUM_PATH } from '../playwright.config';
import { interleavedPairs, reportRatio } from './paired';
import { report } from './report';

// Chromium start → the unlock screen interactive (the passphrase field enabled), with the built
// renderer as shipped (the frame and editor load lazily) beside the same app built as one chunk
// (SHIELDNOTE_EAGER_RENDERER=1 npx electron-vite build → out-eager/renderer).

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const EAGER_DIR = path.resolve('out-eager/renderer');

async function readyMs(appDataDir: string, rendererDir?: string): Promise<number> {
  const started = performance.now();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const app = await attachApp(page, appDataDir, { recordResults: false, ...(rendererDir ? { rendererDir } : {}) });
    await app.open();
    const field = page.getByLabel('Passphrase', { exact: true });
    await field.waitFor();
    await page.waitForFunction(() => {
      const input = document.querySelector('input[type="password"]');
      return input instanceof HTMLInputElement && !input.disabled;
    });
    const ms = performance.now() - started;
    await app.shutdown();
    return ms;
  } finally {
    await browser.close();
  }
}

export async function benchFirstPaint(): Promise<void> {
  if (!existsSync(EAGER_DIR)) {
    console.log('# renderer_ready_ms not measured: run SHIELDNOTE_EAGER_RENDERER=1 npx electron-vite build first (out-eager/renderer)');
    return;
  }
  // A locked vault: the app opens on the unlock screen.
  const data = tempDir('shieldnote-bench-paint-');
  try {
    const setup = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
    const app = await attachApp(await setup.newPage(), data.path, { recordResults: false });
    await app.service().createVault({ path: `${data.path}/Vault`, name: 'Bench', passphrase: STRONG_PASSPHRASE });
    await app.service().requireVault().update((d) => {
      d.meta.recoveryKeyConfirmed = true;
    });
    await app.service().lock();
    await app.shutdown();
    await setup.close();
    const pairs = await interleavedPairs(() => readyMs(data.path), () => readyMs(data.path, EAGER_DIR), { pairs: 7, warmup: 1 });
    report('renderer_ready_ms', pairs.a, 'Chromium start → unlock screen interactive, built renderer (frame and editor lazy)');
    report('renderer_ready_eager_ms', pairs.b, 'the same with everything in one chunk');
    reportRatio('renderer_ready_ratio', pairs, 'lazy ÷ eager');
  } finally {
    data.remove();
  }
}
