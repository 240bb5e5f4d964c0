// What the service needs from the desktop around it. Electron supplies the real one
// (main/electron/electron-platform.ts); tests and the CLI supply their own.

export interface ClipboardPort {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
  clear(): Promise<void> | void;
}

export type FolderPurpose = 'vault' | 'export' | 'desk';

export interface Platform {
  /** Per-user app data folder: settings and, by default, the vault live under it. */
  appDataDir: string;
  /** Asks the user for a folder (for the vault, or to export a story into); null when they cancel. */
  pickFolder(purpose?: FolderPurpose): Promise<string | null>;
  clipboard: ClipboardPort;
  // Review packages
  /** Asks the user for a file to open; null when they cancel. */
  pickOpenFile(options: FileDialogOptions): Promise<string | null>;
  /**
   * Asks the user where to save a file; null when they cancel. The dialog itself asks before
   * returning a file that exists, so writing to the returned path replaces only what the user
   * agreed to replace (callers that change the name ask again: review-packages/package-files.ts).
   */
  pickSaveFile(options: FileDialogOptions & { defaultName: string }): Promise<string | null>;
  /**
   * Main's own modal question to the user, which the renderer cannot see or answer: true only
   * when the user chose `confirmLabel`. For decisions no request field may make (DESIGN §2.6).
   */
  confirm(request: ConfirmRequest): Promise<boolean>;
}

export interface ConfirmRequest {
  title: string;
  message: string;
  /** Shown under the message, e.g. a fingerprint to compare. */
  detail?: string;
  confirmLabel: string;
}

export interface FileDialogOptions {
  title: string;
  filters: { name: string; extensions: string[] }[];
}

/** A clipboard that lives in memory: for tests and headless use. */
export function memoryClipboard(): ClipboardPort {
  let text = '';
  return {
    writeText: async (value) => void (text = value),
    readText: async () => text,
    clear: () => void (text = ''),
  };
}
