import { StringDecoder } from 'node:string_decoder';
import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { ShieldnoteError } from '../../common/api/errors';
import { RecordKind, encodeContainer, verifyContainerFile } from './container';
import { durableWrite } from './durable-write';
import { fingerprintOf, readFingerprint } from './disk-fingerprint';
import { serializeCatalog, stampAndSerialize, type Snapshot } from '../sync/stamp';

// lowdb adapter that keeps the whole catalog JSON in one encrypted container. Writes are
// serialized; while one is in flight, later calls share a single follow-up write of the newest
// data (as steno does), so a burst of edits costs at most two writes. Each write stamps what
// this device changed (main/sync/stamp.ts); when the file on disk is no longer the one last read
// or written here (a sync tool delivered another device's copy), the two are merged before the
// write (main/sync/catalog-merge.ts) instead of either being lost.

export const CATALOG_FILE = 'catalog.snc';
export const CATALOG_ID = new Uint8Array(16);

export const catalogSchema = z.object({
  schema: z.literal(1),
  meta: z.object({
    name: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    recoveryKeyConfirmed: z.boolean(),
  }),
  collections: z.record(z.string(), z.record(z.string(), z.unknown())),
  /** Merge bookkeeping (main/sync/sync-meta.ts); absent in a catalog never saved since it existed. */
  sync: z.unknown().optional(),
});

export type CatalogData = z.infer<typeof catalogSchema>;

/**
 * The catalog is authenticated, so a shape check of the top level is enough; validating every
 * item with zod would cost more than decrypting. Features validate their own items on use.
 */
function hasCatalogShape(json: unknown): json is CatalogData {
  const shell = catalogSchema.pick({ schema: true, meta: true }).safeParse(json);
  if (!shell.success) return false;
  const collections = (json as { collections?: unknown }).collections;
  if (collections === null || typeof collections !== 'object' || Array.isArray(collections)) return false;
  return Object.values(collections).every((c) => c !== null && typeof c === 'object' && !Array.isArray(c));
}

export interface Keyring {
  vaultKey: Uint8Array;
  vaultId: Uint8Array;
}

/** Merges the catalog found on disk into `local` in place; false when nothing of `local` was missing from `disk`. */
export type CatalogMerger = (local: CatalogData, disk: CatalogData) => boolean;

export class EncryptedCatalogAdapter implements Adapter<CatalogData> {
  /** Device id stamped on this device's changes; merges need it (Vault sets it). */
  deviceId = 'unset';
  merger: CatalogMerger | null = null;
  /** Each item's text at the last read, merge or write: what the next write compares against. */
  private snapshot: Snapshot | null = null;
  /** The JSON of the last read or write: whether the data in memory has anything unsaved. */
  private savedJson: string | null = null;
  /** Revision of the last container read or committed; each write commits revision + 1. */
  revision = 0n;
  private latest: CatalogData | null = null;
  private inFlight: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  /** Head of the container last read or written here: a different one on disk means another writer. */
  private seen: string | null = null;
  /** The container a commit is writing: once renamed into place it is ours, before `seen` says so. */
  private writing: string | null = null;

  constructor(
    private readonly file: string,
    private readonly keyring: Keyring,
  ) {}

  async read(): Promise<CatalogData | null> {
    const { data, revision, fingerprint } = await this.readFile(this.file);
    this.seen = fingerprint;
    this.revision = revision;
    const serialized = serializeCatalog(data);
    this.snapshot = serialized.snapshot;
    this.savedJson = serialized.json;
    return data;
  }

