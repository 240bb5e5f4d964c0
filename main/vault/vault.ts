import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { ShieldnoteError } from '../../common/api/errors';
import { RECOVERY_KEY_BYTES, formatRecoveryKey, parseRecoveryKey } from '../../common/vault/recovery-key';
import { AuthenticationError, KEY_BYTES, open, randomNonce, seal } from './aead';
import { CATALOG_FILE, EncryptedCatalogAdapter, type CatalogData, type Keyring } from './catalog-adapter';
import { RecordKind, decodeContainer, encodeContainer, readContainerMeta, verifyContainerFile, type ContainerMeta } from './container';
import { mergeCatalogs, type MergeResult } from '../sync/catalog-merge';
import { findConflictCopies } from '../sync/conflict-copies';
import { changedParts, mergeHeaders } from '../sync/header-merge';
import { syncMetaOf } from '../sync/sync-meta';
import { durableWrite, removeStaleTemps } from './durable-write';
import { concatBytes, fromBase64, fromHex, toBase64, toHex, utf8, canonicalJson } from './encoding';
import { KDF_ALGORITHM, SALT_BYTES, deriveForNewVault, deriveKey, type KdfPolicy } from './kdf';
import { loadSodium, wipe } from './sodium';
import {
  FORMAT_VERSION,
  HEADER_FILE,
  HEADER_MAGIC,
  kdfParamsOf,
  parseHeader,
  serializeHeader,
  vaultIdBytes,
  type UnsignedHeader,
  type VaultHeader,
} from './vault-header';
import { VaultLockFile } from './vault-lock-file';

// An unlocked vault: keys in memory, the catalog through lowdb, records as separate files.
// Everything that touches the vault folder goes through this class.

export const RECORDS_DIR = 'records';
const RECORD_SUFFIX = '.snr';
const RECORD_ID = /^[0-9a-f]{32}$/;

type WrapName = 'passphrase' | 'recovery' | 'identity';

function wrapAd(name: WrapName, header: Pick<VaultHeader, 'vaultId' | 'kdf'>): Uint8Array {
  const parts = [utf8(`shieldnote/v1/key-wrap/${name}`), vaultIdBytes(header)];
  // The passphrase wrap also binds the KDF parameters, so lowering them in the header is caught.
  if (name === 'passphrase') {
    parts.push(utf8(canonicalJson({ algorithm: header.kdf.algorithm, memLimitBytes: header.kdf.memLimitBytes, opsLimit: header.kdf.opsLimit, salt: header.kdf.salt })));
  }
  return concatBytes(...parts);
}

async function recoveryWrappingKey(recoveryKey: Uint8Array, vaultId: Uint8Array): Promise<Uint8Array> {
  const sodium = await loadSodium();
  return sodium.crypto_generichash(KEY_BYTES, concatBytes(utf8('shieldnote/v1/recovery-wrap'), vaultId), recoveryKey);
}

async function wrap(wrappingKey: Uint8Array, key: Uint8Array, ad: Uint8Array) {
  const nonce = randomNonce();
  return { nonce: toBase64(nonce), ciphertext: toBase64(await seal(wrappingKey, nonce, key, ad)) };
}

async function unwrap(wrappingKey: Uint8Array, wrapped: { nonce: string; ciphertext: string }, ad: Uint8Array): Promise<Uint8Array | null> {
  try {
    return await open(wrappingKey, fromBase64(wrapped.nonce), fromBase64(wrapped.ciphertext), ad);
  } catch (error) {
    if (error instanceof AuthenticationError) return null;
    throw error;
  }
}

export type VaultPresence = { state: 'absent' } | { state: 'present'; header: VaultHeader };

export interface CreateOptions extends OpenOptions {
  name: string;
  passphrase: Uint8Array;
  kdfPolicy: KdfPolicy;
  now?: () => Date;
}

export type UnlockSecret = { kind: 'passphrase'; passphrase: Uint8Array } | { kind: 'recoveryKey'; text: string };

