import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ATTACHMENT_MAX_BYTES } from '../../common/api/contract';
import type { ParsedChat } from '../../common/capture/chat-messages';
import { NotTelegramError, parseTelegram } from '../../common/capture/telegram-export';
import { looksLikeWhatsApp, parseWhatsApp } from '../../common/capture/whatsapp-export';
import type { ImportPurpose, ImportWarnings } from '../../common/domain/import';
import type { Platform } from '../service/platform';
import { refuseImport } from './import-refusals';
import { mediaTypeOf } from './media-types';
import type { PendingCandidate, PendingImport, PendingMedia } from './pending-import';
import { wordCandidates } from './word-candidates';
import { WORD_MAX_BYTES, readWord } from './word-read';
import { wordDraft } from './word-html';
import { readZip } from './zip-limits';

// Picks the file with main's own dialog, checks its size before reading it, tells the formats
// apart by their bytes, and parses it into a pending import. The renderer never names a path.

export const TELEGRAM_MAX_BYTES = 128 * 1024 * 1024;
export const WHATSAPP_TEXT_MAX_BYTES = 64 * 1024 * 1024;
export const WHATSAPP_ZIP_MAX_BYTES = 200 * 1024 * 1024;
const WHATSAPP_ZIP_BUDGET = { maxEntries: 20_000, maxTotalBytes: 400 * 1024 * 1024, maxRatio: 200 };

const FILTERS = {
  statements: [{ name: 'Word document or messenger export', extensions: ['docx', 'json', 'txt', 'zip'] }],
  draft: [{ name: 'Word document', extensions: ['docx'] }],
};

const MAX_BY_EXTENSION: Record<string, number> = { docx: WORD_MAX_BYTES, json: TELEGRAM_MAX_BYTES, txt: WHATSAPP_TEXT_MAX_BYTES, zip: WHATSAPP_ZIP_MAX_BYTES };

const noWarnings = (): ImportWarnings => ({ metadata: [], comments: [], changes: [], capped: null, dateOrder: null, mediaSkipped: 0 });

export async function pickAndRead(platform: Platform, purpose: ImportPurpose, newId: () => string): Promise<PendingImport | null> {
  const picked = await platform.pickOpenFile({ title: purpose === 'draft' ? 'Choose a Word document' : 'Choose a Word document or a messenger export', filters: FILTERS[purpose] });
  if (!picked) return null;
  const ext = path.extname(picked).slice(1).toLowerCase();
  let stat;
  try {
    stat = await fs.stat(picked);
  } catch (error) {
    refuseImport('DAMAGED', error);
  }
  if (!stat.isFile()) refuseImport('UNSUPPORTED');
  if (stat.size > (MAX_BY_EXTENSION[ext] ?? WORD_MAX_BYTES)) refuseImport('TOO_LARGE');
  const bytes = new Uint8Array(await fs.readFile(picked));
  return readImportBytes(bytes, { path: picked, purpose, id: newId() });
}

/** Parses bytes main has read (tests and the bench call this directly with their own files). */
export async function readImportBytes(bytes: Uint8Array, at: { path: string; purpose: ImportPurpose; id: string }): Promise<PendingImport> {
  const base = { id: at.id, path: at.path, purpose: at.purpose, saved: false };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  const ext = path.extname(at.path).toLowerCase();
  if (at.purpose === 'draft' || ext === '.docx' || isOle || (isZip && ext !== '.zip')) {
    const word = await readWord(bytes);
    const warnings = { ...noWarnings(), ...word.warnings };
    if (at.purpose === 'draft') {
      const draft = wordDraft(word.html);
      const imageData = draft.images.flatMap((n) => (word.images[n] ? [wordImage(word.images[n], n)] : []));
      return { ...base, origin: 'word', candidates: [], speakers: [], draft: { ...draft, imageData }, warnings };
    }
    const { candidates, speakers, capped } = wordCandidates(word.html, word.images.map((img, n) => wordImage(img, n)));
    if (candidates.length === 0) refuseImport('EMPTY');
    return { ...base, origin: 'word', candidates, speakers, draft: null, warnings: { ...warnings, capped } };
  }
  if (isZip) return whatsAppArchive(bytes, base);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (ext === '.json' || /^\s*[{[]/.test(text.slice(0, 100))) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      refuseImport(ext === '.json' ? 'DAMAGED' : 'UNSUPPORTED', error);
    }
    let chat: ParsedChat;
    try {
      chat = parseTelegram(data);
    } catch (error) {
      if (error instanceof NotTelegramError) refuseImport('NOT_TELEGRAM');
      throw error;
    }
    return fromChat(chat, { ...base, origin: 'telegram' }, (name) => telegramMedia(at.path, name), null);
  }
  if (!looksLikeWhatsApp(text)) refuseImport('NOT_WHATSAPP');
  const chat = parseWhatsApp(text);
  return fromChat(chat, { ...base, origin: 'whatsapp' }, async () => null, chat.dateOrder);
}

