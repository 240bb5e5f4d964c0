import { describe, expect, it } from 'vitest';
import { collectCitations } from '../../common/document/draft-doc';
import { translationSkeleton } from '../../common/document/translation-skeleton';
import type { DocNode } from '../../common/domain/draft';
import { checkTranslation } from '../../common/review/translation-check';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { FAST_KDF, testPlatform } from '../support/temp-dirs';
import { deskVaultEachTest } from '../support/vault-each-test';

// "Translate…": a linked draft with the same citations in order, and the review's check that
// both versions cite the same statements and each source as often.

const chip = (id: string, statementIds: string[], extra: Record<string, unknown> = {}) => ({
  type: 'citation',
  attrs: { citationId: id, statementIds, revisions: statementIds.map(() => 1), override: null, customText: null, showDate: false, outlet: '', particle: null, ...extra },
});
const text = (t: string) => ({ type: 'text', text: t });

const original: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Rice at the border')] },
    { type: 'paragraph', content: [chip('a', ['s1'], { particle: '은/는', customText: 'x' }), text('는 “쌀값이 올랐다”고 전했다. '), chip('b', ['s2'], { showDate: true })] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [text('No citation here.')] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [chip('c', ['s1', 's3'], { outlet: '데일리NK' })] }] }] },
    { type: 'horizontalRule' },
  ],
};

describe('translation skeleton', () => {
  it('keeps every block and every citation in order, with new ids and no words or wording choices', () => {
    let n = 0;
    const skeleton = translationSkeleton(original, () => `new${++n}`);
    expect(skeleton.content!.map((b) => b.type)).toEqual(['heading', 'paragraph', 'blockquote', 'bulletList', 'horizontalRule']);
    expect(skeleton.content![0]).toEqual({ type: 'heading', attrs: { level: 2 } });
    expect(skeleton.content![1]!.content).toEqual([
      chip('new1', ['s1']),
      text(' '),
      chip('new2', ['s2'], { showDate: true }),
    ]);
    expect(skeleton.content![2]).toEqual({ type: 'blockquote', content: [{ type: 'paragraph' }] });
    expect(collectCitations(skeleton).map((c) => c.statementIds)).toEqual(collectCitations(original).map((c) => c.statementIds));
    expect(collectCitations(skeleton)[2]!.outlet).toBe('데일리NK');
  });
});

describe('translation check', () => {
  const sourceOf = (id: string) => ({ s1: 'A', s2: 'B', s3: 'C' } as Record<string, string>)[id];
  it('passes a faithful translation, whatever the order and wording', () => {
    const other: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [chip('y', ['s2']), text(' and '), chip('x', ['s1'], { override: 'definite' }), chip('z', ['s3', 's1'])] }] };
    expect(checkTranslation(original, other, sourceOf)).toEqual({ missing: [], counts: [] });
  });

  it('flags a citation missing on either side and a source cited a different number of times', () => {
    const other: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [chip('x', ['s1']), chip('y', ['s1']), chip('z', ['s1', 's3'])] }] };
    const result = checkTranslation(original, other, sourceOf);
    expect(result.missing).toEqual([
      { citationKey: 'b', number: 2, statementIds: ['s2'], sourceIds: ['B'], presentIn: 'this' },
      { citationKey: 'y', number: 2, statementIds: ['s1'], sourceIds: ['A'], presentIn: 'linked' },
    ]);
    expect(result.counts).toEqual([
      { sourceId: 'A', thisCount: 2, linkedCount: 3 },
      { sourceId: 'B', thisCount: 1, linkedCount: 0 },
    ]);
  });
});

describe('Translate… through the service', () => {
  let service: ShieldnoteService;

  deskVaultEachTest((desk) => ({ service } = desk), (appDir) => new ShieldnoteService({ platform: testPlatform(appDir, async () => null), kdfPolicy: FAST_KDF, now: () => new Date('2024-05-06T09:15:00Z') }));

  it('creates a linked draft in the other language, and the review compares the two', async () => {
    const source = await service.saveSource({ label: { adjective: '', noun: 'source', qualifier: 'in Hyesan', byLanguage: { ko: { place: '혜산', noun: '소식통' } } }, access: '', anonymityReason: '', reliability: 'new', poolSize: null, notes: '' });
    const [s1, s2] = await service.saveStatements({
      statements: ['Rice went up.', 'Guards were replaced.'].map((t) => ({ sourceId: source.id, text: t, kind: 'paraphrase' as const, saidOn: null, channel: 'phone' as const, notes: '', tags: [] })),
    });
    const draft = await service.createDraft({ title: '혜산 쌀값', byline: '기자' });
    await service.setDraftLanguage({ id: draft.meta.id, language: 'ko' });
    const hex = (n: number) => n.toString(16).padStart(32, '0');
    await service.saveDraftBody({
      id: draft.meta.id,
      baseRevision: 1,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [chip(hex(1), [s1!.id], { particle: '은/는' }), text(' 쌀값이 올랐다고 전했다. '), chip(hex(2), [s2!.id]), text('도 그렇게 말했다.')] }] },
    });
    await expect(service.translateDraft({ id: draft.meta.id, language: 'ko' })).rejects.toMatchObject({ code: 'VALIDATION' });

    const english = await service.translateDraft({ id: draft.meta.id, language: 'en' });
    expect(english.meta).toMatchObject({ language: 'en', linkedDrafts: [draft.meta.id], title: '혜산 쌀값', citationCount: 2, status: 'drafting' });
    expect(collectCitations(english.body).map((c) => c.statementIds)).toEqual([[s1!.id], [s2!.id]]);
    expect((await service.getDraft({ id: draft.meta.id })).meta.linkedDrafts).toEqual([english.meta.id]);

    const review = await service.getReview({ subject: { draftId: draft.meta.id } });
    expect(review.translations).toHaveLength(1);
    expect(review.translations[0]).toMatchObject({ draftId: english.meta.id, language: 'en', missing: [], counts: [] });
    expect(review.translations[0]!.thisBlocks).toEqual(['혜산 쌀값', '혜산 소식통은 쌀값이 올랐다고 전했다. 이 소식통도 그렇게 말했다.']);
    expect(review.translations[0]!.linkedBlocks).toEqual(['혜산 쌀값', 'A source in Hyesan the source']);

    // The translator drops the second citation: both views flag it.
    const current = await service.getDraft({ id: english.meta.id });
    const first = current.body.content![0]!.content![0]!;
    await service.saveDraftBody({ id: english.meta.id, baseRevision: current.meta.bodyRevision, body: { type: 'doc', content: [{ type: 'paragraph', content: [first, text(' said rice went up.')] }] } });
    const after = await service.getReview({ subject: { draftId: english.meta.id } });
    expect(after.translations[0]).toMatchObject({
      draftId: draft.meta.id,
      language: 'ko',
      missing: [{ number: 2, presentIn: 'linked', attribution: '이 소식통' }],
      counts: [{ sourceId: source.id, label: 'a source in Hyesan', thisCount: 1, linkedCount: 2 }],
    });
  });
});
