import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { METHOD_NAMES } from '../../common/api/method-names';
import { createApiHandler, type ApiHandler } from '../../main/ipc/api-handler';
import { serveAppFile } from '../../main/security/app-files';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { FAST_KDF, tempDir, testPlatform } from '../support/temp-dirs';
import type { ApiResult } from '../../common/api/errors';

// The built renderer (out/renderer) is served to Chromium from a fake origin through Playwright
// routing, with the same files and headers (CSP included) as the app:// protocol. Every API call
// goes through the same handler as IPC (origin check, schema validation) to a real service.

export const TEST_ORIGIN = 'https://shieldnote.test';
const RENDERER_DIR = path.resolve('out/renderer');

export interface AppHarness {
  page: Page;
  appDataDir: string;
  service: () => ShieldnoteService;
  /** Shuts the service down (as quitting the app does) and starts a new one on the same data. */
  restartService: () => Promise<void>;
  /** Requests that tried to leave the app's origin. */
  outsideRequests: string[];
  /** Every API result the renderer received, for the "no secret crosses" checks. */
  apiResults: { method: string; result: ApiResult<unknown> }[];
  pickFolderResult: { value: string | null };
  /** Console errors and uncaught exceptions in the page (CSP violations show up here). */
  consoleErrors: string[];
}

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const data = tempDir('shieldnote-e2e-');
    const pickFolderResult = { value: null as string | null };
    const makeService = () =>
      new ShieldnoteService({ platform: testPlatform(data.path, async () => pickFolderResult.value), kdfPolicy: FAST_KDF });
    let service = makeService();
    let handler: ApiHandler = createApiHandler(service, { allowedOrigin: TEST_ORIGIN });
    const outsideRequests: string[] = [];
    const apiResults: AppHarness['apiResults'] = [];
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    page.on('request', (request) => {
      if (!request.url().startsWith(TEST_ORIGIN + '/') && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
        outsideRequests.push(request.url());
      }
    });
    await page.context().route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(TEST_ORIGIN + '/')) return route.abort('blockedbyclient');
      const file = await serveAppFile(RENDERER_DIR, url);
      return route.fulfill({ status: file.status, headers: file.headers, body: Buffer.from(file.body) });
    });
    await page.exposeBinding('__shieldnoteInvoke', async (source, method: string, payload: unknown) => {
      const result = await handler({ url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }, method, payload);
      apiResults.push({ method, result });
      return result;
    });
    // What the preload does with contextBridge: one named function per contract method.
    await page.addInitScript((names: string[]) => {
      const invoke = (globalThis as unknown as { __shieldnoteInvoke: (m: string, p: unknown) => Promise<unknown> }).__shieldnoteInvoke;
      const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
      for (const name of names) api[name] = (input?: unknown) => invoke(name, input ?? {});
      Object.defineProperty(globalThis, 'shieldnote', { value: Object.freeze(api), writable: false, configurable: false });
    }, [...METHOD_NAMES]);

    const harness: AppHarness = {
      page,
      appDataDir: data.path,
      service: () => service,
      restartService: async () => {
        await service.shutdown();
        service = makeService();
        handler = createApiHandler(service, { allowedOrigin: TEST_ORIGIN });
      },
      outsideRequests,
      apiResults,
      pickFolderResult,
      consoleErrors,
    };
    await use(harness);
    await service.shutdown();
    data.remove();
  },
});

export { expect };

export async function openApp(app: AppHarness): Promise<void> {
  await app.page.goto(`${TEST_ORIGIN}/index.html`);
}
