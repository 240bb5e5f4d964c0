import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Postings, withinOneEdit } from '../../main/features/search-postings';
import { scanMatches, scanTerms } from '../../main/features/search-scan';
import { queryTerms, tokenize, tokenizeByPattern } from '../../main/features/search-tokens';

async function indexOf(texts: string[]) {
  const postings = new Postings();
  await postings.build(texts.map((text) => ({ fields: [text, '', ''] })));
  const find = (query: string) => {
    const expansions = queryTerms(query).map((q) => postings.expand(q.term, q.prefix, q.fuzzy));
    const { docs, scores } = postings.match(expansions);
    const ranked = [...docs].map((d, i) => ({ d, score: scores[i]! })).sort((a, b) => b.score - a.score);
    return { docs: ranked.map((r) => r.d), terms: ranked.map((r) => postings.matchedTerms(r.d, expansions)) };
  };
  return { postings, find };
}

describe('search index', () => {
  it('cuts text the same way on the fast path as the Unicode word pattern', () => {
    const alphabet = fc.constantFrom(...'ab Z9\'’-.,éü走私增加ｓｍ\u0301 \u00a0한국'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
      expect(tokenize(text)).toEqual(tokenizeByPattern(text));
    }), { numRuns: 500 });
  });

  it('finds words by prefix as they are typed, and every word of the query (AND)', async () => {
    const { find } = await indexOf(['Smuggling boats crossed the river', 'Customs officers took bribes', 'Boats of smugglers at night']);
    expect(find('smu').docs.sort()).toEqual([0, 2]);
    expect(find('boats smu').docs.sort()).toEqual([0, 2]);
    expect(find('boats bribes').docs).toEqual([]);
    expect(find('the').docs).toEqual([]); // stop words alone find nothing
    expect(find('sm').docs).toEqual([]); // two letters are not a prefix yet
  });

  it('folds case, accents and full-width letters, and cuts Chinese into pairs', async () => {
    const { find } = await indexOf(['Le café près de la douane', '走私增加了很多', 'ＳＭＵＧＧＬＩＮＧ at dawn']);
    expect(find('CAFE').docs).toEqual([0]);
    expect(find('pres').docs).toEqual([0]);
    expect(find('smuggling').docs).toEqual([2]);
    expect(find('走私').docs).toEqual([1]);
    expect(find('增加').docs).toEqual([1]);
    expect(find('私走').docs).toEqual([]);
  });

  it('forgives one wrong letter in long words and says which words matched', async () => {
    const { find } = await indexOf(['Merchants in Sinuiju sold coal', 'The merchant had a warehouse']);
    expect(find('sinuijo').docs).toEqual([0]);
    expect(find('xinuiju').docs).toEqual([0]);
    const byPrefix = find('merch');
    expect(byPrefix.docs.sort()).toEqual([0, 1]);
    expect(byPrefix.terms.flat().sort()).toEqual(['merchant', 'merchants']);
  });

  it('ranks a doc that says the word more often, in a shorter text, first', async () => {
    const { find } = await indexOf(['coal and more coal by the river', 'a long statement about many things that mentions coal once among other words and more words']);
    expect(find('coal').docs).toEqual([0, 1]);
  });

  it('follows docs added and removed after the build, new words included', async () => {
    const { postings, find } = await indexOf(['boats on the river']);
    const d = postings.add({ fields: ['anthracite by the river', '', ''] });
    expect(find('anthra').docs).toEqual([d]);
    expect(find('river').docs.sort()).toEqual([0, d]);
    postings.remove(0);
    expect(find('river').docs).toEqual([d]);
  });

  it('builds an empty index and grows it', async () => {
    const { postings, find } = await indexOf([]);
    const d = postings.add({ fields: ['reed leaves', '', ''] });
    expect(find('ree').docs).toEqual([d]);
  });

  it('tells one edit from two', () => {
    expect(withinOneEdit('sinuiju', 'sinuijo')).toBe(true);
    expect(withinOneEdit('sinuiju', 'sinuij')).toBe(true);
    expect(withinOneEdit('sinuiju', 'xsinuiju')).toBe(true);
    expect(withinOneEdit('sinuiju', 'sinijo')).toBe(false);
  });

  it('finds the same items, with the same words to highlight, by scanning as by the index', async () => {
    // Words that fold alike, share prefixes, or are one letter apart (near misses from 7 letters).
    const words = ['smuggling', 'smuggler', 'Smugglers', 'SMUGGLING', 'ｓｍｕｇ', 'café', 'Cafe', 'cafés', 'sinuiju', 'sinuijo', 'xinuiju', 'sinuij', 'river', 'rivers', "China's", 'china', 'the', 'which', 'whichever', '走私', '走私增加', '增加', 'douane', 'Douanes', 'coal', 'co', 'a', 'merchants', 'merchant', 'mérchants', 'warehouse', 'warehous', '소식통', '소식통은', '소식통들이', '소식', '평양에서', '평양'];
    const word = fc.constantFrom(...words);
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', ', ', '. ', '-', '’s ')), { maxLength: 12 }).map((parts) => parts.join(' '));
    const docs = fc.array(fc.tuple(text, text, text), { maxLength: 12 });
    const typed = fc.oneof(word, word.map((w) => w.slice(0, 3)), word.map((w) => w.slice(0, 2)), word.map((w) => `${w.slice(0, -1)}q`));
    const query = fc.array(typed, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));
    await fc.assert(fc.asyncProperty(docs, query, async (fields, q) => {
      const postings = new Postings();
      await postings.build(fields.map((f) => ({ fields: f })));
      const expansions = queryTerms(q).map((t) => postings.expand(t.term, t.prefix, t.fuzzy));
      const indexed = expansions.length > 0 ? [...postings.match(expansions).docs].sort((a, b) => a - b) : [];
      const byIndex = indexed.map((d) => ({ d, terms: postings.matchedTerms(d, expansions) }));
      const scanned = scanMatches(fields.map((f, d) => ({ d, f })), (x) => x.f, scanTerms(q));
      const byScan = scanned.map((m) => ({ d: m.item.d, terms: m.terms })).sort((a, b) => a.d - b.d);
      expect(byScan).toEqual(byIndex);
    }), { numRuns: 400 });
  });

  it('keeps prefixes and near misses in a dictionary of thousands of words', async () => {
    const words = Array.from({ length: 6000 }, (_, i) => `w${((i * 7919) % 6000).toString(36).padStart(3, '0')}tail${i % 7}`);
    const { find } = await indexOf(words);
    const expected = words.flatMap((w, d) => (w.startsWith('w1z') ? [d] : [])).sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(find('w1z').docs.sort((a, b) => a - b)).toEqual(expected);
    // A wrong first letter: found from the words ending alike.
    expect(find(`x${words[42]!.slice(1)}`).docs).toEqual([42]);
  });
});
