import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BackupCheck, DamagedFile, VerifyReport } from '../../common/domain/vault-health';
import { CATALOG_FILE, type CatalogData } from './catalog-adapter';
import { RecordKind } from './container';
import { fromHex } from './encoding';
import { listBackups } from './backups';
import { HEADER_FILE, parseHeader } from './vault-header';
import { RECORDS_DIR, type Vault } from './vault';

// "Verify vault": decrypts every file the catalog needs, in the vault and in every backup, with
// the open vault's keys, and says exactly which file is damaged and what it held. Read-only.

interface RecordRef {
  id: string;
  kind: number;
  what: string;
}

const day = (iso: unknown) => (typeof iso === 'string' ? iso.slice(0, 10) : 'an unknown date');

/** Every record file a catalog refers to, with a neutral description of what it holds. */
export function referencedRecords(data: CatalogData): RecordRef[] {
  const refs: RecordRef[] = [];
  const items = (name: string) => Object.values(data.collections[name] ?? {}) as Record<string, unknown>[];
  for (const draft of items('drafts')) {
    if (typeof draft.bodyRecordId !== 'string') continue;
    const title = typeof draft.title === 'string' && draft.title.trim() ? `“${draft.title.trim().slice(0, 80)}”` : 'without a title';
    refs.push({ id: draft.bodyRecordId, kind: RecordKind.draftBody, what: `the text of the draft ${title}` });
  }
  for (const statement of items('statements')) {
    const attachments = Array.isArray(statement.attachments) ? (statement.attachments as Record<string, unknown>[]) : [];
    for (const attachment of attachments) {
      if (typeof attachment.id !== 'string') continue;
      const type = typeof attachment.mimeType === 'string' ? attachment.mimeType : 'file';
      refs.push({ id: attachment.id, kind: RecordKind.attachment, what: `an attachment (${type}) of a statement entered on ${day(statement.createdAt)}` });
    }
  }
  for (const copy of items('reviewCopies')) {
    const title = typeof copy.title === 'string' ? `“${copy.title.trim().slice(0, 80)}”` : 'without a title';
    if (typeof copy.packageRecordId === 'string') refs.push({ id: copy.packageRecordId, kind: RecordKind.generic, what: `the review copy ${title}` });
    if (typeof copy.identitiesRecordId === 'string') {
      refs.push({ id: copy.identitiesRecordId, kind: RecordKind.identityCompartment, what: `the identities that came with the review copy ${title}` });
    }
  }
  const settings = (data.collections.settings?.vault ?? {}) as { compartment?: { recordId?: unknown } };
  if (typeof settings.compartment?.recordId === 'string') {
    refs.push({ id: settings.compartment.recordId, kind: RecordKind.identityCompartment, what: 'the identity compartment (source identities)' });
  }
  return refs.filter((r) => /^[0-9a-f]{32}$/.test(r.id));
}

function problemOf(error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'the file is missing';
  const message = error instanceof Error ? error.message : String(error);
  // "The record is damaged: it failed authentication (…)." → "it failed authentication (…)"
  return message.replace(/^The [^:]+ is damaged: /, '').replace(/\.$/, '');
}

export interface FolderCheck {
  damaged: DamagedFile[];
  filesChecked: number;
  generation: bigint | null;
}

/** Checks one vault-shaped folder (the vault or a backup). `prefix` names it in the report. */
export async function verifyFolder(vault: Vault, dir: string, prefix = ''): Promise<FolderCheck> {
  const damaged: DamagedFile[] = [];
  let filesChecked = 0;
  const note = (file: string, what: string, error: unknown) => damaged.push({ file: prefix + file, what, problem: problemOf(error) });

  filesChecked++;
  try {
    const header = await parseHeader(new Uint8Array(await fs.readFile(path.join(dir, HEADER_FILE))));
    if (header.vaultId !== vault.header.vaultId) note(HEADER_FILE, 'the vault header', new Error('it belongs to another vault'));
  } catch (error) {
    note(HEADER_FILE, 'the vault header', error);
  }

  filesChecked++;
  let catalog: { data: CatalogData; generation: bigint } | null = null;
  try {
    catalog = await vault.readCatalogAt(path.join(dir, CATALOG_FILE));
  } catch (error) {
    note(CATALOG_FILE, 'the catalog (sources, statements, draft details, settings)', error);
  }
  if (!catalog) return { damaged, filesChecked, generation: null };

  for (const ref of referencedRecords(catalog.data)) {
    const file = `${RECORDS_DIR}/${ref.id}.snr`;
    filesChecked++;
    try {
      await vault.verifyContainerAt(path.join(dir, file), { kind: ref.kind, id: fromHex(ref.id), what: 'record' });
    } catch (error) {
      note(file, ref.what, error);
    }
  }
  return { damaged, filesChecked, generation: catalog.generation };
}

/** Checks every backup, newest first (read-only). */
export async function verifyBackups(vault: Vault): Promise<{ checks: BackupCheck[]; filesChecked: number }> {
  const checks: BackupCheck[] = [];
  let filesChecked = 0;
  for (const backup of await listBackups(vault.dir)) {
    const result = await verifyFolder(vault, backup.dir, `backups/${backup.id}/`);
    filesChecked += result.filesChecked;
    checks.push({ id: backup.id, createdAt: backup.createdAt, sizeBytes: backup.sizeBytes, intact: result.damaged.length === 0, damaged: result.damaged });
  }
  return { checks, filesChecked };
}

/** The full report: the vault's own files, then every backup. */
export async function verifyVault(vault: Vault, now = new Date()): Promise<VerifyReport> {
  await vault.flush();
  const own = await verifyFolder(vault, vault.dir);
  const { checks: backups, filesChecked } = await verifyBackups(vault);
  const newest = backups.find((b) => b.intact);
  return {
    checkedAt: now.toISOString(),
    filesChecked: own.filesChecked + filesChecked,
    damaged: own.damaged,
    backups,
    newestIntactBackup: newest ? { id: newest.id, createdAt: newest.createdAt, sizeBytes: newest.sizeBytes } : null,
  };
}
