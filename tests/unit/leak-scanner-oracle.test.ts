import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupe, LeakScanner, type IdentityTermInput, type LeakFinding } from '../../common/leak-guard/leak-scanner';
import { phoneRegionsFor, regionsOfNumber, regionsOfPlace } from '../../common/leak-guard/phone-regions';
import { skeletonKey } from '../../common/leak-guard/text-skeleton';
import { corpusSources } from '../fixtures/leak-corpus';

// The scanner's part in issue 13: no match spelled out of lone letters (the skeleton drops
// spaces, so "k i m j o n g" would spell any name), CJK syllables still whole words, phones
// stored in national format found in their international forms, and de-duplication that
// keeps exactly what the pairwise rule kept.

const sources = corpusSources();
const terms: IdentityTermInput[] = [
  ...sources.flatMap((s) => s.terms),
  { sourceId: 'liu', kind: 'name', value: 'Liu Zhenhai', isPublic: false },
  { sourceId: 'kim', kind: 'name', value: '김영수', isPublic: false },
  { sourceId: 'wang', kind: 'name', value: '王芳', isPublic: false },
  { sourceId: 'rowling', kind: 'name', value: 'J.K. Rowling', isPublic: false },
];
const scanner = new LeakScanner(terms);

/** A De Bruijn sequence B(k, n) over `alphabet`: every string of length n appears once. */
function deBruijn(alphabet: string, n: number): string {
  const k = alphabet.length;
  const a = new Array<number>(k * n).fill(0);
  const out: number[] = [];
  const db = (t: number, p: number) => {
    if (t > n) {
      if (n % p === 0) out.push(...a.slice(1, p + 1));
      return;
    }
    a[t] = a[t - p]!;
    db(t + 1, p);
    for (let j = a[t - p]! + 1; j < k; j++) {
      a[t] = j;
      db(t + 1, t);
    }
  };
  db(1, 1);
  return out.map((i) => alphabet[i]).join('');
}

