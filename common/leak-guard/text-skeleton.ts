// Text reduced to the letters and digits that identify a person, folded for comparison
// (NFKC, case, diacritics), with a map from every kept code unit back to the original text.
// "Kim Jong-un", "KIM JONG UN", "kimjongun" and "Ｋｉｍ Ｊｏｎｇ－ｕｎ" (full-width) share one skeleton.

export interface Skeleton {
  text: string;
  /** For each skeleton code unit: [start, end) of the original characters it came from. */
  starts: Int32Array;
  ends: Int32Array;
}

const KEEP = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const fold = new Map<string, string>();

/** Folds one character (with its combining marks); cached, since text repeats characters. */
function foldChar(ch: string): string {
  let folded = fold.get(ch);
  if (folded === undefined) {
    folded = '';
    for (const c of ch.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ı/g, 'i')) {
      if (KEEP.test(c)) folded += c;
    }
    if (fold.size < 20_000) fold.set(ch, folded);
  }
  return folded;
}

export function skeletonOf(original: string): Skeleton {
  const n = original.length;
  // Folding can lengthen a character (ß → ss, ﬁ → fi): room for that, trimmed at the end.
  let capacity = n + 16;
  let codes = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let k = 0;
  const grow = () => {
    capacity *= 2;
    const c = new Uint16Array(capacity); c.set(codes); codes = c;
    const s = new Int32Array(capacity); s.set(starts); starts = s;
    const e = new Int32Array(capacity); e.set(ends); ends = e;
  };
  let i = 0;
  while (i < n) {
    let code = original.charCodeAt(i);
    const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    // ASCII fast path (most copy), unless a combining mark follows the character.
    if (code < 128 && !(next >= 0x300 && MARK.test(original[i + 1]!))) {
      if (code >= 65 && code <= 90) code += 32;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        if (k >= capacity) grow();
        codes[k] = code;
        starts[k] = i;
        ends[k] = i + 1;
        k++;
      }
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    let end = i + width;
    while (end < n && MARK.test(original[end]!)) end++;
    const folded = foldChar(original.slice(i, end));
    for (let j = 0; j < folded.length; j++) {
      if (k >= capacity) grow();
      codes[k] = folded.charCodeAt(j);
      starts[k] = i;
      ends[k] = end;
      k++;
    }
    i = end;
  }
  let text = '';
  for (let c = 0; c < k; c += 8192) {
    text += String.fromCharCode.apply(null, codes.subarray(c, Math.min(k, c + 8192)) as unknown as number[]);
  }
  return { text, starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** The skeleton of a term alone (no offsets needed). */
export function skeletonKey(term: string): string {
  return skeletonOf(term).text;
}
