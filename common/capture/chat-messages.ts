import { findPhoneNumbersInText } from 'libphonenumber-js';
import { IMPORT_MAX_CANDIDATES, type OfferedTerm } from '../domain/import';
import type { IdentityTermKind } from '../domain/source';

// What every messenger export becomes before review: messages with a speaker, a day and the
// media they name, and per speaker the identity terms found (their id, their number, numbers
// and handles they wrote). Terms are offered to the reporter; nothing here is a label.

export interface ChatMessage {
  speaker: string | null;
  /** The messenger's own id of the sender ("user123456"), when the export has one. */
  speakerId: string | null;
  saidOn: string | null;
  text: string;
  /** Files the message names, as the export names them (paths inside the export). */
  media: string[];
  /** Numbers, handles and addresses the message marks up as such (Telegram's entities). */
  marked: { kind: IdentityTermKind; value: string }[];
}

export interface ChatCandidate {
  text: string;
  speaker: number | null;
  saidOn: string | null;
  media: string[];
}

export interface ChatSpeaker {
  index: number;
  name: string;
  count: number;
  terms: OfferedTerm[];
}

export interface ParsedChat {
  candidates: ChatCandidate[];
  speakers: ChatSpeaker[];
  capped: { total: number; kept: number } | null;
  /** Media the export mentions but left out ("<Media omitted>", "File not included"). */
  mediaOmitted: number;
}

const HANDLE = /(?:^|[\s(])@([A-Za-z][A-Za-z0-9_]{3,31})\b/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const MAYBE_PHONE = /\+\s?\d(?:[\s().-]*\d){6}/;
const LOOKS_LIKE_PHONE = /^\+?[\d\s().-]{7,20}$/;

/** Identity terms in a piece of text: international numbers, @handles, e-mail addresses. */
export function termsInText(text: string): { kind: IdentityTermKind; value: string }[] {
  const out: { kind: IdentityTermKind; value: string }[] = [];
  // The phone scan is the costly part: only text with a run of digits long enough gets it.
  if (MAYBE_PHONE.test(text)) for (const found of findPhoneNumbersInText(text)) out.push({ kind: 'phone', value: found.number.formatInternational() });
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) out.push({ kind: 'email', value: m[0] });
  if (text.includes('@')) for (const m of text.replace(EMAIL, ' ').matchAll(HANDLE)) out.push({ kind: 'handle', value: `@${m[1]}` });
  return out;
}

/** A sender's name as an identity term: a number when it is one (WhatsApp shows unsaved contacts so). */
export function nameTerm(name: string): { kind: IdentityTermKind; value: string } {
  return LOOKS_LIKE_PHONE.test(name) && /\d{6}/.test(name.replace(/\D/g, '')) ? { kind: 'phone', value: name.trim() } : { kind: 'name', value: name.trim() };
}

/** Messages into candidates and speakers, capped at IMPORT_MAX_CANDIDATES (the cap is reported). */
export function chatFromMessages(messages: ChatMessage[], mediaOmitted: number): ParsedChat {
  const total = messages.length;
  const kept = messages.slice(0, IMPORT_MAX_CANDIDATES);
  const speakers: ChatSpeaker[] = [];
  const byKey = new Map<string, ChatSpeaker>();
  const seenTerms = new Map<ChatSpeaker, Set<string>>();
  const offer = (speaker: ChatSpeaker, term: { kind: IdentityTermKind; value: string }) => {
    const value = term.value.trim().slice(0, 300);
    const key = `${term.kind}\u0000${value.toLowerCase()}`;
    const seen = seenTerms.get(speaker)!;
    if (!value || seen.has(key) || speaker.terms.length >= 200) return;
    seen.add(key);
    speaker.terms.push({ index: speaker.terms.length, kind: term.kind, value });
  };
  const candidates = kept.map((message): ChatCandidate => {
    let speaker: ChatSpeaker | null = null;
    if (message.speaker !== null || message.speakerId !== null) {
      const key = message.speakerId ?? `name:${message.speaker}`;
      speaker = byKey.get(key) ?? null;
      if (!speaker) {
        speaker = { index: speakers.length, name: (message.speaker ?? message.speakerId ?? '').slice(0, 200), count: 0, terms: [] };
        speakers.push(speaker);
        byKey.set(key, speaker);
        seenTerms.set(speaker, new Set());
        if (message.speaker) offer(speaker, nameTerm(message.speaker));
        if (message.speakerId) offer(speaker, { kind: 'identifier', value: message.speakerId });
      }
      speaker.count++;
      for (const term of [...message.marked, ...termsInText(message.text)]) offer(speaker, term);
    }
    const text = message.text || (message.media.length > 1 ? `[${message.media.length} attachments]` : '[Attachment]');
    return { text, speaker: speaker?.index ?? null, saidOn: message.saidOn, media: message.media };
  });
  return { candidates, speakers, capped: total > kept.length ? { total, kept: kept.length } : null, mediaOmitted };
}
