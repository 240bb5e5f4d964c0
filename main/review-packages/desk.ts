import { message } from '../../common/domain/message';
import { promises as fs } from 'node:fs';
import { ShieldnoteError } from '../../common/api/errors';
import { DESK_CLEANUP_DAYS, type DeskImportResult, type DeskListing, type DeskSettingsView } from '../../common/domain/desk';
import { appendAudit } from '../features/audit-log';
import { collectionIn, readSettings, writeSettings } from '../features/collections';
import { storedProfile } from '../features/profile-record';
import { applyReturnedReview } from '../features/review';
import type { Platform } from '../service/platform';
import { fromBase64 } from '../vault/encoding';
import type { Vault } from '../vault/vault';
import { dueForRemoval, readDeskFile, removeDeskFiles, scanDesk, type OwnDeskFile } from './desk-folder';
import { importReviewPackage, importReviewResponse, SENT_COLLECTION, type StoredSent } from './exchange';
import { COPIES_COLLECTION, type StoredCopy } from './review-copies';

// The desk folder's settings and the actions on it. The folder is named only by main's own
// folder dialog; an import from the desk runs the very same checks as an import from a file.

export const DESK_IMPORTS_COLLECTION = 'deskImports';

export interface DeskSettings {
  folder: string;
  cleanupDays: number;
}

export function readDesk(vault: Vault): DeskSettings | null {
  const desk = readSettings(vault).desk;
  return desk ? { folder: desk.folder, cleanupDays: desk.cleanupDays ?? DESK_CLEANUP_DAYS.default } : null;
}

async function isFolder(folder: string): Promise<boolean> {
  return (await fs.stat(folder).catch(() => null))?.isDirectory() ?? false;
}

export async function deskSettingsView(vault: Vault): Promise<DeskSettingsView> {
  const desk = readDesk(vault);
  return { folder: desk?.folder ?? null, reachable: desk ? await isFolder(desk.folder) : false, cleanupDays: desk?.cleanupDays ?? DESK_CLEANUP_DAYS.default };
}

/** Asks for the desk folder in main's own dialog; nothing changes when the user cancels. */
export async function chooseDeskFolder(vault: Vault, platform: Platform): Promise<DeskSettingsView> {
  const folder = await platform.pickFolder('desk');
  if (folder) {
    await vault.update((data) => {
      writeSettings(data, (s) => {
        s.desk = { folder, cleanupDays: s.desk?.cleanupDays ?? DESK_CLEANUP_DAYS.default };
      });
      appendAudit(data, vault, 'desk.chosen', null, message('audit.detail.deskChosen', { folder }));
    });
  }
  return deskSettingsView(vault);
}

export async function setDeskCleanupDays(vault: Vault, days: number): Promise<DeskSettingsView> {
  const desk = readDesk(vault);
  if (!desk) throw new ShieldnoteError('NOT_FOUND', 'Choose a desk folder first.');
  await vault.update((data) => writeSettings(data, (s) => void (s.desk = { folder: desk.folder, cleanupDays: days })));
  return deskSettingsView(vault);
}

export async function forgetDeskFolder(vault: Vault): Promise<DeskSettingsView> {
  if (readDesk(vault)) {
    await vault.update((data) => {
      writeSettings(data, (s) => void delete s.desk);
      appendAudit(data, vault, 'desk.forgotten', null, message('audit.detail.deskForgotten'));
    });
  }
  return deskSettingsView(vault);
}

export function requireDesk(vault: Vault): DeskSettings {
  const desk = readDesk(vault);
  if (!desk) throw new ShieldnoteError('NOT_FOUND', 'No desk folder is set. Choose one in Vault settings › Desk.');
  return desk;
}

/** Our own files on the desk: packages we sent there, decisions we put there. */
function ownDeskFiles(vault: Vault): OwnDeskFile[] {
  const sent = Object.values(vault.collection<StoredSent>(SENT_COLLECTION))
    .filter((s) => s.deskFile)
    .map((s) => ({ name: s.deskFile!, placedAt: s.sentAt, answered: s.answeredAt !== null }));
  const responses = Object.values(vault.collection<StoredCopy>(COPIES_COLLECTION))
    .filter((c) => c.responseDeskFile)
    .map((c) => ({ name: c.responseDeskFile!.name, placedAt: c.responseDeskFile!.placedAt, answered: false }));
  return [...sent, ...responses];
}

/** Removes our own files whose time on the desk is over, and forgets them. */
export async function cleanUpDesk(vault: Vault, now: Date): Promise<number> {
  const desk = readDesk(vault);
  if (!desk || !(await isFolder(desk.folder))) return 0;
  const removed = new Set(await removeDeskFiles(desk.folder, dueForRemoval(ownDeskFiles(vault), desk.cleanupDays, now)));
  if (removed.size === 0) return 0;
  await vault.update((data) => {
    for (const s of Object.values(collectionIn<StoredSent>(data, SENT_COLLECTION))) if (s.deskFile && removed.has(s.deskFile)) s.deskFile = null;
    for (const c of Object.values(collectionIn<StoredCopy>(data, COPIES_COLLECTION))) if (c.responseDeskFile && removed.has(c.responseDeskFile.name)) c.responseDeskFile = null;
    appendAudit(data, vault, 'desk.cleaned', null, message('audit.detail.deskCleaned', { count: removed.size }));
  });
  return removed.size;
}

/** What waits on the desk for this vault (cleaning up our own files first). */
export async function listDesk(vault: Vault, now: Date): Promise<DeskListing> {
  const desk = readDesk(vault);
  if (!desk) return { folder: null, reachable: false, items: [] };
  if (!(await isFolder(desk.folder))) return { folder: desk.folder, reachable: false, items: [] };
  await cleanUpDesk(vault, now);
  const me = storedProfile(vault);
  if (!me) return { folder: desk.folder, reachable: true, items: [] };
  const imported = vault.collection<string>(DESK_IMPORTS_COLLECTION);
  return { folder: desk.folder, reachable: true, items: await scanDesk(desk.folder, fromBase64(me.boxPublicKey), imported) };
}


/** Imports one desk file through the same path as a file import: every refusal applies unchanged. */
export async function importFromDesk(vault: Vault, name: string): Promise<DeskImportResult> {
  const desk = requireDesk(vault);
  const file = await readDeskFile(desk.folder, name);
  const done = (data: Parameters<Parameters<Vault['update']>[0]>[0]) => void (collectionIn<string>(data, DESK_IMPORTS_COLLECTION)[name] = new Date().toISOString());
  if (file.kind === 'package') {
    const copy = await importReviewPackage(vault, file.bytes, `desk: ${name}`);
    await vault.update(done);
    return { kind: 'package', copy };
  }
  const imported = await importReviewResponse(vault, file.bytes, `desk: ${name}`, applyReturnedReview);
  await vault.update(done);
  return { kind: 'response', ...imported };
}
