import { saidOnSchema } from '../domain/statement';

// Interview notes often open with the day of the interview ("Dandong, 15 March 2024",
// "Date: 2024-03-15", "2024년 3월 15일"). Found there, it is offered as the statements' date: the
// reporter confirms it, nothing is set silently. Only the first lines are looked at: a date
// further down is something a source said, not when they said it.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** How many non-empty lines at the top may hold the date. */
const TOP_LINES = 3;
/** A line longer than this is prose, not a heading with a date in it. */
const MAX_LINE = 80;

export interface NotesDate {
  /** YYYY-MM-DD (or YYYY-MM when no day is given), valid for a statement's saidOn. */
  saidOn: string;
  /** The line it was found on, as typed (trimmed). */
  line: string;
  /** The line holds nothing but the date (and a "Date:" label): not a statement itself. */
  dateOnly: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(year: number, month: number, day?: number): string | null {
  const value = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return saidOnSchema.safeParse(value).success ? value : null;
}

interface Match {
  saidOn: string;
  index: number;
  length: number;
}

// Each pattern returns the date and where it sits on the line.
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  // 2024-03-15, 2024/03/15, 2024.03.15
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, read: (m) => valid(+m[1]!, +m[2]!, +m[3]!) },
  // 2024년 3월 15일, 2024년 3월
  { re: /(\d{4})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?/, read: (m) => valid(+m[1]!, +m[2]!, m[3] ? +m[3] : undefined) },
  // 15 March 2024, 15th March, 2024
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'), read: (m) => valid(+m[3]!, MONTHS[m[2]!.toLowerCase().slice(0, 3)]!, +m[1]!) },
  // March 15, 2024; March 15th 2024
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), read: (m) => valid(+m[3]!, MONTHS[m[1]!.toLowerCase().slice(0, 3)]!, +m[2]!) },
  // March 2024
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'i'), read: (m) => valid(+m[2]!, MONTHS[m[1]!.toLowerCase().slice(0, 3)]!) },
];

function dateIn(line: string): Match | null {
  for (const { re, read } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const saidOn = read(m);
    if (saidOn) return { saidOn, index: m.index, length: m[0].length };
  }
  return null;
}

/** The date the notes open with, if one of their first lines carries one. */
export function dateAtTopOfNotes(notes: string): NotesDate | null {
  const lines = notes
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, TOP_LINES);
  for (const line of lines) {
    if (line.length > MAX_LINE) continue;
    const found = dateIn(line);
    if (!found) continue;
    const rest = (line.slice(0, found.index) + line.slice(found.index + found.length))
      .replace(/^[\s#*_>-]*(?:date|when|interviewed|날짜|일시)?\s*[:：]?/i, '')
      .replace(/[\s,.;:*_()[\]-]+/g, '');
    return { saidOn: found.saidOn, line, dateOnly: rest === '' };
  }
  return null;
}
