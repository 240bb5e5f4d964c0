import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datePhrase, renderCitations, type CitationInput } from '../../common/attribution/attribution-engine';
import type { SourceLabel } from '../../common/domain/source';
import { ATTRIBUTIONS, SOURCES, STATEMENTS } from '../fixtures/border-story';

const labels = new Map<string, SourceLabel>(SOURCES.map((s) => [s.key, s.fields.label]));
const cite = (id: string, sourceIds: string[], extra: Partial<CitationInput> = {}): CitationInput => ({ id, sourceIds, ...extra });
const texts = (citations: CitationInput[], map = labels) => renderCitations(citations, map).map((r) => r.text);

describe('attribution engine', () => {
  it('rebuilds the published attribution phrases of the fixture story from its three sources in order', () => {
    const citations = ATTRIBUTIONS.map((a, i) =>
      cite(`c${i}`, a.sources, {
        outlet: a.outlet,
        showDate: a.showDate,
        saidOn: a.statement === undefined ? null : STATEMENTS[a.statement]!.fields.saidOn,
        atSentenceStart: a.atSentenceStart,
      }),
    );
    expect(texts(citations)).toEqual(ATTRIBUTIONS.map((a) => a.expected));
  });

  it('introduces, separates, refers back and counts', () => {
    const l = new Map<string, SourceLabel>([
      ['a', { adjective: '', noun: 'source', qualifier: 'based in China' }],
      ['b', { adjective: '', noun: 'source', qualifier: 'in China' }],
      ['c', { adjective: '', noun: 'source', qualifier: 'in China' }],
      ['o', { adjective: 'North Korean', noun: 'official', qualifier: '' }],
    ]);
    expect(texts([cite('1', ['a']), cite('2', ['a'])], l)).toEqual(['a source based in China', 'the source']);
    expect(texts([cite('1', ['a']), cite('2', ['o']), cite('3', ['o']), cite('4', ['a'])], l)).toEqual([
      'a source based in China', 'a North Korean official', 'the official', 'the source',
    ]);
    expect(texts([cite('1', ['a']), cite('2', ['b']), cite('3', ['c']), cite('4', ['c']), cite('5', ['b']), cite('6', ['a'])], l)).toEqual([
      'a source based in China', 'a separate source in China', 'a separate source in China',
      'the third source', 'the second source', 'the initial source',
    ]);
  });

  it('re-renders the others when the first citation is removed', () => {
    const all = [cite('1', ['trader']), cite('2', ['boatman']), cite('3', ['trader'])];
    expect(texts(all)).toEqual(['a source based in China', 'a separate source in China', 'the initial source']);
    expect(texts(all.slice(1))).toEqual(['a source in China', 'a separate source in China']);
  });

  it('keeps an override where the reporter put it, and records what the rules would say', () => {
    const rendered = renderCitations([cite('1', ['trader']), cite('2', ['trader'], { override: 'indefinite' })], labels);
    expect(rendered[1]).toMatchObject({ text: 'a source based in China', form: 'indefinite', ruleForm: 'definite' });
    const custom = renderCitations([cite('1', ['trader'], { customText: 'a longtime trader in Dandong' })], labels);
    expect(custom[0]).toMatchObject({ text: 'a longtime trader in Dandong', form: 'custom' });
  });

  it('capitalizes at the start of a sentence and dates as precisely as known', () => {
    expect(texts([cite('1', ['boatman'], { atSentenceStart: true, showDate: true, saidOn: '2018-05' })])).toEqual(['A source in China in May']);
    expect(datePhrase('2018-05-05')).toBe('on May 5');
    expect(datePhrase('2018-12')).toBe('in December');
    expect(datePhrase('2017')).toBe('in 2017');
  });

  it('marks citations of missing sources instead of inventing a label', () => {
    expect(renderCitations([cite('1', ['gone'])], labels)[0]).toMatchObject({ text: '[missing source]', unresolved: true });
  });

  it('never renders anything but the labels it was given (property)', () => {
    const arbLabel = fc.record({ adjective: fc.constantFrom('', 'North Korean', 'Chinese'), noun: fc.constantFrom('source', 'official', 'trader'), qualifier: fc.constantFrom('', 'in China', 'based in China', 'in Seoul') });
    fc.assert(
      fc.property(fc.array(arbLabel, { minLength: 1, maxLength: 5 }), fc.array(fc.array(fc.nat(4), { minLength: 1, maxLength: 3 }), { maxLength: 20 }), (ls, picks) => {
        const map = new Map(ls.map((l, i) => [`s${i}`, l]));
        const citations = picks.map((p, i) => cite(`c${i}`, p.map((n) => `s${n % ls.length}`)));
        const rendered = renderCitations(citations, map);
        expect(rendered).toHaveLength(citations.length);
        for (const r of rendered) {
          expect(r.text.length).toBeGreaterThan(0);
          expect(r.text).not.toMatch(/undefined|null|\s{2}/);
        }
        // The first individual mention of any source is never a back-reference.
        const seen = new Set<string>();
        rendered.forEach((r, i) => {
          const ids = [...new Set(citations[i]!.sourceIds)];
          if (ids.length === 1 && !seen.has(ids[0]!)) expect(['indefinite', 'separate']).toContain(r.ruleForm);
          if (ids.length === 1) seen.add(ids[0]!);
        });
      }),
    );
  });
});
