import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../common/security/csp';
import { createApiHandler } from '../ipc/api-handler';
import { ShieldnoteService } from '../service/shieldnote-service';
import { registerAppScheme, serveRendererFrom } from './app-protocol';
import { electronPlatform } from './electron-platform';
import { wireIpc } from './ipc-wiring';
import { safetyHooks, wireInputActivity, wirePowerLock } from './auto-lock-wiring';
import { createMainWindow } from './main-window';
import { guardAllWebContents, hardenDefaultSession } from './session-guards';

// The Electron entry: wiring only. Everything the app does is in ShieldnoteService.

const here = path.dirname(fileURLToPath(import.meta.url));
const devUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null;
const devOrigin = devUrl ? new URL(devUrl).origin : null;

app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  guardAllWebContents(devOrigin);

  void app.whenReady().then(() => {
    hardenDefaultSession(devOrigin);
    serveRendererFrom(path.join(here, '../renderer'));
    const service: ShieldnoteService = new ShieldnoteService({ platform: electronPlatform(), safety: safetyHooks(() => mainWindow, () => service) });
    wirePowerLock(service);
    wireIpc(
      createApiHandler(service, {
        allowedOrigin: devOrigin ?? APP_ORIGIN,
        logError: (method, error) => console.error(`shieldnote: ${method} failed`, error instanceof Error ? error.stack : error),
      }),
    );
    mainWindow = createMainWindow(path.join(here, '../preload'), devUrl);
    wireInputActivity(mainWindow, service);

    let quitting = false;
    app.on('before-quit', (event) => {
      if (quitting) return;
      event.preventDefault();
      quitting = true;
      void service.shutdown().finally(() => app.quit());
    });
  });

  app.on('window-all-closed', () => app.quit());
}
