// Turns pasted interview notes (plain text or Markdown) into candidate statements, for the
// reporter to review before anything is saved.

export type SplitMode = 'auto' | 'paragraph' | 'speaker';

export interface NoteChunk {
  text: string;
  /** The "Name:" prefix the chunk was spoken under, or null. */
  speaker: string | null;
}

export interface SplitResult {
  mode: 'paragraph' | 'speaker';
  chunks: NoteChunk[];
  /** Distinct speakers in order of first appearance, for mapping to sources. */
  speakers: string[];
}

// "Kim:", "**Source A:**", "Q:", "김철수:", "Zhang Wei (trader):" — a short name, then a colon.
const SPEAKER = /^\s*(?:[*_]{1,2})?([\p{L}\p{M}][\p{L}\p{M}\p{N} .'’()-]{0,38}?)(?:[*_]{1,2})?\s*[:：](?:[*_]{1,2})?\s+(.*)$/u;
const NOT_SPEAKERS = /^(https?|ftp|mailto|note|notes|re|fwd|subject|date|time|tel|phone|email|e-mail)$/i;
// "At 10:", "See also:", "The plan:" read as prose, not as someone speaking.
const PROSE_START = /^(at|on|in|by|see|from|to|the|a|an|and|but|so|then|also|update|summary|question|answer)$/i;

function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_]+)[*_](?=[^*\w]|$)/g, '$1$2');
}

function normalizeSpaces(text: string): string {
  return text.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
}

function speakerOf(line: string): { speaker: string; rest: string } | null {
  const match = SPEAKER.exec(line);
  if (!match) return null;
  const speaker = match[1]!.trim();
  const words = speaker.split(/\s+/);
  if (words.length > 4 || NOT_SPEAKERS.test(words.at(-1)!) || (words.length > 1 && PROSE_START.test(words[0]!))) return null;
  return { speaker, rest: match[2]!.trim() };
}

function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').filter((l) => l.trim() !== '' && !/^\s*([-*_])\1{2,}\s*$/.test(l)))
    .filter((p) => p.length > 0);
}

export function splitNotes(text: string, mode: SplitMode = 'auto'): SplitResult {
  const blocks = paragraphs(text);
  const speakerLines = blocks.flat().filter((l) => speakerOf(l) !== null).length;
  const chosen = mode === 'auto' ? (speakerLines >= 2 ? 'speaker' : 'paragraph') : mode;

  if (chosen === 'paragraph') {
    const chunks = blocks
      .map((lines) => normalizeSpaces(lines.map(stripMarkdown).join('\n')))
      .filter(Boolean)
      .map((t) => ({ text: t, speaker: null }));
    return { mode: 'paragraph', chunks, speakers: [] };
  }

  // Speaker mode: each turn ("Name: …" up to the next "Name:") is one statement.
  const chunks: NoteChunk[] = [];
  let current: { speaker: string | null; lines: string[] } | null = null;
  const flush = () => {
    if (current) {
      const t = normalizeSpaces(current.lines.join('\n'));
      if (t) chunks.push({ text: t, speaker: current.speaker });
    }
    current = null;
  };
  for (const block of blocks) {
    for (const raw of block) {
      const line = stripMarkdown(raw);
      const turn = speakerOf(raw) ?? speakerOf(line);
      if (turn) {
        flush();
        current = { speaker: turn.speaker, lines: [turn.rest] };
      } else if (current) {
        current.lines.push(line);
      } else {
        current = { speaker: null, lines: [line] };
      }
    }
    // A blank line ends an unattributed paragraph but not a speaker's turn.
    if (current && (current as { speaker: string | null }).speaker === null) flush();
    else if (current) (current as { lines: string[] }).lines.push('');
  }
  flush();
  const speakers = [...new Set(chunks.map((c) => c.speaker).filter((s): s is string => s !== null))];
  return { mode: 'speaker', chunks, speakers };
}
