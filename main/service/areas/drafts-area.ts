import type { InputOf } from '../../../common/api/contract';
import type { Draft, DraftMeta } from '../../../common/domain/draft';
import { draftLanguageOf } from '../../../common/domain/language';
import { createDraft, createLinkedTranslation, getDraft, listDrafts, saveDraftBody, saveDraftMeta, setDraftLanguage, setDraftStatus, storedDraft, toMeta } from '../../features/drafts';
import { assertReviewable, reopenChangedApprovals } from '../../features/review';
import { readReview } from '../../features/review-store';
import type { ServiceContext } from '../service-context';

// Drafts: the list, a draft's body and fields, and its status.

export class DraftsArea {
  constructor(private readonly ctx: ServiceContext) {}

  async listDrafts(): Promise<DraftMeta[]> {
    const vault = this.ctx.requireVault();
    return listDrafts(vault).map((meta) => {
      const review = readReview(vault, meta.id);
      const flagged = review.decisions.filter((d) => d.state === 'flagged').length;
      const reopened = review.reopened?.citationKeys.length ?? 0;
      return flagged + reopened > 0 ? { ...meta, review: { flagged, reopened } } : meta;
    });
  }

  async createDraft(input: InputOf<'createDraft'>): Promise<Draft> {
    return createDraft(this.ctx.requireVault(), input);
  }

  async getDraft(input: InputOf<'getDraft'>): Promise<Draft> {
    return getDraft(this.ctx.requireVault(), input.id);
  }

  async saveDraftBody(input: InputOf<'saveDraftBody'>): Promise<DraftMeta> {
    const vault = this.ctx.requireVault();
    assertReviewable(vault, input.body, draftLanguageOf(storedDraft(vault, input.id)));
    await saveDraftBody(vault, input.id, input.baseRevision, input.body);
    // An edited passage reopens exactly the approvals it touched.
    await reopenChangedApprovals(vault, input.id);
    return toMeta(storedDraft(vault, input.id));
  }

  async saveDraftMeta(input: InputOf<'saveDraftMeta'>): Promise<DraftMeta> {
    const { id, ...fields } = input;
    return saveDraftMeta(this.ctx.requireVault(), id, fields);
  }

  async setDraftLanguage(input: InputOf<'setDraftLanguage'>): Promise<DraftMeta> {
    const vault = this.ctx.requireVault();
    await setDraftLanguage(vault, input.id, input.language);
    // The attributions now read differently: approvals of passages that changed reopen.
    await reopenChangedApprovals(vault, input.id);
    return toMeta(storedDraft(vault, input.id));
  }

  async translateDraft(input: InputOf<'translateDraft'>): Promise<Draft> {
    return createLinkedTranslation(this.ctx.requireVault(), input.id, input.language);
  }

  async setDraftStatus(input: InputOf<'setDraftStatus'>): Promise<DraftMeta> {
    return setDraftStatus(this.ctx.requireVault(), input.id, input.status);
  }
}
