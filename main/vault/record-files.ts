import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import { decodeContainer, encodeContainer, verifyContainerFile } from './container';
import { durableWrite } from './durable-write';
import { fromHex } from './encoding';

// The vault's record files (draft bodies, attachments, the identity compartment): one sealed
// container each under records/, its revision counted up on every write so that an older file
// put back is caught. The Vault picks the key and keeps the catalog's note of each revision.

export const RECORDS_DIR = 'records';
const RECORD_SUFFIX = '.snr';
const RECORD_ID = /^[0-9a-f]{32}$/;

export class RecordFiles {
  private readonly revisions = new Map<string, bigint>();

  constructor(
    private readonly dir: string,
    private readonly vaultId: Uint8Array,
  ) {}

  /**
   * Writes record `id` sealed with `key`; returns the revision it took. Never refused: a newer
   * copy on disk (another device) or in the catalog (`recorded`) only raises that revision.
   */
  async write(id: string, kind: number, key: Uint8Array, plaintext: Uint8Array, recorded: number | undefined): Promise<bigint> {
    const file = this.path(id);
    const known = this.revisions.get(id) ?? 0n;
    this.revisions.delete(id);
    const onDisk = await this.currentRevision(id);
    let highest = onDisk > known ? onDisk : known;
    if (BigInt(recorded ?? 0) > highest) highest = BigInt(recorded ?? 0); // a file deleted and written again still counts on
    const revision = highest + 1n;
    const idBytes = fromHex(id);
    const container = await encodeContainer(key, this.vaultId, { kind, id: idBytes, revision }, plaintext);
    await durableWrite(file, container, (temp) => verifyContainerFile(key, this.vaultId, temp, { kind, id: idBytes, what: 'record' }));
    this.revisions.set(id, revision);
    return revision;
  }

  /** Reads record `id`; refused (ROLLED_BACK) when it is older than the catalog's `expected` revision. */
  async read(id: string, kind: number, key: Uint8Array, expected: number | undefined): Promise<Uint8Array> {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(this.path(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ShieldnoteError('NOT_FOUND', 'That record does not exist.');
      throw error;
    }
    const { meta, plaintext } = await decodeContainer(key, this.vaultId, bytes, { kind, id: fromHex(id), what: 'record' });
    if (expected !== undefined && meta.revision < BigInt(expected)) {
      plaintext.fill(0);
      throw recordRolledBack(meta.revision, expected);
    }
    this.revisions.set(id, meta.revision);
    return plaintext;
  }

  /** Decrypts a record file found elsewhere (a sync tool's conflict copy of record `id`); no revision check. */
  async readAt(file: string, id: string, kind: number, key: Uint8Array): Promise<{ plaintext: Uint8Array; revision: bigint }> {
    const { meta, plaintext } = await decodeContainer(key, this.vaultId, await fs.readFile(file), { kind, id: fromHex(id), what: 'record' });
    return { plaintext, revision: meta.revision };
  }

  /** The revision of a record file as it is on disk now (0 when missing): its first 60 bytes only. */
  async revisionOnDisk(id: string): Promise<bigint> {
    const known = this.revisions.get(id);
    this.revisions.delete(id);
    try {
      return await this.currentRevision(id);
    } finally {
      if (known !== undefined) this.revisions.set(id, known);
    }
  }

  async delete(id: string): Promise<void> {
    await fs.rm(this.path(id), { force: true });
    this.revisions.delete(id);
  }

  private path(id: string): string {
    if (!RECORD_ID.test(id)) throw new ShieldnoteError('VALIDATION', 'Malformed record id.');
    return path.join(this.dir, RECORDS_DIR, id + RECORD_SUFFIX);
  }

  private async currentRevision(id: string): Promise<bigint> {
    const known = this.revisions.get(id);
    if (known !== undefined) return known;
    try {
      const handle = await fs.open(this.path(id), 'r');
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
}

/** A record file older than the revision the catalog recorded for it: put back, or still arriving. */
export function recordRolledBack(found: bigint, expected: number): ShieldnoteError {
  return new ShieldnoteError(
    'ROLLED_BACK',
    `This record on disk is older (revision ${found}) than the vault catalog says it should be (revision ${expected}): an older copy was put back, ` +
      'or a sync tool has not finished delivering the newer one. Nothing was opened or changed; if a sync is running, try again in a moment.',
  );
}
