import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../common/security/csp';

export function createMainWindow(preloadDir: string, devUrl: string | null): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Shieldnote',
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload: path.join(preloadDir, 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: process.platform !== 'linux',
      devTools: devUrl !== null,
    },
  });
  // Keep vault contents out of screenshots and screen shares where the OS supports it.
  window.setContentProtection(true);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}
