import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import type { CitationDecision, Reviewer } from '../../common/domain/review';
import { sentenceEnds } from '../../common/review/passages';
import { buildReviewView, staleApprovals } from '../../common/review/review-view';
import { sha256Hex } from '../../common/review/sha256';
import { ATTRIBUTIONS } from '../fixtures/border-story';
import { reviewFixture } from '../support/review-fixture';
import { englishText } from '../../main/i18n/english-text';

const editor: Reviewer = { name: 'Mina Cho', role: 'editor', fingerprint: '12345 67890 12345 67890 12345 67890' };
const textNodes = (doc: DocNode): DocNode[] => (doc.type === 'text' ? [doc] : (doc.content ?? []).flatMap(textNodes));

function approveAll(input: ReturnType<typeof reviewFixture>): CitationDecision[] {
  return buildReviewView(input).citations.map((c) => ({ citationKey: c.key, state: 'approved', by: editor, at: '2026-01-01T10:00:00.000Z', passageHash: c.passageHash }));
}

describe('review view', () => {
  it('shows every citation in order with its rendered attribution and the sentence around it', () => {
    const view = buildReviewView(reviewFixture());
    expect(view.citations.map((c) => c.attribution)).toEqual(ATTRIBUTIONS.map((a) => a.expected));
    // A quotation with a full stop inside stays one sentence with its attribution.
    expect(view.citations[3]!.sentence).toEqual({ before: 'Last month ', attribution: 'a Daily NK source', after: ' watched coal pile up on the bank outside Sinuiju.' });
    expect(view.citations[4]!.sentence).toEqual({ before: '', attribution: 'The source', after: ' said it was meant for China once sanctions end.' });
    expect(view.citations[1]!.sources[0]).toMatchObject({ labelText: 'a source based in China', reliability: 'established', poolSize: 400 });
  });

  it('compares the quoted words with the recorded statement, word by word', () => {
    const input = reviewFixture();
    const quoted = textNodes(input.body).find((n) => n.marks?.some((m) => m.type === 'quoteSource') && n.text!.startsWith('Reed'))!;
    quoted.text = quoted.text!.replace('seafood are coming', 'seafood is flooding');
    const quote = buildReviewView(input).citations[2]!.quotes[0]!;
    expect(quote.matches).toBe(false);
    expect(quote.changes.filter((c) => c.type !== 'same')).toEqual([
      { type: 'removed', text: 'are coming' },
      { type: 'added', text: 'is flooding' },
    ]);
    expect(buildReviewView(reviewFixture()).citations[2]!.quotes[0]!.matches).toBe(true);
  });

  it('keeps a quotation with inner full stops in one sentence', () => {
    const text = '“The agents used to lead. Now you hardly see them,” said the source. Next sentence.';
    expect(sentenceEnds(text)).toEqual([text.indexOf(' Next'), text.length]);
  });

  it('enables sign-off only when every citation is approved and the leak guard is clear, and says what is missing', () => {
    const input = reviewFixture();
    expect(buildReviewView(input).signOffBlockers.map(englishText)).toEqual(['6 citations are not yet approved.']);
    input.review.decisions = approveAll(input);
    input.leak = { openCount: 2, findings: [] };
    expect(buildReviewView(input).signOffBlockers.map(englishText)).toEqual(['The leak guard has 2 open findings.']);
    input.leak = { openCount: 0, findings: [] };
    expect(buildReviewView(input).signOffBlockers).toEqual([]);
    input.review.decisions[3] = { ...input.review.decisions[3]!, state: 'flagged', comment: 'Which yard?' };
    expect(buildReviewView(input).signOffBlockers.map(englishText)).toEqual(['1 citation is flagged.']);
  });

  it('hashes passages with SHA-256 (checked against Node’s)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => sha256Hex(s) === createHash('sha256').update(s, 'utf8').digest('hex')));
  });
});

describe('reopen on edit', () => {
  const hashes = (input: ReturnType<typeof reviewFixture>) => new Map(buildReviewView(input).citations.map((c) => [c.key, c.passageHash]));

  it('editing one cited passage reopens only that approval', () => {
    const input = reviewFixture();
    input.review.decisions = approveAll(input);
    const sentence = textNodes(input.body).find((n) => n.text?.includes('watched coal'))!;
    sentence.text = sentence.text!.replace('coal', 'iron ore');
    expect(staleApprovals(input.review.decisions, hashes(input))).toEqual(['cit4']);
    const view = buildReviewView(input);
    expect(view.citations.map((c) => c.decision.state)).toEqual(['approved', 'approved', 'approved', 'open', 'approved', 'approved']);
    expect(view.citations[3]!.decision.changedSince).toBe(true);
  });

  it('editing text outside any cited sentence reopens nothing', () => {
    const input = reviewFixture();
    input.review.decisions = approveAll(input);
    input.body.content![0]!.content![0]!.text = 'Smuggling booms on the Yalu';
    input.body.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Prices of rice held steady.' }] });
    // A second sentence in a cited paragraph is not the cited sentence either.
    const p = input.body.content![1]!.content!;
    p.push({ type: 'text', text: ' Trucks wait at the bridge.' });
    expect(staleApprovals(input.review.decisions, hashes(input))).toEqual([]);
  });

  it('an edited statement reopens the citations that quote it', () => {
    const input = reviewFixture();
    input.review.decisions = approveAll(input);
    input.statements[4]!.text = 'A pile of coal sits near Sinuiju.';
    expect(staleApprovals(input.review.decisions, hashes(input))).toEqual(['cit4', 'cit5']);
  });

  it('a change of rendering (an earlier source removed) reopens the citations whose wording changed', () => {
    const input = reviewFixture();
    input.review.decisions = approveAll(input);
    // Without the trader's quote, the boatman's "a separate source in China" becomes "a source in China".
    input.body.content!.splice(2, 1);
    expect(staleApprovals(input.review.decisions, hashes(input))).toEqual(['cit3', 'cit6']);
  });

  it('a flag on a changed passage stays a flag, marked as changed since', () => {
    const input = reviewFixture();
    input.review.decisions = approveAll(input);
    input.review.decisions[3] = { ...input.review.decisions[3]!, state: 'flagged', comment: 'Which yard?' };
    const sentence = textNodes(input.body).find((n) => n.text?.includes('watched coal'))!;
    sentence.text = sentence.text!.replace('the bank', 'the loading yard');
    expect(staleApprovals(input.review.decisions, hashes(input))).toEqual([]);
    expect(buildReviewView(input).citations[3]!.decision).toMatchObject({ state: 'flagged', changedSince: true, comment: 'Which yard?' });
  });
});
