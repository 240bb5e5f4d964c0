import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  finalConsonantIndex,
  finalSound,
  INVARIANT_PARTICLES,
  parseParticle,
  particleAfter,
  PARTICLE_PAIRS,
  withParticle,
} from '../../common/attribution/korean-particles';

// Golden tables written for this project: labels of each ending, every particle after them.

// Every pair, in PARTICLE_PAIRS order, spelled after a label of each kind of ending.
const AFTER_CONSONANT = '은 이 을 과 으로 으로서 으로써 으로부터 이라고 이라는 이라며 이라도 이라면 이나 이며 이랑 이야 이란 이든';
const AFTER_VOWEL = '는 가 를 와 로 로서 로써 로부터 라고 라는 라며 라도 라면 나 며 랑 야 란 든';
// ㄹ counts as a consonant, except that 으로-type particles drop 으 after it.
const AFTER_RIEUL = '은 이 을 과 로 로서 로써 로부터 이라고 이라는 이라며 이라도 이라면 이나 이며 이랑 이야 이란 이든';

const EVERY_PARTICLE: [label: string, note: string, expected: string][] = [
  ['세관 소식통', 'consonant (ㅇ), singular', AFTER_CONSONANT],
  ['세관 소식통들', 'ㄹ, plural of the same label', AFTER_RIEUL],
  ['무역 관계자', 'vowel, singular', AFTER_VOWEL],
  ['무역 관계자들', 'ㄹ, plural', AFTER_RIEUL],
  ['혜산 주민', 'consonant (ㄴ), singular', AFTER_CONSONANT],
  ['혜산 주민들', 'ㄹ, plural', AFTER_RIEUL],
  ['국경 경비대 군관', 'consonant (ㄴ)', AFTER_CONSONANT],
  ['대북 무역상', 'consonant (ㅇ)', AFTER_CONSONANT],
  ['함흥 시장 상인', 'consonant (ㄴ)', AFTER_CONSONANT],
  ['지방 당 간부', 'vowel', AFTER_VOWEL],
  ['북중 접경 인물', 'ㄹ', AFTER_RIEUL],
  ['양강도 출신 탈북민 단체 관할', 'ㄹ', AFTER_RIEUL],
  ['데일리NK', 'Latin, K said 케이: vowel', AFTER_VOWEL],
  ['RFA', 'Latin, A said 에이: vowel', AFTER_VOWEL],
  ['KBS 특파원', 'Hangul after Latin: the last syllable decides', AFTER_CONSONANT],
  ['CNN', 'Latin, N said 엔: consonant', AFTER_CONSONANT],
  ['VOM', 'Latin, M said 엠: consonant', AFTER_CONSONANT],
  ['NPR', 'Latin, R said 알: ㄹ', AFTER_RIEUL],
  ['ILO의 한 관계자 FBL', 'Latin, L said 엘: ㄹ', AFTER_RIEUL],
  ['(주)조선무역 Google', 'a word in Latin letters read 구글: ㄹ', AFTER_RIEUL],
  ['Boston', 'a word read 보스턴: consonant', AFTER_CONSONANT],
  ['Reuters', 'a word read 로이터스: vowel', AFTER_VOWEL],
  ['제3국 소식통 1', 'digit 1 일: ㄹ', AFTER_RIEUL],
  ['제2초소 2', 'digit 2 이: vowel', AFTER_VOWEL],
  ['경비대 3', 'digit 3 삼: consonant', AFTER_CONSONANT],
  ['경비대 4', '사: vowel', AFTER_VOWEL],
  ['경비대 5', '오: vowel', AFTER_VOWEL],
  ['경비대 6', '육: consonant', AFTER_CONSONANT],
  ['경비대 7', '칠: ㄹ', AFTER_RIEUL],
  ['경비대 8', '팔: ㄹ', AFTER_RIEUL],
  ['경비대 9', '구: vowel', AFTER_VOWEL],
  ['경비대 0', '영: consonant', AFTER_CONSONANT],
  ['부대 10', '십: consonant', AFTER_CONSONANT],
  ['부대 100', '백: consonant', AFTER_CONSONANT],
  ['부대 1,000', '천: consonant', AFTER_CONSONANT],
  ['부대 20000', '이만: consonant', AFTER_CONSONANT],
  ['부대 300000000000', '삼천억: consonant', AFTER_CONSONANT],
  ['부대 2.5', '이 점 오: vowel', AFTER_VOWEL],
  ['부대 21', '이십일: ㄹ', AFTER_RIEUL],
  ['평양 소식통(익명)', 'a parenthesis at the end is skipped', AFTER_CONSONANT],
  ['신의주(Sinuiju)', 'a parenthesis at the end is skipped', AFTER_VOWEL],
];

