import { StringDecoder } from 'node:string_decoder';
import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { ShieldnoteError } from '../../common/api/errors';
import { RecordKind, encodeContainer, verifyContainerFile } from './container';
import { durableWrite } from './durable-write';
import { changedOnDiskError, fingerprintOf, readFingerprint } from './disk-fingerprint';

// lowdb adapter that keeps the whole catalog JSON in one encrypted container. Writes are
// serialized; while one is in flight, later calls share a single follow-up write of the newest
// data (as steno does), so a burst of edits costs at most two writes.

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

export class EncryptedCatalogAdapter implements Adapter<CatalogData> {
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
    // Decrypted 1 MiB at a time straight into text: no full-size copies of the file or of the
    // plaintext. The text is parsed only after the whole container has authenticated.
    const decoder = new StringDecoder('utf8');
    const pieces: string[] = [];
    let meta: { revision: bigint };
    try {
      this.seen = await readFingerprint(this.file);
      meta = await verifyContainerFile(this.keyring.vaultKey, this.keyring.vaultId, this.file, { kind: RecordKind.catalog, id: CATALOG_ID, what: 'vault catalog' }, (piece) => {
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
    this.revision = meta.revision;
    return json;
  }

  write(data: CatalogData): Promise<void> {
    this.latest = data;
    if (!this.inFlight) {
      const run = this.commit().finally(() => {
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

  /** CONFLICT when the catalog on disk is no longer the one this adapter last read or wrote. */
  async assertUnchangedOnDisk(): Promise<void> {
    if (this.seen === null) return;
    const onDisk = await readFingerprint(this.file);
    if (onDisk !== this.seen && onDisk !== this.writing) throw changedOnDiskError();
  }

  private async commit(): Promise<void> {
    await this.assertUnchangedOnDisk();
    const revision = this.revision + 1n;
    const plaintext = Buffer.from(JSON.stringify(this.latest), 'utf8');
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
  }
}
