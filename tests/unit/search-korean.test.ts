import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../main/features/search-index';
import type { ShieldnoteService } from '../../main/service/shieldnote-service';
import { deskVaultEachTest } from '../support/vault-each-test';
import { Postings } from '../../main/features/search-postings';
import { scanMatches, scanTerms } from '../../main/features/search-scan';
import { queryTerms } from '../../main/features/search-tokens';

// Korean attaches particles to the word: a search for "소식통" must find "소식통은" and
// "소식통들이", rank them as the word itself, highlight the word as written, and the scan that
// answers while the index builds must agree with the index.

const TEXTS = [
  '양강도 소식통은 국경 경비가 강화됐다고 전했다', // 0: 은
  '복수의 소식통들이 같은 내용을 확인했다 오늘', // 1: 들이
  '소식통망 구축에 대한 보고서 내용이 공개됐다', // 2: a compound, not a particle
  '평양에서 열린 회의에 관한 소식 한 줄 있다', // 3: 소식 alone
  '신의주 세관 관계자가 밝혔다 어제 오후 늦게', // 4: nothing
];

async function both(texts: string[], query: string) {
  const postings = new Postings();
  await postings.build(texts.map((text) => ({ fields: [text, '', ''] })));
  const expansions = queryTerms(query).map((q) => postings.expand(q.term, q.prefix, q.fuzzy));
  const { docs, scores } = postings.match(expansions);
  const index = [...docs].map((d, i) => ({ d, score: scores[i]!, terms: postings.matchedTerms(d, expansions) })).sort((a, b) => b.score - a.score || a.d - b.d);
  const scan = scanMatches(texts.map((text, d) => ({ d, text })), (x) => [x.text, '', ''], scanTerms(query))
    .map((m) => ({ d: m.item.d, score: m.score, terms: m.terms }))
    .sort((a, b) => b.score - a.score || a.d - b.d);
  return { index, scan };
}

describe('Korean search', () => {
  it('finds a word with particles attached, by the index and by the scan alike', async () => {
    const { index, scan } = await both(TEXTS, '소식통');
    expect(index.map((h) => h.d).sort()).toEqual([0, 1, 2]);
    expect(scan.map((h) => h.d).sort()).toEqual([0, 1, 2]);
    // The words to highlight are the words as written, particle and all.
    expect(Object.fromEntries(index.map((h) => [h.d, h.terms]))).toEqual({ 0: ['소식통은'], 1: ['소식통들이'], 2: ['소식통망'] });
    expect(Object.fromEntries(scan.map((h) => [h.d, h.terms]))).toEqual({ 0: ['소식통은'], 1: ['소식통들이'], 2: ['소식통망'] });
  });

  it('ranks a word with a particle as the word itself, above a longer compound', async () => {
    const { index, scan } = await both(TEXTS, '소식통');
    for (const ranked of [index, scan]) {
      expect(ranked.at(-1)!.d).toBe(2);
      expect(ranked[0]!.score).toBeGreaterThan(ranked.at(-1)!.score);
    }
  });

  it('treats every Hangul word of the query as a prefix, from two syllables', async () => {
    expect(queryTerms('소식통 평양').map((q) => q.prefix)).toEqual([true, true]);
    expect(queryTerms('북 소식').map((q) => q.prefix)).toEqual([false, true]);
    // English keeps its rule: only the word being typed, from three letters.
    expect(queryTerms('coal river').map((q) => q.prefix)).toEqual([false, true]);
    const { index, scan } = await both(TEXTS, '평양 소식');
    expect(index.map((h) => h.d)).toEqual([3]);
    expect(scan.map((h) => h.d)).toEqual([3]);
    expect(index[0]!.terms.sort()).toEqual(['소식', '평양에서']);
  });
});

describe('Korean search in the vault', () => {
  let service: ShieldnoteService;

  deskVaultEachTest((desk) => ({ service } = desk));

  it('finds statements by a Korean word with particles, the same while the index builds as once it is ready', async () => {
    const source = await service.saveSource({ label: { adjective: '', noun: 'source', qualifier: 'in Hyesan', byLanguage: { ko: { place: '혜산', noun: '소식통' } } }, access: '', anonymityReason: '', reliability: 'new', poolSize: null, notes: '' });
    const base = { sourceId: source.id, kind: 'paraphrase' as const, saidOn: null, channel: 'phone' as const, notes: '', tags: [] };
    await service.saveStatements({ statements: TEXTS.map((text) => ({ ...base, text })) });
    const index = SearchIndex.build(service.requireVault());
    const answer = async () => (await index.search({ query: '소식통' })).hits.map((h) => [...h.terms].sort().join(',')).sort();
    const meanwhile = await answer();
    await index.whenReady();
    const ready = await answer();
    expect(ready).toEqual(['소식통들이', '소식통망', '소식통은']);
    expect(meanwhile).toEqual(ready);
    index.drop();
    // Through the service (the index it keeps): the same words.
    expect((await service.search({ query: '소식통 국경' })).hits.map((h) => h.terms)).toEqual([['소식통은', '국경']]);
    // A source is found by its Korean label too.
    expect((await service.search({ query: '혜산', types: ['source'] })).hits.map((h) => h.id)).toEqual([source.id]);
  });
});
