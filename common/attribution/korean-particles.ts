// Korean particles after a citation (DESIGN §4b). A particle owned by a chip is stored as a key
// ("은/는", "과/와+의") and spelled from the words the chip shows, so it follows the label, its
// plural and the draft's language. Pure: the editor, the review and every export call this.

/** How the last syllable read aloud ends: no final consonant, final ㄹ, or another final consonant. */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

/** Acronym → Hangul reading ("NATO" → "나토"), set per vault. */
export type AcronymReadings = ReadonlyMap<string, string>;

interface PairUnit {
  /** After a final consonant (and after ㄹ unless `rieulTakesVowelForm`). */
  consonant: string;
  vowel: string;
  /** 으로-type particles take the vowel form after ㄹ: 서울로, 데일리NK로. */
  rieulTakesVowelForm?: true;
}

const pair = (consonant: string, vowel: string, rieul = false): PairUnit => (rieul ? { consonant, vowel, rieulTakesVowelForm: true } : { consonant, vowel });

const PAIRS: PairUnit[] = [
  pair('은', '는'),
  pair('이', '가'),
  pair('을', '를'),
  pair('과', '와'),
  pair('으로', '로', true),
  pair('으로서', '로서', true),
  pair('으로써', '로써', true),
  pair('으로부터', '로부터', true),
  pair('이라고', '라고'),
  pair('이라는', '라는'),
  pair('이라며', '라며'),
  pair('이라도', '라도'),
  pair('이라면', '라면'),
  pair('이나', '나'),
  pair('이며', '며'),
  pair('이랑', '랑'),
  pair('이야', '야'),
  pair('이란', '란'),
  pair('이든', '든'),
];

/** Particles that attach unchanged whatever comes before. */
const INVARIANT = ['의', '에', '에게', '에게서', '한테', '한테서', '께', '께서', '에서', '도', '만', '보다', '부터', '까지', '처럼', '마다', '조차', '마저', '밖에', '뿐', '하고', '같이'];

const pairId = (p: PairUnit) => `${p.consonant}/${p.vowel}`;
const PAIR_BY_ID = new Map(PAIRS.map((p) => [pairId(p), p]));
const INVARIANT_SET = new Set(INVARIANT);

/** Every spelling a unit can be typed as → its id; longest spellings first for parsing. */
const SPELLINGS: [string, string][] = [
  ...PAIRS.flatMap((p): [string, string][] => [[p.consonant, pairId(p)], [p.vowel, pairId(p)]]),
  ...INVARIANT.map((w): [string, string] => [w, w]),
].sort((a, b) => b[0].length - a[0].length);

/** Units joined in a key: "과/와+의" is 과의 or 와의. */
const JOIN = '+';
/** A run longer than this is a word, not particles (the longest chain people type is about 6). */
const MAX_PARTICLE_CHARS = 8;

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** The final consonant index of a Hangul syllable (0 = none, 8 = ㄹ), or null for anything else. */
export function finalConsonantIndex(ch: string): number | null {
  const cp = ch.codePointAt(0) ?? 0;
  return cp >= HANGUL_FIRST && cp <= HANGUL_LAST ? (cp - HANGUL_FIRST) % 28 : null;
}

const soundOfIndex = (t: number): FinalSound => (t === 0 ? 'vowel' : t === 8 ? 'rieul' : 'consonant');

// Latin letters said by name: 엘 엠 엔 알 end in a consonant (L, R in ㄹ), the other names in a vowel.
const LETTER_SOUND: Record<string, FinalSound> = { L: 'rieul', R: 'rieul', M: 'consonant', N: 'consonant' };
// Digits by their Sino-Korean reading: 영 일 이 삼 사 오 육 칠 팔 구.
const DIGIT_SOUND: FinalSound[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];
// 만, 억, 조, 경: the unit said after each group of four zeros.
const MYRIAD_SOUND: FinalSound[] = ['consonant', 'consonant', 'vowel', 'consonant'];
// 십, 백, 천: the unit said for one, two or three trailing zeros.
const ZERO_UNIT_SOUND: FinalSound[] = ['consonant', 'consonant', 'consonant'];

/** How a whole number (digits only) ends when read aloud: 10 십, 100 백, 20000 이만, 3 삼. */
function numberSound(digits: string): FinalSound {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (/^0+$/.test(trimmed)) return 'consonant'; // 영
  const zeros = trimmed.length - trimmed.replace(/0+$/, '').length;
  if (zeros === 0) return DIGIT_SOUND[Number(trimmed.at(-1))]!;
  if (zeros % 4 !== 0) return ZERO_UNIT_SOUND[(zeros % 4) - 1]!;
  return MYRIAD_SOUND[Math.min(zeros / 4, MYRIAD_SOUND.length) - 1]!;
}

/** A word in Latin letters read as a word (not an acronym), by how Korean spells English endings. */
function wordSound(word: string): FinalSound {
  const lower = word.toLowerCase();
  if (/(?:l|le)$/.test(lower)) return 'rieul'; // Google 구글
  if (/(?:m|n|ng)$/.test(lower)) return 'consonant'; // Boston 보스턴, Beijing 베이징
  return 'vowel'; // Reuters 로이터스, Times 타임스: other endings gain a vowel
}

function readingFor(run: string, readings: AcronymReadings | undefined): string | undefined {
  if (!readings || readings.size === 0) return undefined;
  const exact = readings.get(run);
  if (exact) return exact;
  const upper = run.toUpperCase();
  for (const [key, value] of readings) if (key.toUpperCase() === upper) return value;
  return undefined;
}

