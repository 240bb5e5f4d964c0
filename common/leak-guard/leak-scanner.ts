import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { IdentityTermKind } from '../domain/source';
import { AhoCorasick } from './aho-corasick';
import { COMMON_SURNAMES, COMMON_WORDS } from './common-names';
import { skeletonKey, skeletonOf } from './text-skeleton';

// The leak scanner (DESIGN §5): finds any source's identity in a text, whatever the spelling,
// spacing, case, accents, width or script, in one pass over the text.

export type Severity = 'high' | 'medium' | 'low';

export interface IdentityTermInput {
  sourceId: string;
  kind: IdentityTermKind;
  value: string;
  isPublic: boolean;
  /**
   * Regions (ISO 3166 codes) a phone written in national format may belong to: inferred from
   * the number, the source's label and the newsroom (phone-regions.ts). Ignored for other kinds.
   */
  regions?: readonly string[];
}

export type MatchPart = 'full' | 'name-part' | 'surname' | 'phone' | 'email-user';

export interface LeakFinding {
  start: number;
  end: number;
  /** The text as written in the document (never the identity term itself). */
  matched: string;
  sourceId: string;
  termKind: IdentityTermKind;
  part: MatchPart;
  severity: Severity;
  isPublic: boolean;
}

interface Pattern {
  key: string;
  sourceId: string;
  kind: IdentityTermKind;
  part: MatchPart;
  severity: Severity;
  isPublic: boolean;
}

const SCRIPT_TESTS: [string, RegExp][] = [
  ['digit', /\p{N}/u],
  ['han', /\p{Script=Han}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['letter', /\p{L}/u],
];
function scriptOf(ch: string | undefined): string | null {
  if (!ch) return null;
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 48 && code <= 57) return 'digit';
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'letter' : null;
  }
  for (const [name, test] of SCRIPT_TESTS) if (test.test(ch)) return name;
  return null;
}
const SPACELESS = new Set(['han', 'hangul', 'kana']);

/**
 * Every digit string a phone may be printed as: national (with and without the trunk 0) and
 * international (+CC and 00CC, with and without the trunk 0 people often keep after the code).
 * A number typed in national format is read in each region it may belong to.
 */
function phonePatterns(value: string, regions: readonly string[] = []): string[] {
  const digits = value.replace(/\D/g, '');
  const keys = new Set<string>();
  const international = value.trim().startsWith('+') || value.trim().startsWith('00');
  const readings = international ? [parsePhoneNumberFromString(value.trim().replace(/^00/, '+'))] : [...new Set([...regions, 'US'])].filter((r) => isSupportedCountry(r)).map((region) => parsePhoneNumberFromString(value, region as CountryCode));
  for (const parsed of readings) {
    if (!parsed || (!international && !parsed.isPossible())) continue;
    const cc = parsed.countryCallingCode;
    const nsn = String(parsed.nationalNumber);
    for (const national of [nsn, `0${nsn}`]) keys.add(national);
    for (const prefix of [cc, `00${cc}`]) for (const national of [nsn, `0${nsn}`]) keys.add(`${prefix}${national}`);
  }
  if (digits.length >= 6) keys.add(digits);
  return [...keys].filter((k) => k.length >= 6);
}

