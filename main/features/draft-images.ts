import { ShieldnoteError } from '../../common/api/errors';
import { MAX_DRAFT_IMAGES, type DraftImage, type DraftImageFields } from '../../common/domain/draft-image';
import { scrubImage } from '../export/image-scrub';
import { RecordKind } from '../vault/container';
import type { Vault } from '../vault/vault';
import { COLLECTIONS, collectionIn } from './collections';
import { storedDraft, type StoredDraft } from './drafts';

// A draft's images: the bytes as added, each in its own encrypted record (as statement
// attachments are), listed in the draft's catalog entry with caption, credit and alt text.
// Scrubbing happens on the way out; adding one only checks that it can be scrubbed.

export function listDraftImages(vault: Vault, draftId: string): DraftImage[] {
  return storedDraft(vault, draftId).images ?? [];
}

function findImage(vault: Vault, draftId: string, imageId: string): DraftImage {
  const image = listDraftImages(vault, draftId).find((i) => i.id === imageId);
  if (!image) throw new ShieldnoteError('NOT_FOUND', 'That image is no longer in the draft.');
  return image;
}

export async function addDraftImage(vault: Vault, draftId: string, file: { name: string; data: Uint8Array }, fields: DraftImageFields): Promise<DraftImage[]> {
  if (listDraftImages(vault, draftId).length >= MAX_DRAFT_IMAGES) {
    throw new ShieldnoteError('VALIDATION', `A draft can carry up to ${MAX_DRAFT_IMAGES} images.`);
  }
  // Refuses HEIC and anything else that could not leave clean, now rather than at export.
  const checked = await scrubImage(file.data, file.name);
  const id = vault.newRecordId();
  await vault.writeRecord(id, RecordKind.attachment, file.data);
  const image: DraftImage = { id, name: file.name, mimeType: checked.mime, size: file.data.length, width: checked.width, height: checked.height, addedAt: new Date().toISOString(), ...fields };
  try {
    await vault.update((data) => {
      const draft = collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draftId]!;
      draft.images = [...(draft.images ?? []), image];
    });
  } catch (error) {
    await vault.deleteRecord(id);
    throw error;
  }
  return listDraftImages(vault, draftId);
}

export async function updateDraftImage(vault: Vault, draftId: string, imageId: string, fields: DraftImageFields): Promise<DraftImage[]> {
  findImage(vault, draftId, imageId);
  await vault.update((data) => {
    const draft = collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draftId]!;
    draft.images = (draft.images ?? []).map((i) => (i.id === imageId ? { ...i, ...fields } : i));
  });
  return listDraftImages(vault, draftId);
}

export async function removeDraftImage(vault: Vault, draftId: string, imageId: string): Promise<DraftImage[]> {
  findImage(vault, draftId, imageId);
  await vault.update((data) => {
    const draft = collectionIn<StoredDraft>(data, COLLECTIONS.drafts)[draftId]!;
    draft.images = (draft.images ?? []).filter((i) => i.id !== imageId);
  });
  await vault.deleteRecord(imageId);
  return listDraftImages(vault, draftId);
}

/** The image as added (metadata and all): for the reporter's own screen and for scrubbing. */
export async function readDraftImage(vault: Vault, draftId: string, imageId: string): Promise<{ image: DraftImage; data: Uint8Array }> {
  const image = findImage(vault, draftId, imageId);
  return { image, data: await vault.readRecord(imageId, RecordKind.attachment) };
}