describe('Korean particles after a label', () => {
  it.each(EVERY_PARTICLE)('%s (%s) takes every particle as the golden table says', (label, _note, expected) => {
    expect(PARTICLE_PAIRS.map((key) => particleAfter(label, key)).join(' ')).toBe(expected);
  });

  it('attaches invariant particles unchanged after any ending', () => {
    for (const label of ['세관 소식통', '무역 관계자', '주민들', '데일리NK', '부대 3']) {
      for (const particle of INVARIANT_PARTICLES) expect(particleAfter(label, particle)).toBe(particle);
    }
  });

  it('spells the chip text with its particle: singular and plural, 은/는 and 으로/로', () => {
    const rows: [string, string, string][] = [
      ['양강도 소식통', '은/는', '양강도 소식통은'],
      ['양강도 소식통들', '은/는', '양강도 소식통들은'],
      ['양강도 소식통', '으로/로', '양강도 소식통으로'],
      ['양강도 소식통들', '으로/로', '양강도 소식통들로'],
      ['또 다른 소식통', '이/가', '또 다른 소식통이'],
      ['이 소식통', '과/와+의', '이 소식통과의'],
      ['데일리NK', '과/와+의', '데일리NK와의'],
      ['데일리NK', '으로/로+은/는', '데일리NK로는'],
      ['무역 관계자', '에서+은/는', '무역 관계자에서는'],
      ['복수의 대북 소식통', '에게+도', '복수의 대북 소식통에게도'],
    ];
    for (const [label, key, expected] of rows) expect(withParticle(label, key)).toBe(expected);
    expect(withParticle('양강도 소식통', null)).toBe('양강도 소식통');
  });

  it('reads an acronym said as a word from the vault’s table, letter names otherwise', () => {
    const readings = new Map([['NASDAQ', '나스닥'], ['NATO', '나토'], ['Unicef', '유니세프']]);
    expect(withParticle('NASDAQ', '은/는')).toBe('NASDAQ는'); // 큐: vowel
    expect(withParticle('NASDAQ', '은/는', readings)).toBe('NASDAQ은'); // 닥: consonant
    expect(withParticle('NATO 관계자 NATO', '으로/로', readings)).toBe('NATO 관계자 NATO로');
    expect(withParticle('UNICEF', '을/를', readings)).toBe('UNICEF를'); // matched whatever the case
    expect(withParticle('주한 UNHCR', '을/를', new Map([['UNHCR', '유엔난민기구']]))).toBe('주한 UNHCR를');
  });

  it('writes both spellings when the ending cannot be told (Han characters)', () => {
    expect(withParticle('平壤消息人士', '은/는')).toBe('平壤消息人士은(는)');
    expect(withParticle('平壤消息人士', '으로/로')).toBe('平壤消息人士(으)로');
    expect(withParticle('平壤消息人士', '이라고/라고')).toBe('平壤消息人士(이)라고');
    expect(withParticle('平壤消息人士', '의')).toBe('平壤消息人士의');
  });

  it('reads typed particles, either spelling, and refuses words', () => {
    expect(parseParticle('은')).toBe('은/는');
    expect(parseParticle('는')).toBe('은/는');
    expect(parseParticle('이')).toBe('이/가');
    expect(parseParticle('이라고')).toBe('이라고/라고');
    expect(parseParticle('로')).toBe('으로/로');
    expect(parseParticle('와의')).toBe('과/와+의');
    expect(parseParticle('에게도')).toBe('에게+도');
    expect(parseParticle('에서는')).toBe('에서+은/는');
    expect(parseParticle('도시')).toBeNull();
    expect(parseParticle('들은')).toBeNull();
    expect(parseParticle('이다')).toBeNull();
    expect(parseParticle('')).toBeNull();
    expect(parseParticle('은은은은은은은은은')).toBeNull();
  });
});

const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((cp) => String.fromCodePoint(cp));
const hangulLabel = fc.tuple(fc.array(fc.oneof(syllable, fc.constant(' ')), { maxLength: 12 }), syllable).map(([head, last]) => head.join('') + last);

describe('Korean particle property', () => {
  it('for any Hangul label, each particle matches the last syllable’s final consonant', () => {
    fc.assert(
      fc.property(hangulLabel, (label) => {
        const t = (label.codePointAt(label.length - 1)! - 0xac00) % 28;
        expect(finalConsonantIndex(label.at(-1)!)).toBe(t);
        expect(particleAfter(label, '은/는')).toBe(t === 0 ? '는' : '은');
        expect(particleAfter(label, '이/가')).toBe(t === 0 ? '가' : '이');
        expect(particleAfter(label, '을/를')).toBe(t === 0 ? '를' : '을');
        expect(particleAfter(label, '과/와')).toBe(t === 0 ? '와' : '과');
        expect(particleAfter(label, '이라고/라고')).toBe(t === 0 ? '라고' : '이라고');
        expect(particleAfter(label, '으로/로')).toBe(t === 0 || t === 8 ? '로' : '으로');
        expect(finalSound(label)).toBe(t === 0 ? 'vowel' : t === 8 ? 'rieul' : 'consonant');
      }),
      { numRuns: 2000 },
    );
  });

  it('never changes an invariant particle and never loses the label', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom(...INVARIANT_PARTICLES, ...PARTICLE_PAIRS), (label, key) => {
        const text = withParticle(label, key);
        expect(text.startsWith(label)).toBe(true);
        if (INVARIANT_PARTICLES.includes(key)) expect(text).toBe(label + key);
      }),
    );
  });
});
