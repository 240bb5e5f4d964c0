import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LeakScanner, type IdentityTermInput } from '../../common/leak-guard/leak-scanner';
import { SOURCES } from '../fixtures/border-story';

const terms: IdentityTermInput[] = SOURCES.flatMap((s) => s.identity.map((t) => ({ ...t, sourceId: s.key })));
const scanner = new LeakScanner([...terms, { sourceId: 'leader', kind: 'name', value: 'Kim Jong-un', isPublic: true }, { sourceId: 'mun', kind: 'email', value: 'dhmun@uni-media.net', isPublic: false }]);
const found = (text: string) => scanner.scan(text).map((f) => [f.matched, f.sourceId, f.severity]);

describe('leak scanner', () => {
  it.each([
    ['Liu Zhenhai said so', 'Liu Zhenhai'],
    ['LIU ZHENHAI said so', 'LIU ZHENHAI'],
    ['liuzhenhai said so', 'liuzhenhai'],
    ['Liu-Zhenhai said so', 'Liu-Zhenhai'],
    ['Ｌｉｕ　Ｚｈｅｎｈａｉ said so', 'Ｌｉｕ　Ｚｈｅｎｈａｉ'],
    ['Lìu Zhènhài said so', 'Lìu Zhènhài'],
  ])('finds a name written as %j', (text, matched) => {
    expect(found(text)).toContainEqual([matched, 'trader', 'high']);
  });

  it('finds phone numbers in any format', () => {
    for (const text of ['call +86 138 0411 2233', 'call 138-0411-2233', 'call (138) 0411.2233', 'call 008613804112233', 'call 0138 0411 2233', 'call +86-13804112233']) {
      expect(scanner.scan(text).map((f) => [f.sourceId, f.termKind]), text).toContainEqual(['trader', 'phone']);
    }
  });

  it('finds e-mail addresses, handles with or without @, employers and CJK names in running text', () => {
    expect(found('write to dhmun@uni-media.net')).toContainEqual(['dhmun@uni-media.net', 'mun', 'high']);
    expect(found('or to dhmun at another host')).toContainEqual(['dhmun', 'mun', 'medium']);
    expect(found('posts as @liuzh_dd')).toContainEqual(['liuzh_dd', 'trader', 'high']);
    expect(found('posts as liuzh_dd')).toContainEqual(['liuzh_dd', 'trader', 'high']);
    expect(found('works at Yalu Riverside Wholesale now')).toContainEqual(['Yalu Riverside Wholesale', 'trader', 'high']);
    expect(found('그 사람은 박선희가 말했다')).toContainEqual(['박선희', 'boatman', 'high']);
    expect(found('석탄은김철수씨가봤다')).toContainEqual(['김철수', 'watcher', 'high']);
    expect(found('Park Sun-hee와 만났다')).toContainEqual(['Park Sun-hee', 'boatman', 'high']);
  });

  it('reports a public figure and a common surname alone only at low severity', () => {
    expect(found('Kim Jong Un visited the border.')).toEqual([['Kim Jong Un', 'leader', 'low']]);
    expect(found('A trader named Liu spoke.')).toEqual([['Liu', 'trader', 'low']]);
    expect(found('Zhenhai agreed.')).toEqual([['Zhenhai', 'trader', 'medium']]);
  });

  it('does not match inside longer words or across digits', () => {
    expect(found('Paulius and Kimberley went to Parkside.')).toEqual([]);
    expect(found('order 2138041122334')).toEqual([]);
    expect(found('The old man spoke.')).toEqual([]);
  });

  it('maps every finding back to its exact span in the original text', () => {
    const text = 'On Monday, ＬＩＵ Zhènhai (138 0411 2233) wrote.';
    for (const f of scanner.scan(text)) expect(text.slice(f.start, f.end)).toBe(f.matched);
  });

  it('finds any identity term inserted anywhere, in any variant (property)', () => {
    const variants: ((s: string) => string)[] = [
      (s) => s,
      (s) => s.toUpperCase(),
      (s) => s.toLowerCase(),
      (s) => s.replace(/[\s-]+/g, ''),
      (s) => s.replace(/\s+/g, '-'),
      (s) => s.replace(/-/g, ' '),
      (s) => [...s].map((c) => (/[A-Za-z0-9]/.test(c) ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join(''),
      (s) => s.normalize('NFD'),
    ];
    const strong = terms.filter((t) => t.kind !== 'phone');
    fc.assert(
      fc.property(
        fc.constantFrom(...strong),
        fc.constantFrom(...variants),
        fc.lorem({ maxCount: 30 }),
        fc.lorem({ maxCount: 30 }),
        (term, variant, before, after) => {
          const written = variant(term.value);
          const text = `${before} ${written} ${after}`;
          const hits = scanner.scan(text).filter((f) => f.sourceId === term.sourceId);
          const from = before.length + 1;
          const to = from + written.length;
          // The finding covers the written term (an @ or separators at its edges may stay outside).
          expect(hits.some((f) => f.start >= from - 1 && f.start <= from + 1 && f.end >= to - 1 && f.severity === 'high'), `${written} in ${text}`).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