  /** Decrypts a catalog file (this one, a sync tool's conflict copy of it, a backup's) without adopting it. */
  async readFile(file: string): Promise<{ data: CatalogData; revision: bigint; fingerprint: string | null }> {
    // Decrypted 1 MiB at a time straight into text: no full-size copies of the file or of the
    // plaintext. The text is parsed only after the whole container has authenticated.
    const decoder = new StringDecoder('utf8');
    const pieces: string[] = [];
    let meta: { revision: bigint };
    let fingerprint: string | null;
    try {
      fingerprint = await readFingerprint(file);
      meta = await verifyContainerFile(this.keyring.vaultKey, this.keyring.vaultId, file, { kind: RecordKind.catalog, id: CATALOG_ID, what: 'vault catalog' }, (piece) => {
        pieces.push(decoder.write(piece));
        piece.fill(0);
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ShieldnoteError('VAULT_DAMAGED', 'The vault catalog file is missing.');
      }
      throw error;
    }
    pieces.push(decoder.end());
    let json: unknown;
    try {
      json = JSON.parse(pieces.join(''));
    } catch {
      throw new ShieldnoteError('VAULT_DAMAGED', 'The vault catalog decrypted but is not valid JSON.');
    }
    if (!hasCatalogShape(json)) throw new ShieldnoteError('VAULT_DAMAGED', 'The vault catalog has an unexpected shape.');
    return { data: json, revision: meta.revision, fingerprint };
  }

  write(data: CatalogData): Promise<void> {
    this.latest = data;
    if (!this.inFlight) {
      const run = this.commit().then(() => undefined).finally(() => {
        this.inFlight = null;
      });
      this.inFlight = run;
      return run;
    }
    this.queued ??= this.inFlight
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.write(this.latest!);
      });
    return this.queued;
  }

  /** Resolves once every write asked for so far is durable (or failed). */
  async flush(): Promise<void> {
    while (this.inFlight || this.queued) {
      await (this.queued ?? this.inFlight)!.catch(() => undefined);
    }
  }

  /**
   * Merges the catalog on disk if another writer replaced it since the last read or write here,
   * and writes the result when it holds anything the disk copy lacks. Queued with the writes.
   */
  async refresh(data: CatalogData): Promise<'unchanged' | 'adopted' | 'merged'> {
    do await this.flush();
    while (this.inFlight || this.queued);
    let outcome: 'unchanged' | 'adopted' | 'merged' = 'unchanged';
    const run = (async () => {
      const onDisk = await readFingerprint(this.file);
      if (onDisk === this.seen || onDisk === null) return;
      this.latest = data;
      outcome = (await this.commit()) ? 'merged' : 'adopted';
    })();
    const tracked: Promise<void> = run.finally(() => {
      if (this.inFlight === tracked) this.inFlight = null;
    });
    this.inFlight = tracked;
    await tracked;
    return outcome;
  }

  /** Merges another copy of the catalog (a sync tool's conflict copy) and writes the result if it changed anything. */
  async absorb(data: CatalogData, other: { data: CatalogData; revision: bigint }): Promise<void> {
    await this.flush();
    const before = stampAndSerialize(data, this.snapshot, this.deviceId, Date.now());
    const unsaved = before.json !== this.savedJson;
    this.merger?.(data, other.data);
    if (other.revision > this.revision) this.revision = other.revision;
    const after = serializeCatalog(data);
    this.snapshot = after.snapshot;
    // Nothing new in the copy and nothing unsaved here: writing again would only start another round.
    if (!unsaved && after.json === before.json) return;
    await this.write(data);
  }

  /** Writes `latest`, merged first with the disk copy if that changed; false when the disk copy already held it all. */
  private async commit(): Promise<boolean> {
    const data = this.latest!;
    let stamped = stampAndSerialize(data, this.snapshot, this.deviceId, Date.now());
    const onDisk = await readFingerprint(this.file);
    if (this.seen !== null && onDisk !== null && onDisk !== this.seen && onDisk !== this.writing) {
      let disk: Awaited<ReturnType<EncryptedCatalogAdapter['readFile']>> | null = null;
      try {
        disk = await this.readFile(this.file);
      } catch {
        // Undecryptable (damaged, or not this vault's): never merged; ours replaces it below.
      }
      if (disk && this.merger) {
        const contributed = this.merger(data, disk.data);
        stamped = serializeCatalog(data);
        this.snapshot = stamped.snapshot;
        if (!contributed || stamped.json === serializeCatalog(disk.data).json) {
          // The disk copy already holds everything here: adopt it, write nothing.
          this.revision = disk.revision;
          this.seen = disk.fingerprint;
          this.savedJson = stamped.json;
          return false;
        }
        if (disk.revision > this.revision) this.revision = disk.revision;
      }
    }
    const revision = this.revision + 1n;
    const plaintext = Buffer.from(stamped.json, 'utf8');
    const container = await encodeContainer(this.keyring.vaultKey, this.keyring.vaultId, { kind: RecordKind.catalog, id: CATALOG_ID, revision }, plaintext);
    this.writing = fingerprintOf(container);
    try {
      await durableWrite(this.file, container, (temp) =>
        verifyContainerFile(this.keyring.vaultKey, this.keyring.vaultId, temp, { kind: RecordKind.catalog, id: CATALOG_ID, what: 'vault catalog' }),
      );
    } finally {
      this.writing = null;
    }
    this.revision = revision;
    this.seen = fingerprintOf(container);
    this.snapshot = stamped.snapshot;
    this.savedJson = stamped.json;
    return true;
  }
}
