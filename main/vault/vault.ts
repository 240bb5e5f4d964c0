import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { ShieldnoteError } from '../../common/api/errors';
import { CATALOG_FILE, EncryptedCatalogAdapter, type CatalogData, type Keyring } from './catalog-adapter';
import { RecordKind, readContainerMeta, verifyContainerFile, type ContainerMeta } from './container';
import { mergeCatalogs, type MergeResult } from '../sync/catalog-merge';
import { findConflictCopies } from '../sync/conflict-copies';
import { syncMetaOf } from '../sync/sync-meta';
import { removeStaleTemps } from './durable-write';
import { toHex } from './encoding';
import { RECORDS_DIR, RecordFiles } from './record-files';
import { wipe } from './sodium';
import { commitHeader, inspectVaultDir, mergeHeaderFromDisk, type VaultPresence } from './header-file';
import type { UnsignedHeader, VaultHeader } from './vault-header';
import { openVaultKeys, passphraseOpens, recoveryKeyBytes, recoveryKeyOpens, writeNewVault, type CreateOptions, type OpenOptions, type UnlockSecret, type VaultKeys } from './vault-keys';
import { VaultLockFile } from './vault-lock-file';

// An unlocked vault: keys in memory, the catalog through lowdb, records as separate files.
// Everything that touches the vault folder goes through this class (its keys are made and
// unwrapped in vault-keys.ts, its header file kept by header-file.ts, its record files by
// record-files.ts).

export { RECORDS_DIR, RecordKind, readContainerMeta };
export type { CreateOptions, OpenOptions, UnlockSecret, VaultPresence };

/** This process's device id when the caller names none (tests that open a vault directly). */
const PROCESS_DEVICE_ID = randomBytes(8).toString('hex');

export class Vault {
  private readonly db: Low<CatalogData>;
  private readonly adapter: EncryptedCatalogAdapter;
  private readonly records: RecordFiles;
  private closed = false;
  /** Wall-clock cost of the last unlock: key derivation, then reading the catalog. */
  unlockTimings: { kdfMs: number; openMs: number } | null = null;
  private deferredTimer: NodeJS.Timeout | null = null;
  readonly deviceId: string;

  private readonly keyring: Keyring;
  private identityKey: Uint8Array;

  private constructor(
    readonly dir: string,
    /** Replaced only by `replaceHeader` (rewrap). */
    public header: VaultHeader,
    keys: VaultKeys,
    private readonly lockFile: VaultLockFile,
    deviceId: string = PROCESS_DEVICE_ID,
  ) {
    const { keyring, identityKey, adapter, data } = keys;
    this.keyring = keyring;
    this.identityKey = identityKey;
    this.records = new RecordFiles(dir, keyring.vaultId);
    this.adapter = adapter;
    this.deviceId = deviceId;
    adapter.deviceId = deviceId;
    adapter.merger = (local, disk) => this.mergeInto(local, disk);
    this.db = new Low(adapter, data as CatalogData);
  }

  /** What is at `dir`: no vault, or a vault whose header passes every check. Reads only. */
  static inspect(dir: string): Promise<VaultPresence> {
    return inspectVaultDir(dir);
  }

  static async create(dir: string, options: CreateOptions): Promise<{ vault: Vault; recoveryKey: string }> {
    await fs.mkdir(path.join(dir, RECORDS_DIR), { recursive: true, mode: 0o700 });
    if ((await Vault.inspect(dir).catch(() => ({ state: 'present' as const }))).state !== 'absent') {
      throw new ShieldnoteError('CONFLICT', 'A vault already exists in this folder. Open it, or choose another folder.');
    }
    const lockFile = await VaultLockFile.acquire(dir);
    let made: Awaited<ReturnType<typeof writeNewVault>> | null = null;
    try {
      made = await writeNewVault(dir, options);
      return { vault: new Vault(dir, made.header, made, lockFile, options.deviceId), recoveryKey: made.recoveryKey };
    } catch (error) {
      wipe(made?.keyring.vaultKey, made?.identityKey);
      await lockFile.release();
      throw error;
    }
  }

  static async unlock(dir: string, secret: UnlockSecret, options: OpenOptions = {}): Promise<Vault> {
    const presence = await Vault.inspect(dir);
    if (presence.state === 'absent') throw new ShieldnoteError('NOT_FOUND', 'There is no vault in this folder.');
    const { header } = presence;
    const recoveryBytes = secret.kind === 'recoveryKey' ? recoveryKeyBytes(secret.text) : null;
    const lockFile = await VaultLockFile.acquire(dir);
    let keys: Awaited<ReturnType<typeof openVaultKeys>> | null = null;
    try {
      await removeStaleTemps(dir);
      await removeStaleTemps(path.join(dir, RECORDS_DIR));
      keys = await openVaultKeys(dir, header, secret, recoveryBytes);
      const vault = new Vault(dir, header, keys, lockFile, options.deviceId);
      // A sync tool may have kept this device's newer catalog as a conflict copy and put an
      // older one in its place: merged before the rollback check, which then sees the newest.
      await vault.absorbCatalogCopies();
      vault.unlockTimings = { kdfMs: keys.kdfMs, openMs: performance.now() - keys.openStarted };
      return vault;
    } catch (error) {
      wipe(keys?.keyring.vaultKey, keys?.identityKey, recoveryBytes);
      await lockFile.release();
      throw error;
    }
  }

