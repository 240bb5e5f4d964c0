import type { IdentityTermKind } from '../domain/source';
import { chatFromMessages, type ChatMessage, type ParsedChat } from './chat-messages';

// Telegram Desktop's "Export chat history" in machine-readable JSON (result.json): one chat
// ({name, type, id, messages}) or a whole account ({chats: {list: [...]}}). Each message of type
// "message" becomes a candidate; service messages (joins, calls, pins) do not.

export class NotTelegramError extends Error {}

type Entity = string | { type?: unknown; text?: unknown; href?: unknown };

const ENTITY_TERMS: Record<string, IdentityTermKind> = { phone: 'phone', mention: 'handle', email: 'email' };
const NOT_INCLUDED = /^\(File (?:not included|exceeds maximum size)/;

function textOf(entities: unknown): { text: string; marked: ChatMessage['marked'] } {
  if (typeof entities === 'string') return { text: entities, marked: [] };
  if (!Array.isArray(entities)) return { text: '', marked: [] };
  let text = '';
  const marked: ChatMessage['marked'] = [];
  for (const entity of entities as Entity[]) {
    if (typeof entity === 'string') {
      text += entity;
      continue;
    }
    const piece = typeof entity?.text === 'string' ? entity.text : '';
    text += piece;
    const kind = typeof entity?.type === 'string' ? ENTITY_TERMS[entity.type] : undefined;
    if (kind && piece) marked.push({ kind, value: piece });
  }
  return { text, marked };
}

function dayOf(date: unknown): string | null {
  if (typeof date !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})T/.exec(date);
  return match ? match[1]! : null;
}

function chatsIn(data: unknown): unknown[][] {
  if (typeof data !== 'object' || data === null) throw new NotTelegramError();
  const record = data as { messages?: unknown; chats?: { list?: unknown } };
  if (Array.isArray(record.messages)) return [record.messages];
  if (Array.isArray(record.chats?.list)) {
    return record.chats.list.map((chat) => (typeof chat === 'object' && chat && Array.isArray((chat as { messages?: unknown }).messages) ? (chat as { messages: unknown[] }).messages : []));
  }
  throw new NotTelegramError();
}

/** Reads a parsed result.json; NotTelegramError when it is JSON of another shape. */
export function parseTelegram(data: unknown): ParsedChat {
  const lists = chatsIn(data);
  const messages: ChatMessage[] = [];
  let mediaOmitted = 0;
  let looked = 0;
  for (const list of lists) {
    for (const raw of list) {
      if (typeof raw !== 'object' || raw === null) continue;
      const m = raw as Record<string, unknown>;
      looked++;
      if (typeof m.id !== 'number' || typeof m.type !== 'string' || typeof m.date !== 'string') throw new NotTelegramError();
      if (m.type !== 'message') continue;
      const { text, marked } = textOf(m.text);
      const media: string[] = [];
      for (const field of ['photo', 'file'] as const) {
        const value = m[field];
        if (typeof value !== 'string' || !value) continue;
        if (NOT_INCLUDED.test(value)) mediaOmitted++;
        else media.push(value);
      }
      if (!text.trim() && media.length === 0) continue;
      messages.push({
        speaker: typeof m.from === 'string' && m.from.trim() ? m.from.trim() : null,
        speakerId: typeof m.from_id === 'string' && m.from_id ? m.from_id : null,
        saidOn: dayOf(m.date),
        text: text.trim(),
        media,
        marked,
      });
    }
  }
  if (looked === 0 && lists.every((l) => l.length > 0)) throw new NotTelegramError();
  return chatFromMessages(messages, mediaOmitted);
}
