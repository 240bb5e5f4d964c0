// What the service needs from the desktop around it. Electron supplies the real one
// (main/electron/electron-platform.ts); tests and the CLI supply their own.

export interface ClipboardPort {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
  clear(): Promise<void> | void;
}

export interface Platform {
  /** Per-user app data folder: settings and, by default, the vault live under it. */
  appDataDir: string;
  /** Asks the user for a folder; null when they cancel. */
  pickFolder(): Promise<string | null>;
  clipboard: ClipboardPort;
  // --- hardening: travel mode ---
  /** Asks where to save a file (the travel file); null when they cancel. */
  pickSaveFile(request: FileRequest): Promise<string | null>;
  /** Asks for a file to open (a travel file to restore); null when they cancel. */
  pickOpenFile(request: FileRequest): Promise<string | null>;
}

export interface FileRequest {
  title: string;
  /** Suggested file name for saving. */
  defaultName?: string;
  /** Extension without the dot, with a name for the file-type filter. */
  filter: { name: string; extension: string };
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
