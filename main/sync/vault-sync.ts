import { watch, type FSWatcher, promises as fs } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, readSettings } from '../features/collections';
import { resolveBodies, parseBody, type StoredDraft } from '../features/drafts';
import { readIdentities, writeAllIdentities, type IdentityMap } from '../features/identity-compartment';
import { rewriteBackupHeaders } from '../vault/backups';
import { CATALOG_FILE } from '../vault/catalog-adapter';
import { RecordKind } from '../vault/container';
import { HEADER_FILE, serializeHeader } from '../vault/vault-header';
import { RECORDS_DIR, type Vault } from '../vault/vault';
import type { MergeResult } from './catalog-merge';
import { findConflictCopies, type ConflictCopy } from './conflict-copies';
import { ensureIgnoreFile } from './ignore-file';

// Keeps an unlocked vault in step with its folder while a sync tool writes into it: watches the
// folder (fs.watch, with a periodic look as a fallback where watching is unreliable), and after
// a short quiet spell merges whatever arrived: the header, the catalog, and the sync tool's
// conflict copies of any of them or of a record. A copy is deleted only after its merge is on
// disk; one that cannot be read is left alone and never stops anything else.

export interface SyncEffects {
  /** Items that changed in memory (to re-index them), by collection. */
  itemsChanged(changed: Map<string, string[]>): Promise<void> | void;
  /** Identities may have changed or left (travel mode elsewhere): drop what was revealed. */
  identitiesChanged(): void;
}

export interface SyncOptions {
  /** Quiet time after the last change seen before merging, ms. */
  debounceMs?: number;
  /** Fallback look at the folder, ms (0: none). */
  pollMs?: number;
}

export class VaultSync {
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | null = null;
  private poll: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  /** Copies that did not decrypt: not retried until their file changes. */
  private readonly unreadable = new Map<string, number>();
  private readonly debounceMs: number;

  constructor(
    private readonly vault: Vault,
    private readonly effects: SyncEffects,
    options: SyncOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 300;
    const pollMs = options.pollMs ?? 5_000;
    if (pollMs > 0) {
      this.poll = setInterval(() => this.soon(), pollMs);
      this.poll.unref?.();
    }
  }

  /** Starts watching the folder (a failure to watch leaves the periodic look). */
  watch(): void {
    void ensureIgnoreFile(this.vault.dir).catch(() => undefined);
    for (const dir of [this.vault.dir, path.join(this.vault.dir, RECORDS_DIR)]) {
      try {
        const watcher = watch(dir, { persistent: false }, (_event, name) => {
          if (name && (String(name).startsWith('.') || String(name) === 'vault.lock')) return; // our own temp files
          this.soon();
        });
        watcher.on('error', () => undefined);
        this.watchers.push(watcher);
      } catch {
        // not watchable here: the periodic look covers it
      }
    }
  }

