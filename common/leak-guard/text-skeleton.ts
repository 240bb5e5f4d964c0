// Text reduced to the letters and digits that identify a person, folded for comparison
// (NFKC, case, diacritics), with a map from every kept character back to the original text.
// "Kim Jong-un", "KIM JONG UN", "kimjongun" and "Ｋｉｍ　Ｊｏｎｇ－ｕｎ" share one skeleton.

export interface Skeleton {
  text: string;
  /** For each skeleton character: [start, end) of the original characters it came from. */
  starts: Int32Array;
  ends: Int32Array;
}

const KEEP = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

function foldChar(ch: string): string {
  return ch.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ı/g, 'i');
}

export function skeletonOf(original: string): Skeleton {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    let end = i + width;
    // Keep combining marks with their base character (é written as e + ◌́).
    while (end < original.length && MARK.test(original[end]!)) end++;
    const folded = foldChar(original.slice(i, end));
    for (const ch of folded) {
      if (KEEP.test(ch)) {
        text += ch;
        starts.push(i);
        ends.push(end);
      }
    }
    i = end;
  }
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The skeleton of a term alone (no offsets needed). */
export function skeletonKey(term: string): string {
  let out = '';
  for (const ch of foldChar(term)) if (KEEP.test(ch)) out += ch;
  return out;
}
