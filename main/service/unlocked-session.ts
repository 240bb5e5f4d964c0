import type { LeakScanner } from '../../common/leak-guard/leak-scanner';
import { ShieldnoteError } from '../../common/api/errors';
import type { BackupScheduler } from '../features/backup-schedule';
import { LeakDisclosures, type LeakGuard } from '../features/leak-disclosure';
import { buildScanner } from '../features/leak-guard';
import { RevealSessions } from '../features/reveal-sessions';
import { SearchIndex } from '../features/search-index';
import { purgeTrash } from '../features/trash';
import { finishTravelOut } from '../features/travel';
import { VaultSync } from '../sync/vault-sync';
import type { Vault } from '../vault/vault';

// Everything that exists only while a vault is unlocked, in one object: the vault, its search
// index and leak scanner, revealed identities, keys shown once, and the backup schedule.
// `open` is the only way to make one and `close` the only way to end one, so nothing of an
// unlocked vault can outlive a lock.

export interface SessionStart {
  /** Unlocked with the recovery key: a new passphrase may be set without the old one. */
  withRecovery?: boolean;
  /** A recovery key just made (new vault): shown once, until copied and confirmed or locked. */
  recoveryKey?: string | null;
  /** Starts the backup schedule for this vault (owned by the session from then on). */
  startBackups: (vault: Vault) => Promise<BackupScheduler>;
  /** Folder watch timings (tests make them short). */
  sync?: { debounceMs?: number; pollMs?: number };
}

export class UnlockedSession {
  readonly reveals = new RevealSessions();
  pendingRecoveryKey: string | null;
  /** A travel key shown to the user, until travel mode starts with it or the vault locks. */
  pendingTravelKey: string | null = null;
  unlockedWithRecovery: boolean;
  /** The leak guard's budget of identity terms shown this session (forgotten at lock). */
  readonly leakDisclosures = new LeakDisclosures();
  /** Compiled from every identity term; rebuilt after identities change. */
  private scanner: Promise<LeakScanner> | null = null;
  private closed = false;
  /** Merges what a sync tool brings into the folder while unlocked (main/sync/vault-sync.ts). */
  readonly sync: VaultSync;

  private constructor(
    readonly vault: Vault,
    readonly searchIndex: SearchIndex,
    readonly backups: BackupScheduler,
    sync: VaultSync,
    start: SessionStart,
  ) {
    this.sync = sync;
    this.pendingRecoveryKey = start.recoveryKey ?? null;
    this.unlockedWithRecovery = start.withRecovery ?? false;
  }

  static async open(vault: Vault, start: SessionStart): Promise<UnlockedSession> {
    let session: UnlockedSession | null = null;
    const sync = new VaultSync(
      vault,
      {
        itemsChanged: async (changed) => {
          if (!session) return;
          for (const [name, kind] of [['statements', 'statement'], ['sources', 'source']] as const) {
            const ids = changed.get(name);
            if (ids) await session.searchIndex.refresh(kind, ids);
          }
        },
        identitiesChanged: () => session?.identitiesMoved(),
      },
      start.sync,
    );
    // Another device's copies waiting in the folder (the sync tool's conflict copies, a catalog
    // or header it wrote) are merged before anything reads the vault.
    await sync.runNow();
    // A crash before the last lock may have left deleted items behind, or a travel-mode start
    // cut short: both finish before anything reads the vault.
    await purgeTrash(vault);
    await finishTravelOut(vault);
    const index = SearchIndex.build(vault);
    const backups = await start.startBackups(vault);
    session = new UnlockedSession(vault, index, backups, sync, start);
    sync.watch();
    return session;
  }

  get isOpen(): boolean {
    return !this.closed && this.vault.isOpen;
  }

  leakScanner(): Promise<LeakScanner> {
    if (this.closed) throw new ShieldnoteError('LOCKED', 'The vault is locked. Unlock it first.');
    this.scanner ??= buildScanner(this.vault);
    return this.scanner;
  }

  /** The scanner with this session's budget: every scan whose findings reach the renderer. */
  async leakGuard(): Promise<LeakGuard> {
    return { scanner: await this.leakScanner(), disclosures: this.leakDisclosures };
  }

  /** Identity terms changed (saved, burned, sent away or restored): the scanner is rebuilt. */
  identitiesChanged(): void {
    this.scanner = null;
  }

  /** Identities left the vault or came back: nothing revealed or pending stays valid. */
  identitiesMoved(): void {
    this.pendingTravelKey = null;
    this.reveals.clear();
    this.scanner = null;
  }

  /** Stops backups, forgets every secret the session held, purges the trash and closes the vault. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.sync.stop();
    // A save not yet backed up is backed up now, while the keys are still here.
    await this.backups.stop({ writePending: true });
    this.pendingRecoveryKey = null;
    this.pendingTravelKey = null;
    this.unlockedWithRecovery = false;
    this.reveals.clear();
    this.scanner = null;
    this.leakDisclosures.clear();
    this.searchIndex.drop();
    if (!this.vault.isOpen) return;
    try {
      await purgeTrash(this.vault);
    } finally {
      await this.vault.close();
    }
  }
}
