import { ATTACHMENT_MAX_BYTES } from '../../../common/api/contract';
import { activeLocale, translate } from '../i18n/translate';

// Attachments cross the bridge as base64. Chunked, so a 25 MB file does not blow the call stack.
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(bytesToBase64(new Uint8Array(result)));
      else reject(new Error(translate('library.fileUnreadable')));
    };
    reader.onerror = () => reject(new Error(translate('library.fileUnreadable')));
    reader.readAsArrayBuffer(file);
  });
}

/** Why a picked file is refused before it is read (over the 25 MB the bridge takes), or null. */
export function oversizeMessage(file: File, what: string): string | null {
  return file.size > ATTACHMENT_MAX_BYTES ? `“${file.name}” is ${formatBytes(file.size)}. ${what} are limited to 25 MB.` : null;
}

/** "1.2 KB": the number in the interface language's format; B, KB and MB are the same everywhere. */
export function formatBytes(size: number): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(activeLocale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  if (size < 1024) return `${number(size, 0)} B`;
  if (size < 1024 * 1024) return `${number(size / 1024, size < 10 * 1024 ? 1 : 0)} KB`;
  return `${number(size / (1024 * 1024), 1)} MB`;
}