const CLOSERS = /[\s"'”’»」』)\]】〉》.,!?…·]+$/u;

/**
 * How `text` ends when read aloud, or null when it cannot be told (Han characters, symbols):
 * the last Hangul syllable; the Sino-Korean reading of a number; an acronym's reading from the
 * vault's table, else its letter names; a lower-case word by its usual Korean spelling.
 * A parenthesis at the end is skipped: the particle follows the word before it (서울(Seoul)은).
 */
export function finalSound(text: string, readings?: AcronymReadings): FinalSound | null {
  let s = text;
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(CLOSERS, '');
    // A trailing parenthesised aside: 서울(Seoul) is read as 서울.
    const paren = /\s*[(（][^()（）]*[)）]$/u.exec(s);
    if (paren && paren.index > 0) s = s.slice(0, paren.index);
    if (s === before) break;
  }
  if (!s) return null;
  const last = s.at(-1)!;
  const t = finalConsonantIndex(last);
  if (t !== null) return soundOfIndex(t);
  const latin = /[A-Za-z]+$/.exec(s);
  if (latin) {
    const run = latin[0];
    const reading = readingFor(run, readings);
    if (reading) return finalSound(reading);
    if (/[a-z]/.test(run) && run.length > 3 && !/^[A-Z]+$/.test(run)) return wordSound(run);
    return LETTER_SOUND[run.at(-1)!.toUpperCase()] ?? 'vowel';
  }
  const number = /(\d[\d,]*)(?:\.(\d+))?$/.exec(s);
  if (number) {
    // 1.5 is 일 점 오: the decimals are read digit by digit.
    if (number[2]) return DIGIT_SOUND[Number(number[2].at(-1))]!;
    return numberSound(number[1]!.replace(/,/g, ''));
  }
  return null;
}

function spellUnit(id: string, sound: FinalSound | null): string {
  const p = PAIR_BY_ID.get(id);
  if (!p) return id;
  if (sound === null) {
    // Written as style guides write an unknown ending: (으)로, (이)라고, 은(는).
    const prefix = p.consonant.slice(0, p.consonant.length - p.vowel.length);
    return p.consonant.endsWith(p.vowel) && prefix ? `(${prefix})${p.vowel}` : `${p.consonant}(${p.vowel})`;
  }
  if (sound === 'vowel' || (sound === 'rieul' && p.rieulTakesVowelForm)) return p.vowel;
  return p.consonant;
}

/** Whether `key` is a particle key this module knows ("은/는", "의", "과/와+의"). */
export function isParticleKey(key: string): boolean {
  const units = key.split(JOIN);
  return units.length > 0 && units.every((u) => PAIR_BY_ID.has(u) || INVARIANT_SET.has(u));
}

/**
 * The particle spelled after `text`: 소식통 + 은/는 → 은, 데일리NK + 과/와 → 와. Each further unit
 * agrees with the unit before it (으로/로+은/는 → 으로는). When the ending cannot be told the
 * pair is written as Korean style guides do for an unknown ending: 은(는).
 */
export function particleAfter(text: string, key: string, readings?: AcronymReadings): string {
  if (!isParticleKey(key)) return '';
  let sound = finalSound(text, readings);
  let out = '';
  for (const unit of key.split(JOIN)) {
    const spelled = spellUnit(unit, sound);
    out += spelled;
    sound = finalSound(spelled);
  }
  return out;
}

/** The chip's words with its particle: the one place a particle joins a citation's text. */
export function withParticle(text: string, key: string | null | undefined, readings?: AcronymReadings): string {
  return key ? text + particleAfter(text, key, readings) : text;
}

/**
 * The particle key for a run of text typed right after a chip, or null when the run is not made
 * of particles only ("은" → "은/는", "와의" → "과/와+의", "도시" → null). Either spelling of a
 * pair is accepted: the chip then spells it as the label needs.
 */
export function parseParticle(typed: string): string | null {
  if (!typed || typed.length > MAX_PARTICLE_CHARS) return null;
  // Fewest units wins ("이라고" is one unit, not 이 + 라고): a breadth-first split of a short string.
  const best: (string[] | null)[] = Array.from({ length: typed.length + 1 }, () => null);
  best[0] = [];
  for (let i = 0; i < typed.length; i++) {
    const here = best[i];
    if (!here) continue;
    for (const [spelling, id] of SPELLINGS) {
      if (!typed.startsWith(spelling, i)) continue;
      const j = i + spelling.length;
      const candidate = [...here, id];
      if (!best[j] || best[j]!.length > candidate.length) best[j] = candidate;
    }
  }
  const units = best[typed.length];
  return units && units.length > 0 ? units.join(JOIN) : null;
}

/** The longest run of Hangul syllables at the start of `text` (what may be a particle). */
export function leadingHangul(text: string): string {
  let end = 0;
  while (end < text.length && finalConsonantIndex(text[end]!) !== null) end++;
  return text.slice(0, end);
}

/** Every pair and invariant particle, for the docs and the golden table. */
export const PARTICLE_PAIRS: readonly string[] = PAIRS.map(pairId);
export const INVARIANT_PARTICLES: readonly string[] = INVARIANT;

/** Budget of the vault's acronym table (docs/api-budgets.md). */
export const ACRONYM_READINGS_BUDGET = { entries: 200, acronymChars: 20, readingChars: 20 } as const;