/** This process's device id when the caller names none (tests that open a vault directly). */
const PROCESS_DEVICE_ID = randomBytes(8).toString('hex');

export interface OpenOptions {
  /** This device's random id (main/sync/device-id.ts): stamped on its changes, named in notices. */
  deviceId?: string;
}

export class Vault {
  private readonly db: Low<CatalogData>;
  private readonly adapter: EncryptedCatalogAdapter;
  private readonly recordRevisions = new Map<string, bigint>();
  private closed = false;
  /** Wall-clock cost of the last unlock: key derivation, then reading the catalog. */
  unlockTimings: { kdfMs: number; openMs: number } | null = null;
  private deferredTimer: NodeJS.Timeout | null = null;
  readonly deviceId: string;

  private constructor(
    readonly dir: string,
    /** Replaced only by `replaceHeader` (rewrap). */
    public header: VaultHeader,
    private readonly keyring: Keyring,
    private identityKey: Uint8Array,
    private readonly lockFile: VaultLockFile,
    data: CatalogData | null,
    adapter: EncryptedCatalogAdapter,
    deviceId: string = PROCESS_DEVICE_ID,
  ) {
    this.adapter = adapter;
    this.deviceId = deviceId;
    adapter.deviceId = deviceId;
    adapter.merger = (local, disk) => this.mergeInto(local, disk);
    this.db = new Low(adapter, data as CatalogData);
  }