describe('no match spelled out of lone letters or digits', () => {
  it('a De Bruijn draft of single letters and digits, each alone between spaces or punctuation, yields no identity finding', () => {
    // Every three-letter and every four-digit string, then every term of every source spelled
    // out letter by letter (Hangul names as their jamo; Hanzi are words, so those stay out).
    const letters = deBruijn('abcdefghijklmnopqrstuvwxyz', 3);
    const digits = deBruijn('0123456789', 4);
    const spelled = terms.filter((t) => !/\p{Script=Han}/u.test(t.value)).map((t) => [...skeletonKey(t.value)].join(' ')).join(' . ');
    const separators = [' ', ', ', '. ', '-', ' / '];
    const text = [...`${letters}${digits}`].map((ch, i) => ch + separators[i % separators.length]).join('') + spelled;
    expect(text.length).toBeLessThan(1_000_000);
    expect(scanner.scan(text).map((f) => f.matched)).toEqual([]);
  });

  it('never matches a term spelled letter by letter, whatever the separators (property)', () => {
    const latin = terms.filter((t) => /^[\x20-\x7e]+$/.test(t.value));
    fc.assert(
      fc.property(fc.constantFrom(...latin), fc.array(fc.constantFrom(' ', '.', '-', ', ', ' · ', '_'), { minLength: 1, maxLength: 4 }), (term, seps) => {
        const text = [...skeletonKey(term.value)].map((ch, i) => ch + seps[i % seps.length]!).join('');
        expect(scanner.scan(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('still finds Hangul and Hanzi names written with a space, and names with initials', () => {
    expect(scanner.scan('기자는 김 영수 씨를 만났다').map((f) => f.sourceId)).toContain('kim');
    expect(scanner.scan('据王 芳说').map((f) => f.sourceId)).toContain('wang');
    expect(scanner.scan('据 王 芳 说').map((f) => f.sourceId)).toContain('wang');
    expect(scanner.scan('as J. K. Rowling wrote').map((f) => f.sourceId)).toContain('rowling');
    expect(scanner.scan('Liu Zhenhai said').map((f) => f.sourceId)).toContain('liu');
    const initials = new LeakScanner([{ sourceId: 'jkl', kind: 'email', value: 'j.k.l@mail.com', isPublic: false }]);
    expect(initials.scan('write to j.k.l@mail.com').map((f) => f.sourceId)).toEqual(['jkl']);
  });
});

describe('phones stored in national format', () => {
  const phone = (value: string, regions: string[]): LeakScanner => new LeakScanner([{ sourceId: 's', kind: 'phone', value, isPublic: false, regions }]);

  it('infers the region from the number itself, the label’s place and the newsroom setting', () => {
    expect(regionsOfNumber('010-2345-6789')).toContain('KR');
    expect(regionsOfNumber('138 0411 2233')).toContain('CN');
    expect(regionsOfNumber('+82 10 2345 6789')).toEqual([]);
    expect(regionsOfPlace('a trader based in Dandong')).toEqual(['CN']);
    expect(regionsOfPlace('a North Korean official')).toEqual(['KP']);
    expect(regionsOfPlace('a Korean diplomat')).toEqual(['KR', 'KP']);
    expect(phoneRegionsFor('02-312-3456', 'a clerk', ['KR', 'XX'])).toEqual(['KR']);
  });

  it('finds a South Korean mobile typed as 010-… in every international form, with and without the trunk 0', () => {
    const scan = phone('010-2345-6789', phoneRegionsFor('010-2345-6789', '', []));
    for (const text of ['+82 10 2345 6789', '+82-10-2345-6789', '0082 10 2345 6789', '+82 010 2345 6789', '+821023456789', '00821023456789', '010 2345 6789', '10-2345-6789']) {
      expect(scan.scan(`call ${text} now`).map((f) => f.termKind), text).toEqual(['phone']);
    }
  });

  it('finds a Chinese mobile typed as 138… as +86 and 0086', () => {
    const scan = phone('138 0411 2233', phoneRegionsFor('138 0411 2233', 'a source based in China', []));
    for (const text of ['+86 138 0411 2233', '0086 138 0411 2233', '+86-138-0411-2233', '(+86) 13804112233']) {
      expect(scan.scan(`call ${text}`).length, text).toBe(1);
    }
  });

  it('reads a fixed line in the newsroom’s regions only when they are given', () => {
    expect(phone('02-312-3456', []).scan('call +82 2 312 3456')).toEqual([]);
    expect(phone('02-312-3456', phoneRegionsFor('02-312-3456', 'a clerk', ['KR'])).scan('call +82 2 312 3456')).toHaveLength(1);
  });
});

describe('de-duplication', () => {
  /** The pairwise rule it replaces, as the reference. */
  function pairwise(findings: LeakFinding[]): LeakFinding[] {
    const rank = (s: string) => (s === 'high' ? 3 : s === 'medium' ? 2 : 1);
    const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end || rank(b.severity) - rank(a.severity));
    const kept: LeakFinding[] = [];
    for (const f of sorted) {
      const covered = kept.some((k) => k.start <= f.start && k.end >= f.end && (k.sourceId === f.sourceId || (rank(k.severity) >= rank(f.severity) && k.end - k.start > f.end - f.start)));
      if (!covered) kept.push(f);
    }
    return kept;
  }

  it('keeps exactly what comparing every pair kept (property)', () => {
    const finding = fc.record({ start: fc.integer({ min: 0, max: 30 }), length: fc.integer({ min: 1, max: 12 }), sourceId: fc.constantFrom('a', 'b', 'c'), severity: fc.constantFrom('high', 'medium', 'low') as fc.Arbitrary<LeakFinding['severity']> });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (raw) => {
        const findings: LeakFinding[] = raw.map((r) => ({ start: r.start, end: r.start + r.length, matched: 'x', sourceId: r.sourceId, termKind: 'name', part: 'full', severity: r.severity, isPublic: false }));
        expect(dedupe(findings.map((f) => ({ ...f })))).toEqual(pairwise(findings));
      }),
      { numRuns: 500 },
    );
  });
});
