import type { InputOf } from '../../../common/api/contract';
import type { Draft, DraftMeta } from '../../../common/domain/draft';
import { createDraft, getDraft, listDrafts, saveDraftBody, saveDraftMeta, setDraftStatus, storedDraft, toMeta } from '../../features/drafts';
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
    assertReviewable(vault, input.body);
    await saveDraftBody(vault, input.id, input.baseRevision, input.body);
    // An edited passage reopens exactly the approvals it touched.
    await reopenChangedApprovals(vault, input.id);
    return toMeta(storedDraft(vault, input.id));
  }

  async saveDraftMeta(input: InputOf<'saveDraftMeta'>): Promise<DraftMeta> {
    const { id, ...fields } = input;
    return saveDraftMeta(this.ctx.requireVault(), id, fields);
  }

  async setDraftStatus(input: InputOf<'setDraftStatus'>): Promise<DraftMeta> {
    return setDraftStatus(this.ctx.requireVault(), input.id, input.status);
  }
}
