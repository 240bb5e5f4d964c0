import { isParticleForm } from './search-korean';

// How a match is weighed: BM25F over the fields, prefixes a little less than whole words, near
// misses (one edit) much less. Shared by the index and by the scan that answers while it builds.

/** Per-field boosts: slot 0 is the main text (statement text, source label). */
const FIELD_BOOSTS = [2, 1, 1];
const K1 = 1.2;
const B = 0.75;

/** BM25F saturation of a word's per-field counts in a doc with those field lengths. */
export function bm25f(tf: number[], lengths: number[], averages: number[]): number {
  let w = 0;
  for (let f = 0; f < 3; f++) {
    if (!tf[f]) continue;
    const norm = averages[f]! > 0 ? 1 - B + (B * lengths[f]!) / averages[f]! : 1;
    w += (FIELD_BOOSTS[f]! * tf[f]!) / norm;
  }
  return (w * (K1 + 1)) / (w + K1);
}

/** Prefix matches count a little less the more of the word is still untyped. */
export function rangeWeight(typed: number, length: number): number {
  return typed >= length ? 1 : 0.5 + (0.5 * typed) / length;
}

/** A word matched by the typed prefix: a Korean word with only a particle after it is the word itself. */
export function prefixWeight(typed: string, word: string): number {
  return isParticleForm(typed, word) ? 1 : rangeWeight(typed.length, word.length);
}

/** True when b is at most one insertion, deletion or substitution away from a. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  // Skip the one difference (in a, in b, or in both), then the rest must be equal.
  const ia = la >= lb ? i + 1 : i;
  const ib = lb >= la ? i + 1 : i;
  if (la - ia !== lb - ib) return false;
  for (let k = 0; k < la - ia; k++) if (a.charCodeAt(ia + k) !== b.charCodeAt(ib + k)) return false;
  return true;
}
