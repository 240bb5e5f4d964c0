import { COLLECTIONS, collectionIn } from '../../main/features/collections';
import type { StoredDraft } from '../../main/features/drafts';
import type { ShieldnoteService } from '../../main/service/shieldnote-service';

/**
 * TEST SETUP ONLY: marks a draft approved straight in the vault. Approval is an editor's sign-off,
 * which arrives with the review screen (another branch); final exports need it, so until then
 * the export tests set it here. Nothing in the app can call this.
 */
export async function approveDraftForTest(service: ShieldnoteService, draftId: string): Promise<void> {
  await service.requireVault().update((data) => {
    collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draftId]!.status = 'approved';
  });
}