  /** What is at `dir`: no vault, or a vault whose header passes every check. Reads only. */
  static async inspect(dir: string): Promise<VaultPresence> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fs.readFile(path.join(dir, HEADER_FILE)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'absent' };
      throw new ShieldnoteError('IO', `Could not read the vault header: ${code ?? 'unknown error'}.`);
    }
    return { state: 'present', header: await parseHeader(bytes) };
  }

  static async create(dir: string, options: CreateOptions): Promise<{ vault: Vault; recoveryKey: string }> {
    await fs.mkdir(path.join(dir, RECORDS_DIR), { recursive: true, mode: 0o700 });
    if ((await Vault.inspect(dir).catch(() => ({ state: 'present' as const }))).state !== 'absent') {
      throw new ShieldnoteError('CONFLICT', 'A vault already exists in this folder. Open it, or choose another folder.');
    }
    const lockFile = await VaultLockFile.acquire(dir);
    const secrets: Uint8Array[] = [];
    const failureWipe: Uint8Array[] = []; // keys the new vault keeps, unless creation fails
    try {
      const now = (options.now ?? (() => new Date()))().toISOString();
      const vaultId = new Uint8Array(randomBytes(16));
      const salt = new Uint8Array(randomBytes(SALT_BYTES));
      const vaultKey = new Uint8Array(randomBytes(KEY_BYTES));
      const identityKey = new Uint8Array(randomBytes(KEY_BYTES));
      const recoveryKey = new Uint8Array(randomBytes(RECOVERY_KEY_BYTES));
      failureWipe.push(vaultKey, identityKey);
      const derived = await deriveForNewVault(options.passphrase, salt, options.kdfPolicy);
      const recoveryWrap = await recoveryWrappingKey(recoveryKey, vaultId);
      secrets.push(derived.key, recoveryWrap, recoveryKey);

      const base = {
        magic: HEADER_MAGIC,
        formatVersion: FORMAT_VERSION,
        vaultId: toHex(vaultId),
        createdAt: now,
        kdf: {
          algorithm: KDF_ALGORITHM,
          opsLimit: derived.params.opsLimit,
          memLimitBytes: derived.params.memLimitBytes,
          salt: toBase64(salt),
          calibratedMs: Math.round(derived.ms),
        },
      } as const;
      const header: UnsignedHeader = {
        ...base,
        wrappedKeys: {
          passphrase: await wrap(derived.key, vaultKey, wrapAd('passphrase', base)),
          recovery: await wrap(recoveryWrap, vaultKey, wrapAd('recovery', base)),
          identity: await wrap(vaultKey, identityKey, wrapAd('identity', base)),
        },
      };
      const keyring = { vaultKey, vaultId };
      const adapter = new EncryptedCatalogAdapter(path.join(dir, CATALOG_FILE), keyring);
      const data: CatalogData = {
        schema: 1,
        meta: { name: options.name, createdAt: now, updatedAt: now, recoveryKeyConfirmed: false },
        collections: {},
      };
      // Catalog first, header last: a folder counts as a vault only once its header exists.
      await adapter.write(data);
      const headerBytes = await serializeHeader(header);
      await durableWrite(path.join(dir, HEADER_FILE), headerBytes);
      const fullHeader = await parseHeader(headerBytes);
      const vault = new Vault(dir, fullHeader, keyring, identityKey, lockFile, data, adapter, options.deviceId);
      return { vault, recoveryKey: formatRecoveryKey(recoveryKey) };
    } catch (error) {
      wipe(...failureWipe);
      await lockFile.release();
      throw error;
    } finally {
      wipe(...secrets);
    }
  }

  static async unlock(dir: string, secret: UnlockSecret, options: OpenOptions = {}): Promise<Vault> {
    const presence = await Vault.inspect(dir);
    if (presence.state === 'absent') throw new ShieldnoteError('NOT_FOUND', 'There is no vault in this folder.');
    const { header } = presence;
    let recoveryBytes: Uint8Array | null = null;
    if (secret.kind === 'recoveryKey') {
      const parsed = parseRecoveryKey(secret.text);
      if (!parsed.ok) {
        const why = { length: 'it should be 40 characters in ten groups of four', character: 'it holds a character that recovery keys never use', checksum: 'a character is mistyped (the check digit does not match)' }[parsed.reason];
        throw new ShieldnoteError('WRONG_PASSPHRASE', `That is not a valid recovery key: ${why}.`);
      }
      recoveryBytes = parsed.key;
    }
    const lockFile = await VaultLockFile.acquire(dir);
    let vaultKey: Uint8Array | null = null;
    let identityKey: Uint8Array | null = null;
    try {
      await removeStaleTemps(dir);
      await removeStaleTemps(path.join(dir, RECORDS_DIR));
      const vaultId = vaultIdBytes(header);
      const kdfStarted = performance.now();
      if (secret.kind === 'passphrase') {
        const derived = await deriveKey(secret.passphrase, fromBase64(header.kdf.salt), kdfParamsOf(header));
        vaultKey = await unwrap(derived.key, header.wrappedKeys.passphrase, wrapAd('passphrase', header));
        wipe(derived.key);
        if (!vaultKey) throw new ShieldnoteError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
      } else {
        const wrappingKey = await recoveryWrappingKey(recoveryBytes!, vaultId);
        vaultKey = await unwrap(wrappingKey, header.wrappedKeys.recovery, wrapAd('recovery', header));
        wipe(wrappingKey, recoveryBytes);
        if (!vaultKey) throw new ShieldnoteError('WRONG_PASSPHRASE', 'That recovery key does not open this vault.');
      }
      const kdfMs = performance.now() - kdfStarted;
      const openStarted = performance.now();
      identityKey = await unwrap(vaultKey, header.wrappedKeys.identity, wrapAd('identity', header));
      if (!identityKey) throw new ShieldnoteError('VAULT_DAMAGED', 'The identity compartment key in the header failed authentication.');
      const keyring = { vaultKey, vaultId };
      const adapter = new EncryptedCatalogAdapter(path.join(dir, CATALOG_FILE), keyring);
      const data = await adapter.read();
      const vault = new Vault(dir, header, keyring, identityKey, lockFile, data, adapter, options.deviceId);
      // A sync tool may have kept this device's newer catalog as a conflict copy and put an
      // older one in its place: merged before the rollback check, which then sees the newest.
      await vault.absorbCatalogCopies();
      vault.unlockTimings = { kdfMs, openMs: performance.now() - openStarted };
      return vault;
    } catch (error) {
      wipe(vaultKey, identityKey, recoveryBytes);
      await lockFile.release();
      throw error;
    }
  }

  /** Whether a typed recovery key opens this header's vault key (used to confirm it). */
  static async recoveryKeyOpens(header: VaultHeader, text: string): Promise<boolean> {
    const parsed = parseRecoveryKey(text);
    if (!parsed.ok) return false;
    const wrappingKey = await recoveryWrappingKey(parsed.key, vaultIdBytes(header));
    const key = await unwrap(wrappingKey, header.wrappedKeys.recovery, wrapAd('recovery', header));
    wipe(wrappingKey, parsed.key, key);
    return key !== null;
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
    const key = this.keyFor(kind);
    const file = this.recordPath(id);
    // Never refused: a newer copy on disk (another device) only raises the revision this write takes.
    const known = this.recordRevisions.get(id) ?? 0n;
    this.recordRevisions.delete(id);
    const onDisk = await this.currentRecordRevision(id);
    const recorded = BigInt(syncMetaOf({ sync: (this.catalog as { sync?: unknown }).sync }).records[id] ?? 0);
    let highest = onDisk > known ? onDisk : known;
    if (recorded > highest) highest = recorded; // a file deleted and written again still counts on
    const revision = highest + 1n;
    const idBytes = fromHex(id);
    const container = await encodeContainer(key, this.keyring.vaultId, { kind, id: idBytes, revision }, plaintext);
    await durableWrite(file, container, (temp) => verifyContainerFile(key, this.keyring.vaultId, temp, { kind, id: idBytes, what: 'record' }));
    this.recordRevisions.set(id, revision);
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
    const derived = await deriveKey(passphrase, fromBase64(this.header.kdf.salt), kdfParamsOf(this.header));
    const key = await unwrap(derived.key, this.header.wrappedKeys.passphrase, wrapAd('passphrase', this.header));
    wipe(derived.key, key);
    return key !== null;
  }

  async readRecord(id: string, kind: number): Promise<Uint8Array> {
    this.assertOpen();
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(this.recordPath(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ShieldnoteError('NOT_FOUND', 'That record does not exist.');
      throw error;
    }
    const { meta, plaintext } = await decodeContainer(this.keyFor(kind), this.keyring.vaultId, bytes, { kind, id: fromHex(id), what: 'record' });
    const expected = syncMetaOf({ sync: (this.catalog as { sync?: unknown }).sync }).records[id];
    if (expected !== undefined && meta.revision < BigInt(expected)) {
      plaintext.fill(0);
      throw recordRolledBack(meta.revision, expected);
    }
    this.recordRevisions.set(id, meta.revision);
    return plaintext;
  }

  /** Decrypts a record file found elsewhere (a sync tool's conflict copy of record `id`); no revision check. */
  async readRecordAt(file: string, id: string, kind: number): Promise<{ plaintext: Uint8Array; revision: bigint }> {
    this.assertOpen();
    const { meta, plaintext } = await decodeContainer(this.keyFor(kind), this.keyring.vaultId, await fs.readFile(file), { kind, id: fromHex(id), what: 'record' });
    return { plaintext, revision: meta.revision };
  }

  /** The revision of a record file as it is on disk now (0 when missing): its first 60 bytes only. */
  async recordRevisionOnDisk(id: string): Promise<bigint> {
    this.assertOpen();
    const known = this.recordRevisions.get(id);
    this.recordRevisions.delete(id);
    try {
      return await this.currentRecordRevision(id);
    } finally {
      if (known !== undefined) this.recordRevisions.set(id, known);
    }
  }

  async deleteRecord(id: string): Promise<void> {
    this.assertOpen();
    await fs.rm(this.recordPath(id), { force: true });
    this.recordRevisions.delete(id);
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
      const at = Date.now();
      const stamps = { ...this.header.stamps };
      for (const part of changedParts(this.header, next.header)) stamps[part] = [at, this.deviceId];
      next.header = { ...next.header, stamps };
      const bytes = await serializeHeader(next.header);
      const identityKey = next.identityKey ?? this.identityKey;
      // What is committed must parse and hand back the identity key the records will use.
      await durableWrite(path.join(this.dir, HEADER_FILE), bytes, async (temp) => {
        const written = await parseHeader(new Uint8Array(await fs.readFile(temp)));
        const key = await unwrap(this.keyring.vaultKey, written.wrappedKeys.identity, wrapAd('identity', written));
        const same = key !== null && Buffer.compare(Buffer.from(key), Buffer.from(identityKey)) === 0;
        wipe(key);
        if (!same) throw new ShieldnoteError('INTERNAL', 'The new vault header did not verify; nothing was changed.');
      });
      this.header = await parseHeader(bytes);
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
    const target = path.join(this.dir, HEADER_FILE);
    let onDisk: VaultHeader;
    try {
      onDisk = await parseHeader(new Uint8Array(await fs.readFile(target)));
    } catch {
      return false; // missing or damaged: ours is written back by the next rewrap; never merged
    }
    let other: VaultHeader = onDisk;
    if (copyFile) {
      try {
        other = await parseHeader(new Uint8Array(await fs.readFile(copyFile)));
      } catch {
        return false;
      }
    }
    let best = this.header;
    for (const candidate of [onDisk, other]) {
      const merged = mergeHeaders(best, candidate);
      if (merged) best = await parseHeader(await serializeHeader(merged));
    }
    if (best.vaultId !== this.header.vaultId) return false;
    // Every copy wraps the same vault key: one that does not is not this vault's, and is ignored.
    const identityKey = await unwrap(this.keyring.vaultKey, best.wrappedKeys.identity, wrapAd('identity', best));
    if (!identityKey) return false;
    if (best.checksum !== onDisk.checksum) await durableWrite(target, await serializeHeader(withoutChecksum(best)));
    const changed = best.checksum !== this.header.checksum;
    if (changed) {
      this.header = best;
      wipe(this.identityKey);
      this.identityKey = identityKey;
    } else wipe(identityKey);
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

  private recordPath(id: string): string {
    if (!RECORD_ID.test(id)) throw new ShieldnoteError('VALIDATION', 'Malformed record id.');
    return path.join(this.dir, RECORDS_DIR, id + RECORD_SUFFIX);
  }

  private async currentRecordRevision(id: string): Promise<bigint> {
    const known = this.recordRevisions.get(id);
    if (known !== undefined) return known;
    try {
      const handle = await fs.open(this.recordPath(id), 'r');
      try {
        const head = new Uint8Array(60);
        const { bytesRead } = await handle.read(head, 0, 60, 0);
        if (bytesRead < 60) return 0n;
        return new DataView(head.buffer).getBigUint64(24);
      } finally {
        await handle.close();
      }
    } catch {
      return 0n;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new ShieldnoteError('LOCKED', 'The vault is locked.');
  }
}

export { RecordKind, readContainerMeta };

function withoutChecksum(header: VaultHeader): UnsignedHeader {
  const { checksum: _checksum, ...rest } = header;
  return rest;
}

/** A record file older than the revision the catalog recorded for it: put back, or still arriving. */
export function recordRolledBack(found: bigint, expected: number): ShieldnoteError {
  return new ShieldnoteError(
    'ROLLED_BACK',
    `This record on disk is older (revision ${found}) than the vault catalog says it should be (revision ${expected}): an older copy was put back, ` +
      'or a sync tool has not finished delivering the newer one. Nothing was opened or changed; if a sync is running, try again in a moment.',
  );
}

// Rewrap
/** The key-wrapping steps of the header, for rewrap.ts. */
export const keyWrapping = { wrapAd, wrap, unwrap, recoveryWrappingKey };
