import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KdfPolicy } from '../../main/vault/kdf';
import { memoryClipboard, type ConfirmRequest, type FolderPurpose, type Platform } from '../../main/service/platform';

/** Cheap Argon2id settings so tests can create many vaults; real vaults calibrate. */
export const FAST_KDF: KdfPolicy = { mode: 'fixed', params: { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 } };

export const STRONG_PASSPHRASE = 'amber lantern quietly folds seven maps';

export function tempDir(prefix = 'shieldnote-test-'): { path: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What the test platform's file dialogs answer; tests set these before the action that asks. */
export interface FilePickerAnswers {
  open: string | null;
  /** A folder: the save dialog answers this folder joined with the suggested name. */
  saveDir?: string | null;
  /** A whole path, which the save dialog answers before `saveDir`. */
  save?: string | null;
  /** What the folder dialog answers when asked for the desk folder. */
  deskFolder?: string | null;
}

/**
 * How the test platform answers main's own confirmation dialogs (the user's answer, which no
 * API call can give): `answer` for every question, and `asked` records each one.
 */
export interface DialogAnswers {
  answer: boolean | ((request: ConfirmRequest) => boolean);
  asked: ConfirmRequest[];
}

export function dialogAnswers(answer: DialogAnswers['answer'] = false): DialogAnswers {
  return { answer, asked: [] };
}

export function testPlatform(
  appDataDir: string,
  pickFolder: (purpose?: FolderPurpose) => Promise<string | null> = async () => null,
  files: FilePickerAnswers = { open: null, saveDir: null },
  dialogs: DialogAnswers = dialogAnswers(),
): Platform {
  return {
    appDataDir,
    pickFolder: async (purpose) => (purpose === 'desk' ? (files.deskFolder ?? null) : pickFolder(purpose)),
    clipboard: memoryClipboard(),
    pickOpenFile: async () => files.open,
    pickSaveFile: async ({ defaultName }) => files.save ?? (files.saveDir ? path.join(files.saveDir, defaultName) : null),
    confirm: async (request) => {
      dialogs.asked.push(request);
      return typeof dialogs.answer === 'function' ? dialogs.answer(request) : dialogs.answer;
    },
  };
}
