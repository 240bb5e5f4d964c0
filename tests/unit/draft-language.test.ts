import { describe, expect, it } from 'vitest';
import { contract } from '../../common/api/contract';
import { draftLanguageOf } from '../../common/domain/language';
import type { SourceLabel } from '../../common/domain/source';
import { saveProfile } from '../../main/features/profile';
import type { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES } from '../fixtures/border-story';
import { type SeededStory, seededStoryDoc } from '../support/seed-story';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { storyVaultEachTest } from '../support/vault-each-test';
import { englishText } from '../../main/i18n/english-text';

// A draft's language through the service: English by default (drafts from before languages), set
// through the contract, kept in the vault, and rendering the review in that language.

describe('draft language', () => {
  let service: ShieldnoteService;
  let seeded: SeededStory;
  let draftId: string;

  storyVaultEachTest(async (story) => {
    ({ service, seeded } = story);
    const doc = seededStoryDoc(seeded);
    draftId = (await service.createDraft({ title: 'Yalu', byline: 'Staff reporter' })).meta.id;
    await service.saveDraftBody({ id: draftId, baseRevision: 1, body: doc });
  });

  async function labelInKorean(key: (typeof SOURCES)[number]['key'], local: { place: string; noun: string }) {
    const fields = SOURCES.find((s) => s.key === key)!.fields;
    const label: SourceLabel = { ...fields.label, byLanguage: { ko: local } };
    const saved = await service.saveSource({ ...fields, label, id: seeded.sourceIds[key] });
    expect(saved.label.byLanguage).toEqual({ ko: local });
  }

  it('reads a draft without a language as English, and keeps the language it is set to', async () => {
    const draft = await service.getDraft({ id: draftId });
    expect(draft.meta.language).toBeUndefined();
    expect(draftLanguageOf(draft.meta)).toBe('en');
    const meta = await service.setDraftLanguage({ id: draftId, language: 'ko' });
    expect(meta.language).toBe('ko');
    expect((await service.listDrafts({})).find((d) => d.id === draftId)!.language).toBe('ko');
    // Main validates every call against the contract: a language the engine has no rules for is refused.
    expect(contract.setDraftLanguage.input.safeParse({ id: draftId, language: 'fr' }).success).toBe(false);
    expect(contract.setDraftLanguage.input.safeParse({ id: draftId, language: 'zh-Hans' }).success).toBe(true);
  });

  it('renders the review in the draft’s language and says which sources have no label in it', async () => {
    await labelInKorean('trader', { place: '단둥', noun: '소식통' });
    await labelInKorean('boatman', { place: '훈춘', noun: '소식통' });
    await service.setDraftLanguage({ id: draftId, language: 'ko' });
    const view = await service.getReview({ subject: { draftId } });
    expect(view.language).toBe('ko');
    expect(view.citations.map((c) => c.attribution.startsWith('[no Korean label') ? 'none' : c.attribution)).toEqual([
      '복수의 Daily NK 소식통', '5월 5일 단둥 소식통', '훈춘 소식통', 'none', 'none', '단둥 소식통',
    ]);
    expect(view.citations[3]!.missingLabel).toEqual([seeded.sourceIds.watcher]);
    expect(view.signOffBlockers.map(englishText)).toContain('2 citations cite sources with no Korean label.');
  });

  it('reopens approvals when the language changes what the attributions say', async () => {
    for (const [key, place] of [['trader', '단둥'], ['boatman', '훈춘'], ['watcher', '']] as const) await labelInKorean(key, { place, noun: '소식통' });
    await saveProfile(service.requireVault(), { name: 'Mina Cho', role: 'editor', passphrase: STRONG_PASSPHRASE });
    await service.setDraftStatus({ id: draftId, status: 'in-review' });
    let view = await service.getReview({ subject: { draftId } });
    for (const c of view.citations) view = await service.decideCitation({ subject: { draftId }, citationKey: c.key, state: 'approved' });
    expect(view.counts.open).toBe(0);
    await service.setDraftLanguage({ id: draftId, language: 'ko' });
    view = await service.getReview({ subject: { draftId } });
    expect(view.counts.open).toBe(view.citations.length);
    expect(view.reopened?.citationKeys.length).toBe(view.citations.length);
  });
});
