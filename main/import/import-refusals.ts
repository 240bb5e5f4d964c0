import { ShieldnoteError, type ErrorCode } from '../../common/api/errors';

// Why a file was not imported. The reason is stable (tests, logs); the message is what the
// reporter reads. A refused import saves nothing.

export const IMPORT_REFUSALS = {
  TOO_LARGE: { code: 'VALIDATION', message: 'This file is larger than Shieldnote imports at once (50 MB for Word, 128 MB for a Telegram export, 200 MB for a WhatsApp archive). Export a shorter period, or split the document.' },
  ZIP_BOMB: { code: 'VALIDATION', message: 'This file unpacks to far more than its size suggests, as a “zip bomb” does. It was not opened.' },
  TOO_MANY_PARTS: { code: 'VALIDATION', message: 'This file holds more parts than a document or chat export has. It was not opened.' },
  DAMAGED: { code: 'VALIDATION', message: 'This file is damaged or incomplete (perhaps cut off while copying). Nothing was imported; try the original again.' },
  ENCRYPTED: { code: 'VALIDATION', message: 'This Word document is protected with a password. Remove the password in Word (File › Info › Protect Document), then import it.' },
  NOT_WORD: { code: 'VALIDATION', message: 'This file is not a Word document (.docx). Older .doc files: open them in Word and save as .docx first.' },
  NOT_TELEGRAM: { code: 'VALIDATION', message: 'This JSON file is not a Telegram export. In Telegram Desktop choose “Export chat history”, format “Machine-readable JSON”, then pick its result.json.' },
  NOT_WHATSAPP: { code: 'VALIDATION', message: 'No WhatsApp messages were found in this file. Use “Export chat” in WhatsApp and pick the .txt or .zip it made.' },
  UNSUPPORTED: { code: 'VALIDATION', message: 'Shieldnote imports Word documents (.docx), Telegram exports (result.json) and WhatsApp exports (.txt or .zip).' },
  EMPTY: { code: 'VALIDATION', message: 'Nothing to import was found in this file.' },
  STALE: { code: 'CONFLICT', message: 'This import is no longer open (the vault locked, or another file was chosen since). Choose the file again.' },
  UNREVIEWED: { code: 'VALIDATION', message: 'This file carries comments or tracked changes. Look through them, tick that you have, then save.' },
} as const satisfies Record<string, { code: ErrorCode; message: string }>;

export type ImportRefusal = keyof typeof IMPORT_REFUSALS;

export class ImportRefusedError extends ShieldnoteError {
  readonly reason: ImportRefusal;
  constructor(reason: ImportRefusal, options?: { cause?: unknown }) {
    super(IMPORT_REFUSALS[reason].code, IMPORT_REFUSALS[reason].message, options);
    this.reason = reason;
  }
}

export function refuseImport(reason: ImportRefusal, cause?: unknown): never {
  throw new ImportRefusedError(reason, cause === undefined ? undefined : { cause });
}
