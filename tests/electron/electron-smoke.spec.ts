import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../support/electron-binary';

// Runs the real Electron app wherever an Electron binary is installed.
const binary = findElectronBinary();

test.describe('Electron app', () => {
  test.skip(!binary, 'no Electron binary in node_modules/electron/dist (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)');

  test('starts hardened, shows the create-vault screen and exposes only the named API', async () => {
    const userData = mkdtempSync(path.join(os.tmpdir(), 'shieldnote-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [path.resolve('out/main/index.js'), `--user-data-dir=${userData}`],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
      expect(await page.evaluate(() => location.origin)).toBe('app://shieldnote');
      const exposed = await page.evaluate(() => ({
        keys: Object.keys((window as unknown as { shieldnote: object }).shieldnote).sort(),
        hasRequire: typeof (window as unknown as { require?: unknown }).require,
        hasProcess: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed.keys).toContain('unlock');
      expect(exposed.keys).not.toContain('invoke');
      expect(exposed.hasRequire).toBe('undefined');
      expect(exposed.hasProcess).toBe('undefined');
      const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
      expect(csp).toContain("default-src 'none'");
      // window.open and navigation away are denied.
      await page.evaluate(() => void open('https://example.com'));
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