function wordImage(image: { mimeType: string; data: Uint8Array }, n: number): PendingMedia {
  const ext = image.mimeType.split('/')[1]?.replace(/^x-/, '').replace('jpeg', 'jpg') ?? 'bin';
  return { name: `image-${n + 1}.${ext}`, mimeType: image.mimeType, size: image.data.length, load: async () => image.data };
}

async function whatsAppArchive(bytes: Uint8Array, base: Pick<PendingImport, 'id' | 'path' | 'purpose' | 'saved'>): Promise<PendingImport> {
  const entries = readZip(bytes, WHATSAPP_ZIP_BUDGET);
  const chatName = [...entries.keys()].find((n) => /(^|\/)_chat\.txt$/i.test(n)) ?? [...entries.keys()].find((n) => /\.txt$/i.test(n));
  if (!chatName) refuseImport('NOT_WHATSAPP');
  const text = new TextDecoder().decode(entries.get(chatName));
  if (!looksLikeWhatsApp(text)) refuseImport('NOT_WHATSAPP');
  const byBase = new Map([...entries].map(([name, data]) => [path.posix.basename(name), data]));
  const chat = parseWhatsApp(text);
  return fromChat(chat, { ...base, origin: 'whatsapp' }, async (name) => {
    const data = byBase.get(path.posix.basename(name));
    return data && data.length <= ATTACHMENT_MAX_BYTES ? { name: path.posix.basename(name), mimeType: mediaTypeOf(name), size: data.length, load: async () => data } : null;
  }, chat.dateOrder);
}

/** A file a Telegram export names, inside the export's own folder only (never ../ or absolute). */
async function telegramMedia(exportFile: string, name: string): Promise<PendingMedia | null> {
  const folder = path.dirname(exportFile);
  const file = path.resolve(folder, name);
  if (path.isAbsolute(name) || !file.startsWith(folder + path.sep)) return null;
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile() || stat.size > ATTACHMENT_MAX_BYTES) return null;
  return { name: path.basename(file), mimeType: mediaTypeOf(file), size: stat.size, load: async () => new Uint8Array(await fs.readFile(file)) };
}

async function fromChat(
  chat: ParsedChat,
  base: Pick<PendingImport, 'id' | 'path' | 'purpose' | 'saved' | 'origin'>,
  media: (name: string) => Promise<PendingMedia | null>,
  dateOrder: ImportWarnings['dateOrder'],
): Promise<PendingImport> {
  if (chat.candidates.length === 0) refuseImport(base.origin === 'telegram' ? 'EMPTY' : 'NOT_WHATSAPP');
  let mediaSkipped = chat.mediaOmitted;
  const candidates: PendingCandidate[] = [];
  for (const c of chat.candidates) {
    const found: PendingMedia[] = [];
    for (const name of c.media) {
      const m = await media(name);
      if (m) found.push(m);
      else mediaSkipped++;
    }
    candidates.push({ text: c.text.slice(0, 50_000), speaker: c.speaker, saidOn: c.saidOn, media: found });
  }
  return { ...base, candidates, speakers: chat.speakers, draft: null, warnings: { ...noWarnings(), capped: chat.capped, dateOrder, mediaSkipped } };
}
