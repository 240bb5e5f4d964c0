import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memoryClipboard, type Platform } from '../service/platform';

/**
 * The CLI's platform: app settings in a throwaway folder (a run remembers nothing), no folder
 * or file pickers (paths come from arguments), a clipboard in memory, and no confirmations:
 * what needs the user's own yes is not done from a script.
 */
export function nodePlatform(): Platform & { dispose: () => void } {
  const appDataDir = mkdtempSync(path.join(os.tmpdir(), 'shieldnote-cli-'));
  return {
    appDataDir,
    pickFolder: async () => null,
    pickOpenFile: async () => null,
    pickSaveFile: async () => null,
    confirm: async () => false,
    clipboard: memoryClipboard(),
    dispose: () => rmSync(appDataDir, { recursive: true, force: true }),
  };
}
