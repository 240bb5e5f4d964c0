import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, normalizeQuote, type WordChange } from '../../common/attribution/quote-fidelity';

// The word diff a reporter and an editor see under an altered quote: the same as the full LCS
// table on everyday quotes, bounded on huge ones (a review copy from a contact reaches it too).

/** The diff as it was before the bound: the full LCS table, walked from the start. */
function referenceDiff(original: string, quoted: string): WordChange[] {
  const a = normalizeQuote(original).split(' ').filter(Boolean);
  const b = normalizeQuote(quoted).split(' ').filter(Boolean);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const out: WordChange[] = [];
  const push = (type: WordChange['type'], text: string) => {
    const last = out.at(-1);
    if (last && last.type === type) last.text += ` ${text}`;
    else out.push({ type, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return out;
}

const sideOf = (changes: WordChange[], skip: WordChange['type']) => changes.filter((c) => c.type !== skip).map((c) => c.text).join(' ');
const sameWords = (changes: WordChange[]) => changes.filter((c) => c.type === 'same').reduce((n, c) => n + c.text.split(' ').length, 0);

describe('quote word diff', () => {
  it('shows everyday quotes exactly as the full table does', () => {
    const word = fc.constantFrom('the', 'border', 'guards', 'agents', 'said', '“we', 'left.”', 'Prices', 'fell', '‘sharply’,', '…', 'today.');
    const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (original, quoted) => {
        expect(diffWords(original, quoted)).toEqual(referenceDiff(original, quoted));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the shortest difference on long quotes past the full table', () => {
    const words = Array.from({ length: 1_500 }, (_, i) => `w${(i * 7919) % 13}`);
    const quoted = [...words];
    quoted.splice(1_200, 2, 'smuggled', 'in');
    quoted.splice(40, 0, 'reportedly');
    const changes = diffWords(words.join(' '), quoted.join(' '));
    expect(sideOf(changes, 'added')).toBe(words.join(' '));
    expect(sideOf(changes, 'removed')).toBe(quoted.join(' '));
    expect(sameWords(changes)).toBe(words.length - 2);
    const count = (type: WordChange['type']) => changes.filter((c) => c.type === type).reduce((n, c) => n + c.text.split(' ').length, 0);
    expect([count('removed'), count('added')]).toEqual([2, 3]);
  });

  it('shows a huge rewritten quote as changed instead of building the table', () => {
    // 16k words of statement against a 60k-word "quote": the full table needed ~4 GB.
    const statement = Array.from({ length: 16_000 }, (_, i) => `s${i % 977}`).join(' ');
    const quote = `We left. ${Array.from({ length: 60_000 }, (_, i) => `q${i % 991}`).join(' ')}`;
    const changes = diffWords(`We left. ${statement}`, quote);
    expect(changes.map((c) => c.type)).toEqual(['same', 'removed', 'added']);
    expect(changes[0]!.text).toBe('We left.');
    expect(changes[1]!.text.split(' ')).toHaveLength(16_000);
    expect(changes[2]!.text.split(' ')).toHaveLength(60_000);
  });

  it('shares one budget: once spent, further quotes show as changed', () => {
    const budget = { work: 1 };
    expect(diffWords('a b c d', 'a x c d', budget)).toEqual([{ type: 'same', text: 'a' }, { type: 'removed', text: 'b c d' }, { type: 'added', text: 'x c d' }]);
  });

  it('normalizes a long run of punctuation in linear time (no end-anchored regex)', () => {
    const dots = `x ${'.'.repeat(200_000)} y`;
    expect(normalizeQuote(`“${dots}.”`)).toBe(dots);
    expect(normalizeQuote(' “Prices fell ‘sharply’ today.” ')).toBe("Prices fell 'sharply' today");
  });
});
