import { message } from '../../common/domain/message';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import type { RestoreOutcome, SealedTo, TravelFileInfo, TravelOutcome, TravelStatus } from '../../common/domain/travel';
import { DAMAGED_PREFIX, replaceAllBackups } from '../vault/backups';
import type { CatalogData } from '../vault/catalog-adapter';
import { RecordKind } from '../vault/container';
import { durableWrite } from '../vault/durable-write';
import { rotateIdentityKey } from '../vault/rewrap';
import { Vault } from '../vault/vault';
import { COPIES_COLLECTION, attachCopyIdentities, detachCopyIdentities, readAllCopyIdentities, writeReturningCopyIdentities, type StoredCopy } from '../review-packages/review-copies';
import type { AppSettingsStore } from '../service/app-settings';
import type { Platform } from '../service/platform';
import { appendAudit } from './audit-log';
import { COLLECTIONS, collectionIn, readSettings, writeSettings, type StoredSource } from './collections';
import { afterIdentityWrites, readIdentities, writeAllIdentities, type IdentityMap } from './identity-compartment';
import { countTerms } from './sources';
import { TRAVEL_FILE_EXTENSION, openTravelFile, readTravelHead, sealTravelFile, type Dismissals, type TravelContent } from './travel-file';
import { normalizeKeyText } from '../../common/vault/recovery-key';


// Travel mode: the identity compartment leaves the device in a travel file sealed to a key that
// is not on it, and is removed from the vault and from every backup. The identity key is replaced
// too, so a stray copy of an old compartment left on the disk opens with nothing the header holds.
// The identities that came with review copies (sealed with the same key) travel in the same file.

export const AWAY_MESSAGE = 'Identities are away (travel mode). Restore them from the travel file first.';
export const COPY_AWAY_MESSAGE = 'The identities that came with this review copy are away (travel mode). Restore them from the travel file first.';
const FILE_FILTER = { name: 'Shieldnote travel file', extensions: [TRAVEL_FILE_EXTENSION] };

export interface TravelDeps {
  vault: Vault;
  platform: Platform;
  settings: AppSettingsStore;
  now: () => Date;
}

export function isAway(vault: Vault): boolean {
  return readSettings(vault).travel !== undefined;
}

/** For every identity action: refused while the identities are away. */
export function assertIdentitiesHere(vault: Vault): void {
  if (isAway(vault)) throw new ShieldnoteError('FORBIDDEN', AWAY_MESSAGE);
}

/** Travel files this installation wrote for this vault that are still on this device. */
export async function travelFilesOnDevice(vault: Vault, settings: AppSettingsStore): Promise<TravelFileInfo[]> {
  const found: TravelFileInfo[] = [];
  for (const file of (await settings.read()).travelFiles) {
    try {
      const head = readTravelHead(new Uint8Array(await fs.readFile(file)));
      if (head.vaultId === vault.header.vaultId) found.push({ path: file, sealedTo: head.sealedTo });
    } catch {
      // Gone, moved, or not a travel file any more: nothing to protect there.
    }
  }
  return found;
}

export async function travelStatus(vault: Vault, settings: AppSettingsStore): Promise<TravelStatus> {
  const stored = readSettings(vault);
  const here = stored.travel ? 0 : Object.keys(await readIdentities(vault)).length;
  const copiesHere = Object.values(vault.collection<StoredCopy>(COPIES_COLLECTION)).filter((c) => c.identitiesRecordId).length;
  return {
    away: stored.travel !== undefined,
    since: stored.travel?.since ?? null,
    sealedTo: stored.travel?.sealedTo ?? null,
    sources: stored.travel?.sources ?? here,
    reviewCopies: stored.travel ? (stored.travel.copies ?? 0) : copiesHere,
    filesOnDevice: await travelFilesOnDevice(vault, settings),
    burned: Object.keys(stored.burned ?? {}).length,
  };
}

/** The typed key must be the one this travel file will need: checked before anything is written. */
async function checkKey(vault: Vault, sealedTo: SealedTo, keyText: string, pendingTravelKey: string | null): Promise<void> {
  if (sealedTo === 'recovery-key') {
    if (!(await Vault.recoveryKeyOpens(vault.header, keyText))) {
      throw new ShieldnoteError('WRONG_PASSPHRASE', 'That is not this vault’s recovery key. Nothing was changed.');
    }
  } else if (!pendingTravelKey || normalizeKeyText(keyText) !== normalizeKeyText(pendingTravelKey)) {
    throw new ShieldnoteError('WRONG_PASSPHRASE', 'That does not match the travel key shown. Check each group of four. Nothing was changed.');
  }
}

