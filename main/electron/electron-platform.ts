import path from 'node:path';
import { app, clipboard, dialog, BrowserWindow } from 'electron';
import type { Platform } from '../service/platform';

export function electronPlatform(): Platform {
  return {
    appDataDir: app.getPath('userData'),
    async pickFolder(purpose = 'vault') {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: purpose === 'export' ? 'Choose a folder to export the story into' : purpose === 'desk' ? 'Choose the desk folder your newsroom shares' : 'Choose a folder for the vault',
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // Review packages
    async pickOpenFile(options) {
      const parent = BrowserWindow.getFocusedWindow();
      const dialogOptions = { title: options.title, filters: options.filters, properties: ['openFile'] as 'openFile'[] };
      const result = parent ? await dialog.showOpenDialog(parent, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSaveFile(options) {
      const parent = BrowserWindow.getFocusedWindow();
      // The dialog itself asks before replacing a file (on Linux only when told to).
      const dialogOptions = {
        title: options.title,
        filters: options.filters,
        defaultPath: path.join(app.getPath('documents'), options.defaultName),
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const result = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async confirm(request) {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        type: 'warning' as const,
        title: request.title,
        message: request.message,
        ...(request.detail ? { detail: request.detail } : {}),
        buttons: [request.confirmLabel, 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      };
      const result = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      return result.response === 0;
    },
    clipboard: {
      writeText: (text) => clipboard.writeText(text),
      readText: () => clipboard.readText(),
      clear: () => clipboard.clear(),
    },
  };
}
