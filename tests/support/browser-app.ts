import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ApiResult } from '../../common/api/errors';
import { METHOD_NAMES } from '../../common/api/method-names';
import { createApiHandler, type ApiHandler } from '../../main/ipc/api-handler';
import { serveAppFile } from '../../main/security/app-files';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { FAST_KDF, dialogAnswers, testPlatform, type DialogAnswers, type FilePickerAnswers } from './temp-dirs';
import type { SafetyOptions } from '../../main/features/vault-safety';

// Puts the built renderer (out/renderer) in a Chromium page with a real ShieldnoteService behind
// window.shieldnote: the same files and headers as the app:// protocol (CSP included), the same
// handler as IPC (origin check, schema validation), the same named functions as the preload.
// Used by the end-to-end tests and the browser benchmarks.

export const TEST_ORIGIN = 'https://shieldnote.test';
const RENDERER_DIR = path.resolve('out/renderer');

export interface BrowserApp {
  page: Page;
  appDataDir: string;
  service: () => ShieldnoteService;
  restartService: () => Promise<void>;
  outsideRequests: string[];
  apiResults: { method: string; result: ApiResult<unknown> }[];
  consoleErrors: string[];
  pickFolderResult: { value: string | null };
  /** What the open and save file dialogs answer; set before the click. */
  filePicker: FilePickerAnswers;
  /** How main's own confirmation dialogs are answered (the person at the keyboard); set before the click. */
  dialogs: DialogAnswers;
  open: () => Promise<void>;
  shutdown: () => Promise<void>;
}

export async function attachApp(page: Page, appDataDir: string, options: { recordResults?: boolean; safety?: SafetyOptions; rendererDir?: string } = {}): Promise<BrowserApp> {
  const pickFolderResult = { value: null as string | null };
  const filePicker: FilePickerAnswers = { open: null, saveDir: null, save: null };
  const dialogs = dialogAnswers();
  const makeService = () => new ShieldnoteService({ platform: testPlatform(appDataDir, async () => pickFolderResult.value, filePicker, dialogs), kdfPolicy: FAST_KDF, safety: options.safety });
  let service = makeService();
  let handler: ApiHandler = createApiHandler(service, { allowedOrigin: TEST_ORIGIN });
  const outsideRequests: string[] = [];
  const apiResults: BrowserApp['apiResults'] = [];
  const consoleErrors: string[] = [];

  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(TEST_ORIGIN + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) outsideRequests.push(url);
  });
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (!url.startsWith(TEST_ORIGIN + '/')) return route.abort('blockedbyclient');
    const file = await serveAppFile(options.rendererDir ?? RENDERER_DIR, url, TEST_ORIGIN);
    return route.fulfill({ status: file.status, headers: file.headers, body: Buffer.from(file.body) });
  });
  await page.exposeBinding('__shieldnoteInvoke', async (source, method: string, payload: unknown) => {
    const result = await handler({ url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }, method, payload);
    if (options.recordResults !== false) apiResults.push({ method, result });
    return result;
  });
  // What the preload does with contextBridge: one named function per contract method.
  await page.addInitScript((names: string[]) => {
    const invoke = (globalThis as unknown as { __shieldnoteInvoke: (m: string, p: unknown) => Promise<unknown> }).__shieldnoteInvoke;
    const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const name of names) api[name] = (input?: unknown) => invoke(name, input ?? {});
    Object.defineProperty(globalThis, 'shieldnote', { value: Object.freeze(api), writable: false, configurable: false });
  }, [...METHOD_NAMES]);

  return {
    page,
    appDataDir,
    service: () => service,
    restartService: async () => {
      await service.shutdown();
      service = makeService();
      handler = createApiHandler(service, { allowedOrigin: TEST_ORIGIN });
    },
    outsideRequests,
    apiResults,
    consoleErrors,
    pickFolderResult,
    filePicker,
    dialogs,
    open: async () => {
      await page.goto(`${TEST_ORIGIN}/index.html`);
    },
    shutdown: () => service.shutdown(),
  };
}
