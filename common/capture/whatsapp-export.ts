import { chatFromMessages, type ChatMessage, type ParsedChat } from './chat-messages';

// WhatsApp's "Export chat" text, as phones in several locales write it:
//   [15/01/2024, 09:05:12] Kim: …        (iOS)       1/15/24, 9:05 AM - Kim: …   (Android, US)
//   15.01.24, 09:05 - Kim: …             (German)     15/01/2024 à 09:05 - Kim: … (French)
// A line that does not start with a date continues the message before it. Lines with a date
// but no "Name: " are WhatsApp's own notices (encryption, joins) and are left out.

export type DateOrder = 'day-month' | 'month-day';

const HEADER =
  /^[\u200e\u200f\u202a-\u202e]*\[?(\d{1,4})([./-])(\d{1,2})\2(\d{2,4}),?\s+(?:à\s+|um\s+|kl\.\s+|alle\s+)?(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?:\s*[\u202f\u00a0]?([AaPp])\.?\s?[Mm]\.?)?\]?(?:\s+[-–]\s+|\s+)(.*)$/;
const OMITTED = /^[\u200e]?<(?:Media omitted|Medien ausgeschlossen|Médias omis|Multimedia omitido|Mídia oculta|Media weggelaten|Media omessi)>$/i;
const ATTACHED_IOS = /[\u200e]?<(?:attached|Anhang|pièce jointe|adjunto|allegato): ([^>]+)>/gi;
const ATTACHED_ANDROID = /^[\u200e]?(.+?\.\w{2,5}) \((?:file attached|Datei angehängt|fichier joint|archivo adjunto|file allegato|arquivo anexado)\)$/i;

interface Line {
  a: number;
  b: number;
  year: number;
  sep: string;
  ampm: boolean;
  rest: string;
}

export function looksLikeWhatsApp(text: string): boolean {
  const lines = text.split(/\r?\n/, 20);
  return lines.some((line) => HEADER.test(line) && / [^:]{1,80}: /.test(line));
}

/** Settles D/M against M/D over the whole file: a day over 12 decides; otherwise the locale's habits. */
function dateOrderOf(lines: Line[]): { read: DateOrder; certain: boolean } {
  if (lines.some((l) => l.a > 12)) return { read: 'day-month', certain: true };
  if (lines.some((l) => l.b > 12)) return { read: 'month-day', certain: true };
  if (lines.some((l) => l.sep === '.')) return { read: 'day-month', certain: false };
  return { read: lines.some((l) => l.ampm) ? 'month-day' : 'day-month', certain: false };
}

function dayOf(line: Line, order: DateOrder, isoFirst: boolean): string | null {
  const year = line.year < 100 ? 2000 + line.year : line.year;
  const [y, m, d] = isoFirst ? [line.a, line.b, line.year] : order === 'day-month' ? [year, line.b, line.a] : [year, line.a, line.b];
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseWhatsApp(text: string): ParsedChat & { dateOrder: { read: DateOrder; certain: boolean } } {
  const entries: { line: Line; continued: string[] }[] = [];
  for (const raw of text.replace(/^\ufeff/, '').split(/\r?\n/)) {
    const match = HEADER.exec(raw);
    if (match) {
      const line: Line = { a: Number(match[1]), sep: match[2]!, b: Number(match[3]), year: Number(match[4]), ampm: match[7] !== undefined, rest: match[8]! };
      entries.push({ line, continued: [] });
    } else if (entries.length > 0) {
      entries.at(-1)!.continued.push(raw);
    }
  }
  const isoFirst = entries.length > 0 && entries.every((e) => e.line.a > 31);
  const order = isoFirst ? { read: 'day-month' as const, certain: true } : dateOrderOf(entries.map((e) => e.line));
  const messages: ChatMessage[] = [];
  let mediaOmitted = 0;
  for (const { line, continued } of entries) {
    const colon = line.rest.indexOf(': ');
    if (colon <= 0) continue; // a notice of WhatsApp's own
    const speaker = line.rest.slice(0, colon).replace(/[\u200e\u200f\u202a-\u202e]/g, '').trim();
    let body = [line.rest.slice(colon + 2), ...continued].join('\n').trim();
    const media: string[] = [];
    if (OMITTED.test(body)) {
      mediaOmitted++;
      continue;
    }
    body = body.replace(ATTACHED_IOS, (_, name: string) => {
      media.push(name.trim());
      return '';
    });
    const android = ATTACHED_ANDROID.exec(body.split('\n')[0] ?? '');
    if (android) {
      media.push(android[1]!.trim());
      body = body.split('\n').slice(1).join('\n');
    }
    body = body.replace(/\u200e/g, '').trim();
    if (!body && media.length === 0) continue;
    messages.push({ speaker: speaker || null, speakerId: null, saidOn: dayOf(line, order.read, isoFirst), text: body, media, marked: [] });
  }
  return { ...chatFromMessages(messages, mediaOmitted), dateOrder: order };
}