/** Writes a travel file and proves it opens with the key before it is committed. */
export async function writeTravelFile(file: string, content: TravelContent, keyText: string, head: { vaultId: string; sealedTo: SealedTo; createdAt: string }): Promise<void> {
  const bytes = await sealTravelFile(content, keyText, head);
  const expected = JSON.stringify(content);
  await durableWrite(file, bytes, async (temp) => {
    const { content: back } = await openTravelFile(new Uint8Array(await fs.readFile(temp)), keyText);
    if (JSON.stringify(back) !== expected) throw new ShieldnoteError('IO', 'The travel file did not read back as written; nothing was removed.');
  });
}

export async function enterTravelMode(deps: TravelDeps, sealedTo: SealedTo, keyText: string, pendingTravelKey: string | null): Promise<TravelOutcome> {
  const { vault, platform, settings, now } = deps;
  if (isAway(vault)) throw new ShieldnoteError('CONFLICT', 'The identities are already away (travel mode).');
  await checkKey(vault, sealedTo, keyText, pendingTravelKey);
  const file = await platform.pickSaveFile({ title: 'Save the travel file', defaultName: `identities.${TRAVEL_FILE_EXTENSION}`, filters: [FILE_FILTER] });
  if (!file) return { done: false };

  return afterIdentityWrites(vault, async () => {
    const identities = await readIdentities(vault);
    const copies = await readAllCopyIdentities(vault);
    const sources = Object.keys(identities).length;
    const reviewCopies = Object.keys(copies).length;
    const since = now().toISOString();
    const dismissed = dismissalsOf(vault.catalog as CatalogData);
    await writeTravelFile(file, { sources: identities, dismissed, copies }, keyText, { vaultId: vault.header.vaultId, sealedTo, createdAt: since });
    await settings.setTravelFile(file, true);
    // From here the vault is in travel mode; finishing (removal, new key, backups) is repeated at
    // the next unlock if it is interrupted.
    const recordId = readSettings(vault).compartment?.recordId;
    await vault.update((data) => {
      const copyRecords = detachCopyIdentities(data, Object.keys(copies));
      writeSettings(data, (s) => {
        s.travel = { since, sealedTo, sources, copies: reviewCopies };
        s.compartment = undefined;
        if (recordId) s.travelPendingRemoval = recordId;
        if (copyRecords.length > 0) s.travelPendingCopyRemovals = copyRecords;
      });
      setDismissals(data, {});
      appendAudit(data, vault, 'identity.travel-out', null, message('audit.detail.travelOut', { sources, copies: reviewCopies, sealedTo: sealedTo === 'recovery-key' ? 'recoveryKey' : 'travelKey' }));
    });
    await finishTravelOut(vault);
    return { done: true, path: file, sources, reviewCopies, status: await travelStatus(vault, settings) };
  });
}

/** Removes what travel mode left to remove. Idempotent: also run at unlock after a crash. */
export async function finishTravelOut(vault: Vault): Promise<void> {
  const { travelPendingRemoval: pending, travelPendingCopyRemovals: copyRecords = [] } = readSettings(vault);
  if ((!pending && copyRecords.length === 0) || !isAway(vault)) return;
  for (const recordId of [...(pending ? [pending] : []), ...copyRecords]) await vault.deleteRecord(recordId);
  await rotateIdentityKey(vault);
  await replaceAllBackups(vault);
  await removeCompartmentsFromKeptCopies(vault.dir);
  await vault.update((data) =>
    writeSettings(data, (s) => {
      s.travelPendingRemoval = undefined;
      s.travelPendingCopyRemovals = undefined;
    }),
  );
}

