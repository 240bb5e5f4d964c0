import type { ReactNode } from 'react';

// Words as the search index sees them: runs of letters, marks and digits.
const WORDS = /([\p{L}\p{M}\p{N}]+)/u;

function matches(word: string, terms: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return terms.some((term) => term !== '' && lower.startsWith(term));
}

/** Where a text's first matched word starts, to centre a snippet on it. */
function firstMatchOffset(text: string, terms: readonly string[]): number {
  let offset = 0;
  for (const [index, part] of text.split(WORDS).entries()) {
    if (index % 2 === 1 && matches(part, terms)) return offset;
    offset += part.length;
  }
  return -1;
}

/** A passage of at most `max` characters around the first match, cut at word boundaries. */
export function snippet(text: string, terms: readonly string[], max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const at = Math.max(0, firstMatchOffset(flat, terms));
  let start = Math.max(0, at - Math.floor(max / 3));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + max);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** The text with every word that starts with a matched term wrapped in <mark>. Plain React nodes, no HTML. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }): ReactNode {
  if (terms.length === 0) return text;
  const lowered = terms.map((term) => term.toLowerCase());
  return text.split(WORDS).map((part, index) =>
    index % 2 === 1 && matches(part, lowered) ? <mark key={index}>{part}</mark> : part,
  );
}