  /** Whether a typed recovery key opens this header's vault key (used to confirm it). */
  static recoveryKeyOpens(header: VaultHeader, text: string): Promise<boolean> {
    return recoveryKeyOpens(header, text);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** The in-memory catalog. Treat as read-only; change it through `update`. */
  get catalog(): Readonly<CatalogData> {
    this.assertOpen();
    return this.db.data;
  }

  get catalogRevision(): bigint {
    return this.adapter.revision;
  }

  /** Applies a change to the catalog and resolves once it is durably on disk. */
  async update(mutate: (data: CatalogData) => void): Promise<void> {
    this.assertOpen();
    this.clearDeferred(); // this write carries any deferred change too
    mutate(this.db.data);
    this.db.data.meta.updatedAt = new Date().toISOString();
    await this.db.write();
    this.notifyWrite();
  }

  /**
   * Applies a change in memory now and writes it with the next catalog save, at the latest
   * after `delayMs` or when the vault closes. For bookkeeping (a draft's word count, its
   * "updated" time) that must not cost a whole-catalog write on every autosave.
   */
  updateSoon(mutate: (data: CatalogData) => void, delayMs = 3_000): void {
    this.assertOpen();
    mutate(this.db.data);
    this.deferredTimer ??= setTimeout(() => {
      this.deferredTimer = null;
      if (!this.closed) void this.db.write().catch(() => undefined);
    }, delayMs);
    this.deferredTimer.unref?.();
  }

  /** Items of one catalog collection (sources, statements, …) keyed by id. */
  collection<T>(name: string): Readonly<Record<string, T>> {
    return (this.catalog.collections[name] ?? {}) as Record<string, T>;
  }

  newRecordId(): string {
    return toHex(new Uint8Array(randomBytes(16)));
  }

  /**
   * Writes a record file (a draft body, an attachment): only that file changes on disk.
   * Identity-compartment records are sealed with the compartment's own key.
   */
  async writeRecord(id: string, kind: number, plaintext: Uint8Array): Promise<void> {
    this.assertOpen();
    const revision = await this.records.write(id, kind, this.keyFor(kind), plaintext, this.recordedRevision(id));
    // The catalog remembers each record's newest revision (with its next save): an older file is a rollback.
    this.updateSoon((data) => {
      const records = syncMetaOf(data).records;
      records[id] = Math.max(records[id] ?? 0, Number(revision));
    });
    this.notifyWrite();
  }

  /** Checks a passphrase against the header without changing anything (for re-asking it). */
  async verifyPassphrase(passphrase: Uint8Array): Promise<boolean> {
    this.assertOpen();
    return passphraseOpens(this.header, passphrase);
  }

  async readRecord(id: string, kind: number): Promise<Uint8Array> {
    this.assertOpen();
    return this.records.read(id, kind, this.keyFor(kind), this.recordedRevision(id));
  }

  /** Decrypts a record file found elsewhere (a sync tool's conflict copy of record `id`); no revision check. */
  readRecordAt(file: string, id: string, kind: number): Promise<{ plaintext: Uint8Array; revision: bigint }> {
    this.assertOpen();
    return this.records.readAt(file, id, kind, this.keyFor(kind));
  }

  /** The revision of a record file as it is on disk now (0 when missing): its first 60 bytes only. */
  recordRevisionOnDisk(id: string): Promise<bigint> {
    this.assertOpen();
    return this.records.revisionOnDisk(id);
  }

  deleteRecord(id: string): Promise<void> {
    this.assertOpen();
    return this.records.delete(id);
  }

  // Rewrap
  /**
   * Writes a new header built from the current one and the in-memory keys (passphrase change,
   * recovery-key replacement, identity-key rotation; see rewrap.ts), durably, and switches to it.
   * Returns the bytes written, for the copies in backups.
   */
  async replaceHeader(build: (current: VaultHeader, keys: { vaultKey: Uint8Array; identityKey: Uint8Array }) => Promise<{ header: UnsignedHeader; identityKey?: Uint8Array }>): Promise<Uint8Array> {
    this.assertOpen();
    await this.syncHeader(); // start from the newest header, whichever device wrote it
    const next = await build(this.header, { vaultKey: this.keyring.vaultKey, identityKey: this.identityKey });
    try {
      const { bytes, header } = await commitHeader(this.dir, this.header, next.header, { vaultKey: this.keyring.vaultKey, identityKey: next.identityKey ?? this.identityKey }, this.deviceId);
      this.header = header;
      if (next.identityKey) {
        wipe(this.identityKey);
        this.identityKey = next.identityKey;
      }
      return bytes;
    } catch (error) {
      if (next.identityKey) wipe(next.identityKey);
      throw error;
    }
  }

  // Backups
  /** Resolves once every catalog change made so far (deferred ones too) is on disk. */
  async flush(): Promise<void> {
    this.assertOpen();
    if (this.clearDeferred()) await this.db.write();
    await this.adapter.flush();
  }

  private readonly writeListeners = new Set<() => void>();

  /** Calls `listener` after every committed save (catalog or record); returns the unsubscriber. */
  onWrite(listener: () => void): () => void {
    this.writeListeners.add(listener);
    return () => void this.writeListeners.delete(listener);
  }

  private notifyWrite(): void {
    for (const listener of this.writeListeners) listener();
  }

  /** Checks a container file (the vault's own or a backup's) with this vault's keys. */
  verifyContainerAt(file: string, expect: { kind: number; id: Uint8Array; what: string }): Promise<ContainerMeta> {
    this.assertOpen();
    return verifyContainerFile(this.keyFor(expect.kind), this.keyring.vaultId, file, expect);
  }

  /** Decrypts a catalog file (a backup's) with this vault's keys; its generation is its revision. */
  async readCatalogAt(file: string): Promise<{ data: CatalogData; generation: bigint }> {
    this.assertOpen();
    const adapter = new EncryptedCatalogAdapter(file, this.keyring);
    const data = (await adapter.read())!;
    return { data, generation: adapter.revision };
  }

  // Merging copies (main/sync)
  private readonly mergeListeners = new Set<(result: MergeResult) => void>();

  /** Calls `listener` after the catalog in memory took in another copy; returns the unsubscriber. */
  onMerge(listener: (result: MergeResult) => void): () => void {
    this.mergeListeners.add(listener);
    return () => void this.mergeListeners.delete(listener);
  }

  private mergeInto(local: CatalogData, other: CatalogData): boolean {
    const result = mergeCatalogs(local, other);
    local.meta = result.data.meta;
    local.collections = result.data.collections;
    (local as { sync?: unknown }).sync = (result.data as { sync?: unknown }).sync;
    for (const listener of this.mergeListeners) listener(result);
    return result.localContributed;
  }

  /** Takes in the catalog on disk if another writer replaced it; writes the merge when it adds anything. */
  async refreshCatalog(): Promise<'unchanged' | 'adopted' | 'merged'> {
    this.assertOpen();
    // A deferred change stays deferred: if the disk changed it is merged and written now, and
    // its timer's write later finds nothing new.
    return this.adapter.refresh(this.db.data);
  }

  /** Merges another copy of the catalog (a sync tool's conflict copy), writing the result durably. */
  async absorbCatalogCopy(file: string): Promise<void> {
    this.assertOpen();
    const other = await this.adapter.readFile(file);
    this.clearDeferred();
    await this.adapter.absorb(this.db.data, other);
  }

  /** Merges every readable conflict copy of the catalog in the folder, deleting each once merged. */
  async absorbCatalogCopies(): Promise<void> {
    for (const copy of await findConflictCopies(this.dir, RECORDS_DIR)) {
      if (copy.of !== CATALOG_FILE) continue;
      try {
        await this.absorbCatalogCopy(copy.file);
      } catch {
        continue; // unreadable: left where it is, never in the way
      }
      await fs.rm(copy.file, { force: true });
    }
  }

  /**
   * Merges the header on disk, or `copyFile` (a sync tool's conflict copy of it), with the one in
   * memory part by part; writes the result when it differs from the file on disk. Returns
   * whether the header in memory changed (a passphrase or recovery key changed elsewhere).
   */
  async syncHeader(copyFile?: string): Promise<boolean> {
    this.assertOpen();
    const merged = await mergeHeaderFromDisk(this.dir, this.header, this.keyring.vaultKey, copyFile);
    if (!merged) return false;
    const changed = merged.header.checksum !== this.header.checksum;
    if (changed) {
      this.header = merged.header;
      wipe(this.identityKey);
      this.identityKey = merged.identityKey;
    } else wipe(merged.identityKey);
    return changed;
  }

  /** Waits for pending writes, wipes every key and releases the lock file. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (this.clearDeferred()) await this.db.write();
      await this.adapter.flush();
    } finally {
      this.closed = true;
      wipe(this.keyring.vaultKey, this.identityKey);
      this.db.data = null as unknown as CatalogData;
      await this.lockFile.release();
    }
  }

  private clearDeferred(): boolean {
    if (!this.deferredTimer) return false;
    clearTimeout(this.deferredTimer);
    this.deferredTimer = null;
    return true;
  }

  private keyFor(kind: number): Uint8Array {
    return kind === RecordKind.identityCompartment ? this.identityKey : this.keyring.vaultKey;
  }

  /** The revision the catalog recorded for record `id`, if any. */
  private recordedRevision(id: string): number | undefined {
    return syncMetaOf({ sync: (this.catalog as { sync?: unknown }).sync }).records[id];
  }

  private assertOpen(): void {
    if (this.closed) throw new ShieldnoteError('LOCKED', 'The vault is locked.');
  }
}