  private soon(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runNow().catch(() => undefined);
    }, this.debounceMs);
    this.timer.unref?.();
  }

  /** Merges everything that arrived; runs one at a time. */
  runNow(): Promise<void> {
    const run = this.running.catch(() => undefined).then(() => (this.stopped || !this.vault.isOpen ? undefined : this.mergeAll()));
    this.running = run;
    return run;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
    if (this.timer) clearTimeout(this.timer);
    if (this.poll) clearInterval(this.poll);
    await this.running.catch(() => undefined);
  }

  private async mergeAll(): Promise<void> {
    const vault = this.vault;
    const compartmentBefore = readSettings(vault).compartment?.recordId ?? null;
    const changed = new Map<string, string[]>();
    const unsubscribe = vault.onMerge((result: MergeResult) => {
      for (const [name, ids] of result.changedForLocal) changed.set(name, [...(changed.get(name) ?? []), ...ids]);
    });
    let identities = false;
    try {
      const copies = await findConflictCopies(vault.dir, RECORDS_DIR);
      // Header: the file on disk, then each conflict copy of it, merged part by part.
      let headerChanged = await vault.syncHeader();
      for (const copy of copies.filter((c) => c.of === HEADER_FILE)) {
        if (await this.skip(copy)) continue;
        headerChanged = (await vault.syncHeader(copy.file)) || headerChanged;
        await fs.rm(copy.file, { force: true });
      }
      if (headerChanged) {
        identities = true;
        // Backups on this device open with what opens the vault now, and with nothing older.
        await rewriteBackupHeaders(vault.dir, await serializeHeader(withoutChecksum(vault.header))).catch(() => 0);
      }
      // Catalog: the file on disk, then each conflict copy.
      await vault.refreshCatalog();
      for (const copy of copies.filter((c) => c.of === CATALOG_FILE)) {
        if (await this.skip(copy)) continue;
        try {
          await vault.absorbCatalogCopy(copy.file);
        } catch {
          await this.markUnreadable(copy);
          continue;
        }
        await fs.rm(copy.file, { force: true });
      }
      // Records.
      for (const copy of copies.filter((c) => c.where === 'records')) {
        if (await this.skip(copy)) continue;
        if ((await this.mergeRecordCopy(copy)) === 'identities') identities = true;
      }
      // A burn that arrived with the catalog wins over terms this device still holds for that source.
      if (changed.has(COLLECTIONS.settings)) identities = (await this.dropBurnedIdentities()) || identities;
      // Travel mode started elsewhere: the compartment this device pointed to goes too.
      const settings = readSettings(vault);
      if (settings.travel && compartmentBefore) {
        await vault.deleteRecord(compartmentBefore);
        identities = true;
      } else if ((settings.compartment?.recordId ?? null) !== compartmentBefore || changed.has(COLLECTIONS.settings)) identities = true;
    } finally {
      unsubscribe();
    }
    if (changed.size > 0) await this.effects.itemsChanged(changed);
    if (identities) this.effects.identitiesChanged();
  }

  private async dropBurnedIdentities(): Promise<boolean> {
    const settings = readSettings(this.vault);
    const burned = Object.keys(settings.burned ?? {});
    if (settings.travel || !settings.compartment || burned.length === 0) return false;
    let identities: IdentityMap;
    try {
      identities = await readIdentities(this.vault);
    } catch {
      return false; // not readable yet (still arriving): the next look tries again
    }
    if (!burned.some((id) => id in identities)) return false;
    await writeAllIdentities(this.vault, unionIdentities(identities, {}, settings.burned ?? {}));
    return true;
  }

  private async skip(copy: ConflictCopy): Promise<boolean> {
    const stat = await fs.stat(copy.file).catch(() => null);
    if (!stat) return true;
    return this.unreadable.get(copy.file) === stat.mtimeMs;
  }

  private async markUnreadable(copy: ConflictCopy): Promise<void> {
    const stat = await fs.stat(copy.file).catch(() => null);
    if (stat) this.unreadable.set(copy.file, stat.mtimeMs);
  }

  /** One conflict copy of a record: merged by kind, then deleted once the merge is on disk. */
  private async mergeRecordCopy(copy: ConflictCopy): Promise<'done' | 'identities' | 'skipped'> {
    const vault = this.vault;
    const id = copy.of.slice(0, 32);
    const head = await readHead(copy.file);
    if (!head) {
      await this.markUnreadable(copy);
      return 'skipped';
    }
    const kind = head[5]!;
    if (kind === RecordKind.identityCompartment) {
      const merged = await this.mergeCompartmentCopy(copy, id);
      if (merged === 'skipped') return merged;
      await fs.rm(copy.file, { force: true });
      return 'identities';
    }
    let theirs: { plaintext: Uint8Array; revision: bigint };
    try {
      theirs = await vault.readRecordAt(copy.file, id, kind);
    } catch {
      await this.markUnreadable(copy);
      return 'skipped';
    }
    let ours: { plaintext: Uint8Array; revision: bigint } | null = null;
    try {
      ours = await vault.readRecordAt(path.join(vault.dir, RECORDS_DIR, copy.of), id, kind);
    } catch {
      ours = null; // missing or unreadable: the copy is all there is
    }
    if (kind === RecordKind.draftBody) {
      const draft = Object.values(vault.collection<StoredDraft>(COLLECTIONS.drafts)).find((d) => d.bodyRecordId === id);
      const other = parseBody(theirs.plaintext);
      if (draft && ours) await resolveBodies(vault, draft, parseBody(ours.plaintext), other);
      else if (!ours) await vault.writeRecord(id, kind, Buffer.from(JSON.stringify(other), 'utf8'));
    } else if (!ours || theirs.revision > ours.revision) {
      // Other records are written whole and rarely: the newer revision stays.
      await vault.writeRecord(id, kind, theirs.plaintext);
    }
    theirs.plaintext.fill(0);
    ours?.plaintext.fill(0);
    await fs.rm(copy.file, { force: true });
    return 'done';
  }

  /** Identity compartment: terms from both copies, by source; burned sources never come back. */
  private async mergeCompartmentCopy(copy: ConflictCopy, id: string): Promise<'done' | 'skipped'> {
    const vault = this.vault;
    const settings = readSettings(vault);
    if (settings.travel || settings.compartment?.recordId !== id) return 'done'; // superseded: identities are away, or another record holds them
    const theirs = await this.readCompartmentAt(copy.file, id);
    // Sealed with an identity key the header no longer holds (travel mode came and went since): superseded.
    if (theirs === 'unreadable') return 'done';
    // Ours is read without the revision check: the copy being merged is why the catalog may expect a newer one.
    const ours = await this.readCompartmentAt(path.join(vault.dir, RECORDS_DIR, copy.of), id);
    if (ours === 'unreadable') return 'skipped';
    await writeAllIdentities(vault, unionIdentities(ours ?? {}, theirs ?? {}, settings.burned ?? {}));
    return 'done';
  }

  /** A compartment file's identities; null when the file is missing. */
  private async readCompartmentAt(file: string, id: string): Promise<IdentityMap | null | 'unreadable'> {
    try {
      const { plaintext } = await this.vault.readRecordAt(file, id, RecordKind.identityCompartment);
      try {
        return (JSON.parse(Buffer.from(plaintext).toString('utf8')) as { sources?: IdentityMap }).sources ?? {};
      } finally {
        plaintext.fill(0);
      }
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'unreadable';
    }
  }
}

/** Terms of each source from both maps (each distinct term once); burned sources dropped. */
export function unionIdentities(a: IdentityMap, b: IdentityMap, burned: Record<string, string>): IdentityMap {
  const out: IdentityMap = {};
  for (const sourceId of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (sourceId in burned) continue;
    const seen = new Set<string>();
    const terms = [];
    for (const term of [...(a[sourceId] ?? []), ...(b[sourceId] ?? [])]) {
      const key = JSON.stringify(term);
      if (seen.has(key)) continue;
      seen.add(key);
      terms.push(term);
    }
    out[sourceId] = terms;
  }
  return out;
}

async function readHead(file: string): Promise<Uint8Array | null> {
  try {
    const handle = await fs.open(file, 'r');
    try {
      const head = new Uint8Array(60);
      const { bytesRead } = await handle.read(head, 0, 60, 0);
      return bytesRead === 60 ? head : null;
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

function withoutChecksum<T extends { checksum: string }>(header: T): Omit<T, 'checksum'> {
  const { checksum: _checksum, ...rest } = header;
  return rest;
}
