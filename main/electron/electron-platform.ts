import { app, clipboard, dialog, BrowserWindow } from 'electron';
import type { Platform } from '../service/platform';

export function electronPlatform(): Platform {
  return {
    appDataDir: app.getPath('userData'),
    async pickFolder(purpose = 'vault') {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: purpose === 'export' ? 'Choose a folder to export the story into' : 'Choose a folder for the vault',
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
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
