import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import type { DraftLanguage, LabelLanguage } from '../../common/domain/language';
import type { LocalLabel } from '../../common/domain/source';
import { buildReviewView, type ReviewSourceInput } from '../../common/review/review-view';
import { citationAt, reviewFixture } from '../support/review-fixture';
import { englishText } from '../../main/i18n/english-text';

// Item 7 (separate, plural and back-reference correctness) in a draft written in Korean, Chinese
// or Japanese: the fixture story's citations, with labels written for this test in each language.

type Labels = Record<'trader' | 'boatman' | 'watcher', LocalLabel>;
const LABELS: Record<LabelLanguage, { apart: Labels; same: LocalLabel; separate: RegExp }> = {
  ko: {
    apart: { trader: { place: '단둥', noun: '소식통' }, boatman: { place: '훈춘', noun: '소식통' }, watcher: { place: '', noun: '내부 소식통' } },
    same: { place: '단둥', noun: '소식통' },
    separate: /“다른”/,
  },
  'zh-Hans': {
    apart: { trader: { place: '丹东', noun: '消息人士' }, boatman: { place: '珲春', noun: '消息人士' }, watcher: { place: '', noun: '内部消息人士' } },
    same: { place: '丹东', noun: '消息人士' },
    separate: /“另一名”/,
  },
  ja: {
    apart: { trader: { place: '丹東の', noun: '情報筋' }, boatman: { place: '琿春の', noun: '情報筋' }, watcher: { place: '', noun: '内部情報筋' } },
    same: { place: '丹東の', noun: '情報筋' },
    separate: /“別の”/,
  },
};
const KEYS = ['trader', 'boatman', 'watcher'] as const;

function story(language: LabelLanguage, labels: Partial<Labels>, change: { doc?: (doc: DocNode) => void } = {}) {
  const input = reviewFixture({
    ...change,
    sources: (sources: ReviewSourceInput[]) =>
      KEYS.forEach((key, i) => {
        const local = labels[key];
        if (local) sources[i]!.label = { ...sources[i]!.label, byLanguage: { [language]: local } };
      }),
  });
  input.meta = { ...input.meta, language: language as DraftLanguage };
  return input;
}
const item7 = (input: ReturnType<typeof story>) => buildReviewView(input).checklist.find((c) => c.id === 7)!;

describe.each(Object.keys(LABELS) as LabelLanguage[])('review item 7 in %s', (language) => {
  const { apart, same, separate } = LABELS[language];

  it('passes when the rules decide every form and the places tell the sources apart', () => {
    const view = buildReviewView(story(language, apart));
    expect(view.language).toBe(language);
    expect(view.checklist.find((c) => c.id === 7)!.state).toBe('pass');
    expect(view.citations.every((c) => c.missingLabel.length === 0)).toBe(true);
  });

  it('fails on a back-reference the language cannot tell apart (alike sources share the label, no ordinal)', () => {
    const result = item7(story(language, { ...apart, trader: same, boatman: same }));
    expect(result).toMatchObject({ state: 'fail', citationKeys: ['cit6'] });
    expect(result.reasons.map(englishText)[0]).toMatch(/has no ordinal to tell them apart/);
  });

  it('fails when an override calls the source already cited a separate person, in the language’s words', () => {
    const other = item7(story(language, apart, { doc: (d) => (citationAt(d, 2).attrs!.override = 'separate') }));
    expect(other).toMatchObject({ state: 'fail', citationKeys: ['cit2'] });
    expect(other.reasons.map(englishText)[0]).toMatch(separate);
  });

  it('fails when a plural stands for one person', () => {
    const result = item7(story(language, apart, { doc: (d) => (citationAt(d, 4).attrs!.override = 'plural') }));
    expect(result.reasons.map(englishText)[0]).toMatch(/is plural but cites one source/);
  });

  it('fails, names the language and blocks sign-off when a cited source has no label in it', () => {
    const input = story(language, { trader: apart.trader, boatman: apart.boatman });
    const view = buildReviewView(input);
    const result = view.checklist.find((c) => c.id === 7)!;
    expect(result).toMatchObject({ state: 'fail', citationKeys: ['cit4', 'cit5'] });
    expect(result.reasons.map(englishText)[0]).toMatch(/with no (Korean|Chinese \(simplified\)|Japanese) label/);
    expect(view.citations.filter((c) => c.missingLabel.length > 0).map((c) => c.number)).toEqual([4, 5]);
    expect(view.signOffBlockers.map(englishText).join(' ')).toMatch(/2 citations cite sources with no .* label/);
  });
});

describe('review item 7 in English', () => {
  it('is unchanged by labels in other languages', () => {
    const input = story('ko', LABELS.ko.apart);
    input.meta = { ...input.meta, language: 'en' };
    const view = buildReviewView(input);
    expect(view.checklist.find((c) => c.id === 7)!.state).toBe('pass');
    expect(view.citations.map((c) => c.attribution)).toEqual(buildReviewView(reviewFixture()).citations.map((c) => c.attribution));
  });
});