export async function restoreFromTravel(deps: TravelDeps, keyText: string, deleteFile: boolean): Promise<RestoreOutcome> {
  const { vault, platform, settings } = deps;
  if (!isAway(vault)) throw new ShieldnoteError('CONFLICT', 'The identities are already on this device; there is nothing to restore.');
  const file = await platform.pickOpenFile({ title: 'Choose the travel file', filters: [FILE_FILTER] });
  if (!file) return { done: false };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (error) {
    throw new ShieldnoteError('IO', `Could not read the travel file: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`);
  }
  const { head, content } = await openTravelFile(bytes, keyText);
  const identities = content.sources;
  if (head.vaultId !== vault.header.vaultId) throw new ShieldnoteError('VALIDATION', 'That travel file belongs to another vault.');

  const stored = readSettings(vault);
  const burned = stored.burned ?? {};
  const sources = vault.collection<StoredSource>(COLLECTIONS.sources);
  const kept: IdentityMap = {};
  let skippedBurned = 0;
  let skippedDeleted = 0;
  for (const [sourceId, terms] of Object.entries(identities)) {
    if (burned[sourceId]) skippedBurned++;
    else if (!sources[sourceId] || sources[sourceId].deletedAt) skippedDeleted++;
    else kept[sourceId] = terms;
  }
  await writeAllIdentities(vault, kept);
  const copies = await writeReturningCopyIdentities(vault, content.copies);
  await vault.update((data) => {
    writeSettings(data, (s) => (s.travel = undefined));
    attachCopyIdentities(data, copies.written);
    const restoredDismissals: Dismissals = {};
    for (const [draftId, keys] of Object.entries(content.dismissed)) {
      restoredDismissals[draftId] = Object.fromEntries(Object.entries(keys).filter(([key]) => !!kept[key.split(':')[0]!]));
    }
    setDismissals(data, restoredDismissals);
    const all = collectionIn<StoredSource>(data, COLLECTIONS.sources);
    for (const [id, source] of Object.entries(all)) source.identityCounts = kept[id] ? countTerms(kept[id]) : {};
    appendAudit(data, vault, 'identity.travel-in', null, Object.keys(content.copies).length > 0
        ? message('audit.detail.travelInWithCopies', { restored: Object.keys(kept).length, burned: skippedBurned, deleted: skippedDeleted, copies: Object.keys(copies.written).length, copiesSkipped: copies.skipped })
        : message('audit.detail.travelIn', { restored: Object.keys(kept).length, burned: skippedBurned, deleted: skippedDeleted }));
  });
  let fileDeleted = false;
  if (deleteFile) {
    try {
      await fs.rm(file, { force: true });
      await settings.setTravelFile(file, false);
      fileDeleted = true;
    } catch {
      // Restored all the same; the page says the file is still there.
    }
  }
  const copiesRestored = Object.keys(copies.written).length;
  return { done: true, restored: Object.keys(kept).length, skippedBurned, skippedDeleted, copiesRestored, fileDeleted, path: file, status: await travelStatus(vault, settings) };
}


type DraftWithDismissals = { dismissed?: Record<string, { reason: string; at: string }> };

/** Every draft's leak-guard dismissals (their keys name a source and a folded term). */
export function dismissalsOf(data: CatalogData): Dismissals {
  const out: Dismissals = {};
  for (const [id, draft] of Object.entries(collectionIn<DraftWithDismissals>(data, COLLECTIONS.drafts))) {
    if (draft.dismissed && Object.keys(draft.dismissed).length > 0) out[id] = { ...draft.dismissed };
  }
  return out;
}

/** Replaces every draft's dismissals (drafts that no longer exist are skipped). */
function setDismissals(data: CatalogData, dismissals: Dismissals): void {
  for (const [id, draft] of Object.entries(collectionIn<DraftWithDismissals>(data, COLLECTIONS.drafts))) {
    const kept = dismissals[id];
    if (kept && Object.keys(kept).length > 0) draft.dismissed = kept;
    else delete draft.dismissed;
  }
}

/**
 * Files a restore from backup set aside (`damaged-*` folders, kept for the user) may hold an old
 * identity compartment. Its kind byte is readable without a key, so it is found and deleted
 * without opening anything; the rest of those copies is left as it was.
 */
export async function removeCompartmentsFromKeptCopies(vaultDir: string): Promise<number> {
  let removed = 0;
  const folders = (await fs.readdir(vaultDir).catch(() => [] as string[])).filter((name) => name.startsWith(DAMAGED_PREFIX));
  for (const folder of folders) {
    const records = path.join(vaultDir, folder, 'records');
    for (const name of await fs.readdir(records).catch(() => [] as string[])) {
      const file = path.join(records, name);
      const handle = await fs.open(file, 'r').catch(() => null);
      if (!handle) continue;
      const head = Buffer.alloc(6);
      try {
        await handle.read(head, 0, 6, 0);
      } finally {
        await handle.close();
      }
      if (head.subarray(0, 4).toString('latin1') === 'SNCF' && head[5] === RecordKind.identityCompartment) {
        await fs.rm(file, { force: true });
        removed++;
      }
    }
  }
  return removed;
}
