import { message } from '../../common/domain/message';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import type { RevealedIdentity } from '../../common/domain/identity';
import type { ImportedPackage, ImportedResponse, SavedFile } from '../../common/domain/review-package';
import { appendAudit } from '../features/audit-log';
import { confirmWithPassphrase } from '../features/confirmations';
import { storedContact } from '../features/contacts';
import { applyReturnedReview, readCopyReview } from '../features/review';
import { readCorroborations } from '../features/review-store';
import { COPY_AWAY_MESSAGE, isAway } from '../features/travel';
import type { Platform } from '../service/platform';
import { wipe } from '../vault/sodium';
import type { Vault } from '../vault/vault';
import { importReviewPackage, importReviewResponse, recordResponseSent, recordSent, sealReviewPackage, sealReviewResponse } from './exchange';
import { requireDesk } from './desk';
import { writeDeskFile } from './desk-folder';
import { readThroughPicker, saveThroughPicker } from './package-files';
import { copyIdentitiesAway, readCopyIdentities, readCopyPackage, storedCopy } from './review-copies';

// The service's package methods: seal or open, with the file dialogs in between. A package is
// recorded as sent only once its file is safely written.

export async function sendForReview(
  vault: Vault,
  platform: Platform,
  input: { draftId: string; contactId: string; includeIdentities: boolean; passphrase?: string | undefined; toDesk?: boolean | undefined },
): Promise<SavedFile> {
  const { passphrase, toDesk, ...request } = input;
  // The desk folder is the one main's own dialog named in Vault settings › Desk; each package
  // put there is confirmed in main's own dialog too, as a save dialog would be for a file.
  const desk = toDesk ? requireDesk(vault) : null;
  if (desk) {
    const contact = storedContact(vault, request.contactId);
    const title = (vault.collection<{ title: string }>('drafts')[request.draftId]?.title ?? '').trim() || 'Untitled';
    const yes = await platform.confirm({
      title: 'Put the draft on the desk?',
      message: `“${title}” will be sealed for ${contact.name} and put in the desk folder ${desk.folder}. Only their keys can open it.`,
      confirmLabel: 'Put on the desk',
    });
    if (!yes) return { path: null };
  }
  // Identities leave the vault only on the passphrase, which main checks (DESIGN §2.6).
  if (request.includeIdentities) {
    const contact = storedContact(vault, request.contactId);
    await confirmWithPassphrase(vault, passphrase, { what: `send the cited sources’ identities to ${contact.name}`, unchanged: 'Nothing was sent.', audit: { decision: 'sendIdentities', subject: contact.name } });
  }
  const sealed = await sealReviewPackage(vault, { ...request, corroborations: readCorroborations(vault) });
  if (desk) {
    const name = await writeDeskFile(desk.folder, 'package', sealed.bytes);
    await recordSent(vault, sealed.sent, `desk: ${name}`, name);
    return { path: path.join(desk.folder, name) };
  }
  const target = await saveThroughPicker(platform, 'Save the review package', sealed.suggestedName, 'snreview', sealed.bytes);
  if (!target) return { path: null };
  await recordSent(vault, sealed.sent, path.basename(target));
  return { path: target };
}

export async function importPackageFile(vault: Vault, platform: Platform): Promise<ImportedPackage> {
  const file = await readThroughPicker(platform, 'Import a review package', 'snreview');
  if (!file) return { copy: null };
  return { copy: await importReviewPackage(vault, file.bytes, path.basename(file.path)) };
}

export async function saveResponseFile(vault: Vault, platform: Platform, copyId: string, toDesk = false): Promise<SavedFile> {
  const desk = toDesk ? requireDesk(vault) : null;
  if (desk) {
    const copy = storedCopy(vault, copyId);
    const yes = await platform.confirm({
      title: 'Put your decisions on the desk?',
      message: `Your decisions on “${copy.title}” will be sealed for ${copy.from.name} and put in the desk folder ${desk.folder}.`,
      confirmLabel: 'Put on the desk',
    });
    if (!yes) return { path: null };
  }
  const pkg = await readCopyPackage(vault, copyId);
  const review = readCopyReview(vault, copyId, pkg.draft.id);
  const decided = review.decisions.filter((d) => d.state !== 'open').length;
  if (decided === 0 && review.ticks.length === 0) throw new ShieldnoteError('CONFLICT', 'Decide at least one citation before sending your decisions back.');
  const sealed = await sealReviewResponse(vault, copyId, review);
  if (desk) {
    const name = await writeDeskFile(desk.folder, 'response', sealed.bytes);
    await recordResponseSent(vault, copyId, `desk: ${name}`, decided, name);
    return { path: path.join(desk.folder, name) };
  }
  const target = await saveThroughPicker(platform, 'Save your decisions for the reporter', sealed.suggestedName, 'snresponse', sealed.bytes);
  if (!target) return { path: null };
  await recordResponseSent(vault, copyId, path.basename(target), decided);
  return { path: target };
}

export async function importResponseFile(vault: Vault, platform: Platform): Promise<ImportedResponse> {
  const file = await readThroughPicker(platform, 'Import an editor’s decisions', 'snresponse');
  if (!file) return { draftId: null };
  return importReviewResponse(vault, file.bytes, path.basename(file.path), applyReturnedReview);
}

/** Shows the identities that came with a copy, like a local reveal: passphrase again, audited. */
export async function revealCopyIdentity(
  vault: Vault,
  input: { copyId: string; sourceId: string; passphrase: Uint8Array },
  revealSeconds: number,
): Promise<RevealedIdentity> {
  const copy = storedCopy(vault, input.copyId);
  if (copyIdentitiesAway(copy) && isAway(vault)) {
    wipe(input.passphrase);
    throw new ShieldnoteError('FORBIDDEN', COPY_AWAY_MESSAGE);
  }
  let ok: boolean;
  try {
    ok = await vault.verifyPassphrase(input.passphrase);
  } finally {
    wipe(input.passphrase);
  }
  if (!ok) {
    await vault.update((data) => appendAudit(data, vault, 'identity.reveal-refused', input.sourceId, message('audit.detail.copyRevealRefused', { title: copy.title })));
    throw new ShieldnoteError('WRONG_PASSPHRASE', 'That passphrase is not right. The identity stays hidden.');
  }
  const terms = (await readCopyIdentities(vault, input.copyId))[input.sourceId] ?? [];
  await vault.update((data) => appendAudit(data, vault, 'identity.revealed', input.sourceId, message('audit.detail.copyRevealed', { title: copy.title, from: copy.from.name, count: terms.length, seconds: revealSeconds })));
  return { sourceId: input.sourceId, terms, hideAfterSeconds: revealSeconds };
}
