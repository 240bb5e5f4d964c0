import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import { buildReviewView } from '../../common/review/review-view';
import { citationAt, reviewFixture } from '../support/review-fixture';
import { englishText } from '../../main/i18n/english-text';

// DESIGN §4a items the review decides from the data: each passes on the fixture story (or on the
// story with one honest change) and fails on a story with the flaw the item is about.

const item = (input: ReturnType<typeof reviewFixture>, id: number) => buildReviewView(input).checklist.find((c) => c.id === id)!;
const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('review checklist', () => {
  it('leaves items 1, 2, 4 and 10 to the editor and decides the rest', () => {
    const view = buildReviewView(reviewFixture());
    expect(view.checklist.filter((c) => c.state === 'manual').map((c) => c.id)).toEqual([1, 2, 4, 10]);
    expect(view.checklist.filter((c) => c.auto).map((c) => c.id)).toEqual([3, 5, 6, 7, 8, 9, 11, 12]);
  });

  describe('3: why anonymity was granted', () => {
    it('passes with a specific reason for every cited source', () => {
      expect(item(reviewFixture(), 3).state).toBe('pass');
    });
    it('fails on an empty reason, pointing at that source’s citations', () => {
      const input = reviewFixture({ sources: (s) => (s[1]!.anonymityReason = '  ') });
      const result = item(input, 3);
      expect(result.state).toBe('fail');
      expect(result.reasons.map(englishText)[0]).toMatch(/No reason for anonymity is recorded for a source in China/);
      expect(result.citationKeys).toEqual(['cit1', 'cit3']);
    });
    it('flags boilerplate such as “not authorized to speak” for a second look', () => {
      const input = reviewFixture({ sources: (s) => (s[0]!.anonymityReason = 'He was not authorized to speak to the media.') });
      const result = item(input, 3);
      expect(result.state).toBe('fail');
      expect(result.reasons.map(englishText)[0]).toMatch(/boilerplate/);
    });
  });

  describe('5: how the source knows', () => {
    it('passes when access is recorded for every cited source', () => {
      expect(item(reviewFixture(), 5).state).toBe('pass');
    });
    it('fails when it is missing', () => {
      const result = item(reviewFixture({ sources: (s) => (s[2]!.access = '') }), 5);
      expect(result).toMatchObject({ state: 'fail', citationKeys: ['cit4', 'cit5'] });
      expect(result.reasons.map(englishText)[0]).toMatch(/How a Daily NK source knows is not recorded/);
    });
  });

  describe('6: bare attributions', () => {
    it('passes when every label carries a place or affiliation', () => {
      expect(item(reviewFixture(), 6).state).toBe('pass');
    });
    it('fails on a bare “a source” label (the label check)', () => {
      const result = item(reviewFixture({ sources: (s) => (s[2]!.label = { adjective: '', noun: 'source', qualifier: '' }) }), 6);
      expect(result.state).toBe('fail');
      expect(result.citationKeys).toEqual(['cit4', 'cit5']);
    });
    it('fails on “sources say” typed outside any citation', () => {
      const result = item(reviewFixture({ doc: (d) => d.content!.push(paragraph('Several sources say the price of coal doubled.')) }), 6);
      expect(result.state).toBe('fail');
      expect(result.reasons.map(englishText).join(' ')).toMatch(/“Several sources say” without a citation/);
    });
  });

  describe('7: separate, plural and back-references', () => {
    it('passes on the fixture story (rules decide every form)', () => {
      expect(item(reviewFixture(), 7).state).toBe('pass');
    });
    it('fails when “a separate source” is the source already cited', () => {
      // Citation 6 is the trader again; forcing "separate" claims a new person.
      const result = item(reviewFixture({ doc: (d) => (citationAt(d, 6).attrs!.override = 'separate') }), 7);
      expect(result).toMatchObject({ state: 'fail', citationKeys: ['cit6'] });
      expect(result.reasons.map(englishText)[0]).toMatch(/reads as a new person, but this source was cited before/);
    });
    it('fails when “the initial source” points back to nobody', () => {
      const result = item(reviewFixture({ doc: (d) => (citationAt(d, 3).attrs!.override = 'ordinal') }), 7);
      expect(result).toMatchObject({ state: 'fail', citationKeys: ['cit3'] });
      expect(result.reasons.map(englishText)[0]).toMatch(/cited here for the first time/);
    });
    it('fails when a plural stands for one person', () => {
      const result = item(reviewFixture({ doc: (d) => (citationAt(d, 2).attrs!.override = 'plural') }), 7);
      expect(result.reasons.map(englishText)[0]).toMatch(/is plural but cites one source/);
    });
  });

  describe('8: named and anonymous', () => {
    it('passes when the leak guard finds no cited source named', () => {
      expect(item(reviewFixture(), 8).state).toBe('pass');
    });
    it('fails when the story names a source it cites anonymously', () => {
      const input = reviewFixture();
      input.leak = { openCount: 1, findings: [{ sourceId: input.sourceIds.boatman, matched: 'Park Sun-hee', severity: 'high', dismissed: false }] };
      const result = item(input, 8);
      expect(result).toMatchObject({ state: 'fail', citationKeys: ['cit1', 'cit3'] });
      expect(result.reasons.map(englishText)[0]).toMatch(/also names them \(“Park Sun-hee”\)/);
    });
    it('fails when a public name of a cited source “declined to comment”, and ignores it elsewhere', () => {
      const declined = reviewFixture({ doc: (d) => d.content!.push(paragraph('Liu Zhenhai declined to comment.')) });
      declined.leak = { openCount: 0, findings: [{ sourceId: declined.sourceIds.trader, matched: 'Liu Zhenhai', severity: 'low', dismissed: false }] };
      expect(item(declined, 8).reasons.map(englishText)[0]).toMatch(/declined to comment/);
      const mentioned = reviewFixture({ doc: (d) => d.content!.push(paragraph('Liu Zhenhai owns a stall.')) });
      mentioned.leak = { openCount: 0, findings: [{ sourceId: mentioned.sourceIds.trader, matched: 'Liu Zhenhai', severity: 'low', dismissed: false }] };
      expect(item(mentioned, 8).state).toBe('pass');
    });
    it('is left to the editor on a copy without identities', () => {
      const input = reviewFixture();
      input.leak = null;
      expect(item(input, 8)).toMatchObject({ state: 'manual', auto: false });
    });
  });

  describe('9: single anonymous source', () => {
    it('marks uncorroborated single-source citations for a senior editor', () => {
      const view = buildReviewView(reviewFixture());
      expect(view.checklist.find((c) => c.id === 9)!.state).toBe('fail');
      expect(view.citations.filter((c) => c.seniorEditor).map((c) => c.number)).toEqual([2, 3, 4, 5, 6]);
      expect(view.citations[0]!.seniorEditor).toBe(false); // the collective attribution has two sources
    });
    it('passes once each claim is corroborated by another source in the draft', () => {
      const input = reviewFixture();
      const [trader0, , boat2, , watch4, trader5] = input.statements;
      const at = new Date().toISOString();
      input.corroborations = [
        { statementIds: [trader0!.id, boat2!.id], createdAt: at },
        { statementIds: [watch4!.id, trader5!.id], createdAt: at },
      ];
      const view = buildReviewView(input);
      expect(view.citations.map((c) => c.corroboration.count)).toEqual([0, 1, 1, 1, 1, 1]);
      expect(view.citations[1]!.corroboration.labels).toEqual(['a source in China']);
      expect(view.checklist.find((c) => c.id === 9)!.state).toBe('pass');
    });
    it('does not count a statement of the same source, or one the draft does not cite', () => {
      const input = reviewFixture();
      const [trader0, trader1] = input.statements;
      input.corroborations = [{ statementIds: [trader0!.id, trader1!.id], createdAt: new Date().toISOString() }];
      expect(buildReviewView(input).citations[1]!.corroboration.count).toBe(0);
    });
  });

  describe('11: jigsaw', () => {
    it('passes when no label is narrowed down', () => {
      expect(item(reviewFixture(), 11).state).toBe('pass');
    });
    it('fails when a narrow label comes with the date the source spoke', () => {
      const result = item(reviewFixture({ sources: (s) => (s[0]!.poolSize = 12) }), 11);
      expect(result.state).toBe('fail');
      expect(result.reasons.map(englishText)[0]).toMatch(/^a source based in China: about 12 people fit this label/);
    });
  });

  describe('12: byline', () => {
    it('passes with a byline', () => {
      expect(item(reviewFixture(), 12).state).toBe('pass');
    });
    it('fails without one on an anonymously sourced story', () => {
      const input = reviewFixture();
      input.meta.byline = ' ';
      expect(item(input, 12)).toMatchObject({ state: 'fail' });
      expect(item(input, 12).reasons.map(englishText)).toEqual(['The story cites anonymous sources but has no byline.']);
    });
  });
});
