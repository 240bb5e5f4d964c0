import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memoryClipboard, type Platform } from '../service/platform';

/**
 * The CLI's platform: app settings in a throwaway folder (a run remembers nothing), a clipboard
 * in memory, and no confirmations: what needs the user's own yes is not done from a script.
 * The one "picker" that answers is the export folder, with the `--out` the user typed: the
 * folder comes from the command line in this process, never from a request field.
 */
export function nodePlatform(options: { exportFolder?: string } = {}): Platform & { dispose: () => void } {
  const appDataDir = mkdtempSync(path.join(os.tmpdir(), 'shieldnote-cli-'));
  return {
    appDataDir,
    pickFolder: async (purpose) => (purpose === 'export' && options.exportFolder ? path.resolve(options.exportFolder) : null),
    pickOpenFile: async () => null,
    pickSaveFile: async () => null,
    confirm: async () => false,
    clipboard: memoryClipboard(),
    dispose: () => rmSync(appDataDir, { recursive: true, force: true }),
  };
}
