import type { BackupEntry } from '../vault/backups';
import { listBackups, pruneBackups, writeBackup } from '../vault/backups';
import type { Vault } from '../vault/vault';

// Rotating backups follow saves: after a committed save, at most one backup per interval, written
// in the background (a save never waits for it), the oldest rotated out beyond `keep`. A save
// inside the interval is picked up by one trailing backup at the end of it.

export interface BackupPolicy {
  keep: number;
  intervalMs: number;
}

export class BackupScheduler {
  private lastAt = 0;
  private running: Promise<BackupEntry | null> | null = null;
  private trailing: NodeJS.Timeout | null = null;
  private stopped = false;
  /** A save happened since the last backup started copying: no backup holds it yet. */
  private savedSinceRun = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly vault: Vault,
    private readonly policy: () => BackupPolicy,
    private readonly onWritten: (entry: BackupEntry) => Promise<void> | void = () => undefined,
  ) {
    this.unsubscribe = vault.onWrite(() => this.saved());
  }

  /** Reads when the newest backup was taken, so a reopen does not back up at once. */
  async start(): Promise<void> {
    const newest = (await listBackups(this.vault.dir))[0];
    this.lastAt = Math.max(this.lastAt, newest ? Date.parse(newest.createdAt) : 0);
  }

  private saved(): void {
    this.savedSinceRun = true;
    if (this.stopped || this.running || this.trailing) return;
    const wait = this.lastAt + this.policy().intervalMs - Date.now();
    // Never on the save's own path: the backup starts after the save has returned.
    this.trailing = setTimeout(() => {
      this.trailing = null;
      void this.run().catch(() => undefined);
    }, Math.max(0, wait));
    this.trailing.unref?.();
  }

  /** One backup now (the "Back up now" button); waits for one already running first. */
  async backUpNow(): Promise<BackupEntry> {
    await this.running?.catch(() => undefined);
    const entry = await this.run();
    if (!entry) throw new Error('backups stopped');
    return entry;
  }

  private run(): Promise<BackupEntry | null> {
    if (this.stopped || !this.vault.isOpen) return Promise.resolve(null);
    const job = (async () => {
      this.savedSinceRun = false;
      await this.vault.flush();
      const entry = await writeBackup(this.vault.dir);
      this.lastAt = Date.parse(entry.createdAt);
      await pruneBackups(this.vault.dir, this.policy().keep);
      await this.onWritten(entry);
      return entry;
    })();
    this.running = job;
    return job.finally(() => {
      if (this.running === job) this.running = null;
    });
  }

  /**
   * Stops scheduling and waits for a backup in progress (before the vault closes). With
   * `writePending`, a save still waiting for its backup (inside the interval) gets it now: a
   * vault locked at generation 8 then has a backup at generation 8, not an older one.
   */
  async stop(options: { writePending?: boolean } = {}): Promise<void> {
    const pending = this.savedSinceRun;
    this.unsubscribe();
    if (this.trailing) clearTimeout(this.trailing);
    this.trailing = null;
    await this.running?.catch(() => undefined);
    if (options.writePending && pending && !this.stopped && this.vault.isOpen) await this.run().catch(() => undefined);
    this.stopped = true;
  }
}