function patternsFor(term: IdentityTermInput): Pattern[] {
  const base = { sourceId: term.sourceId, kind: term.kind, isPublic: term.isPublic };
  const severity = (s: Severity): Severity => (term.isPublic ? 'low' : s);
  const full = skeletonKey(term.value);
  const out: Pattern[] = [];
  const add = (key: string, part: MatchPart, s: Severity) => {
    const spaceless = [...key].some((ch) => SPACELESS.has(scriptOf(ch) ?? ''));
    if (key.length >= (spaceless ? 2 : 3)) out.push({ ...base, key, part, severity: severity(s) });
  };
  switch (term.kind) {
    case 'phone':
      for (const key of phonePatterns(term.value, term.regions)) out.push({ ...base, key, part: 'phone', severity: severity('high') });
      break;
    case 'email': {
      add(full, 'full', 'high');
      const user = skeletonKey(term.value.split('@')[0] ?? '');
      if (user.length >= 4) add(user, 'email-user', 'medium');
      break;
    }
    case 'handle':
      add(skeletonKey(term.value.replace(/^@+/, '')), 'full', 'high');
      break;
    case 'name':
    case 'alias':
    case 'romanization': {
      add(full, 'full', 'high');
      const words = term.value.split(/[\s,]+/).filter(Boolean);
      if (words.length > 1) {
        for (const word of words) {
          const key = skeletonKey(word);
          if (key === full || COMMON_WORDS.has(key)) continue;
          add(key, COMMON_SURNAMES.has(key) ? 'surname' : 'name-part', COMMON_SURNAMES.has(key) ? 'low' : 'medium');
        }
      } else if ([...full].length === 3 && /^\p{Script=Hangul}+$/u.test(full)) {
        // A Korean name written as one word: the given name alone is a weak signal.
        add(full.slice(1), 'name-part', 'low');
      }
      break;
    }
    default:
      if (full.length >= 4) add(full, 'full', 'high');
  }
  return out;
}

/** Compiled once per set of identity terms (rebuilt when identities change). */
export class LeakScanner {
  private readonly patterns: Pattern[];
  private readonly matcher: AhoCorasick;

  constructor(terms: readonly IdentityTermInput[]) {
    const seen = new Map<string, Pattern>();
    for (const term of terms) {
      for (const p of patternsFor(term)) {
        const id = `${p.sourceId}\u0000${p.key}`;
        const existing = seen.get(id);
        // One pattern per source and spelling; the strongest reading wins.
        if (!existing || rank(p.severity) > rank(existing.severity)) seen.set(id, p);
      }
    }
    this.patterns = [...seen.values()];
    this.matcher = new AhoCorasick(this.patterns.map((p) => p.key));
  }

  get patternCount(): number {
    return this.patterns.length;
  }

  scan(text: string): LeakFinding[] {
    const skeleton = skeletonOf(text);
    const raw: LeakFinding[] = [];
    this.matcher.search(skeleton.text, (index, s, e) => {
      const pattern = this.patterns[index]!;
      const start = skeleton.starts[s]!;
      const end = skeleton.ends[e - 1]!;
      if (!atBoundary(text, start, end)) return;
      // A whole e-mail address written out ("j.k.l@mail.com") is a guess of that address, not a spelling.
      if (spelledOut(text, start, end) && !(pattern.kind === 'email' && pattern.part === 'full' && text.slice(start, end).includes('@'))) return;
      raw.push({ start, end, matched: text.slice(start, end), sourceId: pattern.sourceId, termKind: pattern.kind, part: pattern.part, severity: pattern.severity, isPublic: pattern.isPublic });
    });
    return dedupe(raw);
  }
}

const rank = (s: Severity) => (s === 'high' ? 3 : s === 'medium' ? 2 : 1);

/** A match must not be the middle of a longer word of the same script ("Liu" in "Paulius"). */
function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text[index - 1];
}

/** ASCII: 'digit', 'letter' or null (punctuation, space); undefined when the character is not ASCII. */
function asciiScript(code: number): string | null | undefined {
  if (code >= 128 || Number.isNaN(code)) return undefined;
  if (code >= 48 && code <= 57) return 'digit';
  return (code | 32) >= 97 && (code | 32) <= 122 ? 'letter' : null;
}

function atBoundary(text: string, start: number, end: number): boolean {
  // Most copy is ASCII: the four characters that decide are read without building strings.
  const first = asciiScript(text.charCodeAt(start));
  const last = asciiScript(text.charCodeAt(end - 1));
  const before = start > 0 ? asciiScript(text.charCodeAt(start - 1)) : null;
  const after = end < text.length ? asciiScript(text.charCodeAt(end)) : null;
  if (first !== undefined && last !== undefined && before !== undefined && after !== undefined) {
    const clashes = (neighbour: string | null, own: string | null) => !!neighbour && !!own;
    return !clashes(before, first) && !clashes(after, last);
  }
  return atBoundaryAnyScript(text, start, end);
}

