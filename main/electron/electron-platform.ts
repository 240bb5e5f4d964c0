import { app, clipboard, dialog, BrowserWindow } from 'electron';
import type { FileRequest, Platform } from '../service/platform';

export function electronPlatform(): Platform {
  return {
    appDataDir: app.getPath('userData'),
    async pickFolder() {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: 'Choose a folder for the vault',
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // --- hardening: travel mode ---
    async pickSaveFile(request: FileRequest) {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: request.title,
        defaultPath: request.defaultName,
        filters: [{ name: request.filter.name, extensions: [request.filter.extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async pickOpenFile(request: FileRequest) {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: request.title,
        filters: [{ name: request.filter.name, extensions: [request.filter.extension] }],
        properties: ['openFile'] as 'openFile'[],
      };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    clipboard: {
      writeText: (text) => clipboard.writeText(text),
      readText: () => clipboard.readText(),
      clear: () => clipboard.clear(),
    },
  };
}
