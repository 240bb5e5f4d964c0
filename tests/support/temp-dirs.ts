import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KdfPolicy } from '../../main/vault/kdf';
import { memoryClipboard, type Platform } from '../../main/service/platform';

/** Cheap Argon2id settings so tests can create many vaults; real vaults calibrate. */
export const FAST_KDF: KdfPolicy = { mode: 'fixed', params: { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 } };

export const STRONG_PASSPHRASE = 'amber lantern quietly folds seven maps';

export function tempDir(prefix = 'shieldnote-test-'): { path: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What the file dialogs of a test platform answer (null: the user cancelled). Change it any time. */
export interface PickedFiles {
  save: string | null;
  open: string | null;
}

export function testPlatform(appDataDir: string, pickFolder: () => Promise<string | null> = async () => null, files: PickedFiles = { save: null, open: null }): Platform {
  return { appDataDir, pickFolder, clipboard: memoryClipboard(), pickSaveFile: async () => files.save, pickOpenFile: async () => files.open };
}