function atBoundaryAnyScript(text: string, start: number, end: number): boolean {
  const firstChar = String.fromCodePoint(text.codePointAt(start)!);
  const lastChar = charBefore(text, end)!;
  const before = charBefore(text, start);
  const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : undefined;
  const firstScript = scriptOf(firstChar);
  const lastScript = scriptOf(lastChar);
  const clash = (neighbour: string | undefined, own: string | null) => {
    const script = scriptOf(neighbour);
    if (!script || !own) return false;
    if (SPACELESS.has(own) && SPACELESS.has(script)) return false; // no spaces between CJK words
    return script === own || (script === 'letter' && own === 'digit') || (script === 'digit' && own === 'letter');
  };
  return !clash(before, firstScript) && !clash(after, lastScript);
}

/**
 * A match spelled out of single Latin letters or digits, each standing alone between spaces or
 * punctuation ("k i m j o n g"): the skeleton drops the spaces, so such a text would spell any
 * name with no name list at all. Three lone characters in a row, or a match made only of lone
 * characters, is not a match. Initials stay ("J. K. Rowling"), and a Hangul or Hanzi syllable is
 * a whole word ("김 영수", "王 芳").
 */
function spelledOut(text: string, start: number, end: number): boolean {
  let run = 0;
  let longest = 0;
  let tokens = 0;
  let lone = 0;
  let i = start;
  while (i < end) {
    const kind = latinKind(text, i);
    if (!kind) {
      i += 1;
      continue;
    }
    let length = 0;
    while (i < end && latinKind(text, i) === kind) {
      length++;
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      while (i < end && text.charCodeAt(i) >= 0x300 && /\p{M}/u.test(text[i]!)) i++;
    }
    tokens++;
    if (length === 1) {
      lone++;
      run++;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  return longest >= 3 || (tokens >= 2 && lone === tokens);
}

/** Hangul letters that are not syllables (conjoining and compatibility jamo): they spell, like Latin letters. */
const JAMO = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff]/u;

/**
 * 'letter' or 'digit' for a Latin-script letter, a Hangul jamo or a digit at `i`; null for
 * anything else (a Hangul syllable or a Hanzi is a word of its own).
 */
function latinKind(text: string, i: number): 'letter' | 'digit' | null {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 48 && code <= 57 ? 'digit' : (code | 32) >= 97 && (code | 32) <= 122 ? 'letter' : null;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  const script = scriptOf(ch);
  if (script === 'digit') return 'digit';
  if (JAMO.test(ch)) return 'letter';
  return script === 'letter' && /\p{Script=Latin}/u.test(ch) ? 'letter' : null;
}

/**
 * One finding per source and place: the strongest and longest. A match inside a longer one of
 * the same source goes ("Liu" inside "Liu Zhenhai"), and so does a weaker match inside a longer,
 * at least as strong one of another source; two sources matching the same words are both kept.
 * Sorted by start, every earlier kept finding starts at or before this one, so "covers" needs
 * only the furthest end kept so far per source and per severity: one pass after the sort.
 */
export function dedupe(findings: LeakFinding[]): LeakFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || rank(b.severity) - rank(a.severity));
  const kept: LeakFinding[] = [];
  const furthestOfSource = new Map<string, number>();
  // For each severity rank: the furthest end kept, and the earliest start reaching it.
  const furthest = [0, 0, 0, 0].map(() => ({ end: -1, start: 0 }));
  for (const f of findings) {
    if ((furthestOfSource.get(f.sourceId) ?? -1) >= f.end) continue;
    let covered = false;
    for (let r = rank(f.severity); r <= 3 && !covered; r++) {
      const best = furthest[r]!;
      covered = best.end > f.end || (best.end === f.end && best.start < f.start);
    }
    if (covered) continue;
    kept.push(f);
    furthestOfSource.set(f.sourceId, Math.max(furthestOfSource.get(f.sourceId) ?? -1, f.end));
    const best = furthest[rank(f.severity)]!;
    if (f.end > best.end) furthest[rank(f.severity)] = { end: f.end, start: f.start };
  }
  return kept;
}
