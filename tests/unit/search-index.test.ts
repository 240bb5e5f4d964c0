import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Postings, withinOneEdit } from '../../main/features/search-postings';
import { processTerm, tokenize, tokenizeByPattern } from '../../main/features/search-tokens';

async function indexOf(texts: string[]) {
  const postings = new Postings();
  await postings.build(texts.map((text) => ({ fields: [text, '', ''] })));
  const find = (query: string) => {
    const terms = tokenize(query).map(processTerm).filter((t): t is string => t !== null);
    const expansions = terms.map((term, i) => postings.expand(term, i === terms.length - 1 && term.length >= 3, term.length >= 7));
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
});
