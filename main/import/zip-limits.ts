import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { ImportRefusedError, refuseImport } from './import-refusals';

// Opens a zip (a .docx is one; so is WhatsApp's export with media) within budgets, before any
// library parses it: entry count, each entry's declared size and ratio, and the bytes actually
// inflated, counted as they come out in small steps, so a zip bomb stops at the budget whatever
// its headers claim. What passes is held in memory, entry by entry.

export interface ZipBudget {
  maxEntries: number;
  /** All entries together, inflated. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed, for entries over 1 MiB inflated (small XML parts may compress well). */
  maxRatio: number;
}

const STEP = 16 * 1024;
const RATIO_FLOOR = 1024 * 1024;

export function readZip(bytes: Uint8Array, budget: ZipBudget): Map<string, Uint8Array> {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || !hasEndRecord(bytes)) refuseImport('DAMAGED');
  const entries = new Map<string, Uint8Array>();
  let count = 0;
  let finished = 0;
  let total = 0;
  const unzip = new Unzip((file) => {
    if (++count > budget.maxEntries) refuseImport('TOO_MANY_PARTS');
    const declared = file.originalSize ?? 0;
    const compressed = file.size ?? 0;
    if (declared > budget.maxTotalBytes || total + declared > budget.maxTotalBytes) refuseImport('ZIP_BOMB');
    // Sizes written after the data (a data descriptor) are unknown here: the total budget still holds.
    if (compressed > 0 && declared > RATIO_FLOOR && declared / compressed > budget.maxRatio) refuseImport('ZIP_BOMB');
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) {
        if (error instanceof ImportRefusedError) throw error; // our own refusal, handed back by fflate
        refuseImport('DAMAGED', error);
      }
      size += chunk.length;
      total += chunk.length;
      if (total > budget.maxTotalBytes || (declared > 0 && size > declared + STEP) || (compressed > 0 && size > RATIO_FLOOR && size / compressed > budget.maxRatio)) refuseImport('ZIP_BOMB');
      chunks.push(chunk);
      if (final) {
        finished++;
        entries.set(file.name, concat(chunks, size));
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length; at += STEP) unzip.push(bytes.subarray(at, Math.min(bytes.length, at + STEP)), at + STEP >= bytes.length);
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    refuseImport('DAMAGED', error);
  }
  if (count === 0 || finished !== count) refuseImport('DAMAGED');
  return entries;
}

/** The end-of-central-directory record, within the last 64 KiB (a cut-off copy has none). */
function hasEndRecord(bytes: Uint8Array): boolean {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return true;
  }
  return false;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
