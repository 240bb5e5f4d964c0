// Does a quote in the draft still say what the source said? Compared after normalizing quote
// marks, whitespace and the punctuation a quotation changes at its end ("…today." → "…today,").

export function normalizeQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[“”„‟«»"]/g, '"')
    .replace(/[‘’‚‛‹›']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .replace(/[\s.,;:!?…]+$/u, '')
    .trim();
}

export function quoteMatches(quoted: string, original: string): boolean {
  return normalizeQuote(quoted) === normalizeQuote(original);
}

export type WordChange = { type: 'same' | 'added' | 'removed'; text: string };

/** Word-by-word difference from the original to the quote (LCS over words). */
export function diffWords(original: string, quoted: string): WordChange[] {
  const a = normalizeQuote(original).split(' ').filter(Boolean);
  const b = normalizeQuote(quoted).split(' ').filter(Boolean);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: WordChange[] = [];
  const push = (type: WordChange['type'], text: string) => {
    const last = out.at(-1);
    if (last && last.type === type) last.text += ` ${text}`;
    else out.push({ type, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < n) push('removed', a[i++]!);
  while (j < m) push('added', b[j++]!);
  return out;
}

/** The sentence a "quote" insertion writes: “…,” said <attribution>. */
export function quoteSentenceParts(statementText: string): { opening: string; quoted: string; closing: string } {
  const trimmed = statementText.trim();
  const quoted = trimmed.replace(/[.!]+$/u, '');
  const endsWithQuestion = /[?]$/.test(trimmed);
  return { opening: '“', quoted: endsWithQuestion ? quoted : quoted, closing: endsWithQuestion ? '” ' : ',” ' };
}
