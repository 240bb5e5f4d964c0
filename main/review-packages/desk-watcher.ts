import { watch, type FSWatcher } from 'node:fs';

// Knows when a desk folder may have changed, so listing it again is cheap when nothing did.
// fs.watch is the fast path; it misses changes on network shares and some sync tools' renames,
// so a periodic rescan backs it up. The watcher ends itself once its vault is locked.

export const DESK_RESCAN_MS = 30_000;

export class DeskWatcher<T> {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private dirty = true;
  private cached: T | null = null;
  private scanning: Promise<T> | null = null;

  constructor(
    readonly folder: string,
    private readonly stillWanted: () => boolean,
    rescanMs = DESK_RESCAN_MS,
  ) {
    try {
      this.watcher = watch(folder, { persistent: false }, () => this.touch());
      this.watcher.on('error', () => {
        // The folder went away or cannot be watched: the periodic rescan carries on alone.
        this.watcher?.close();
        this.watcher = null;
        this.touch();
      });
    } catch {
      this.watcher = null;
    }
    this.timer = setInterval(() => this.touch(), rescanMs);
    this.timer.unref();
  }

  /** Marks the listing stale (a file event, the rescan timer, or our own write). */
  touch(): void {
    if (!this.stillWanted()) return this.close();
    this.dirty = true;
  }

  /** The cached listing, or a fresh one when something may have changed. */
  async listing(scan: () => Promise<T>): Promise<T> {
    if (!this.dirty && this.cached !== null) return this.cached;
    if (this.scanning) return this.scanning;
    this.dirty = false;
    this.scanning = scan().then(
      (value) => {
        this.cached = value;
        this.scanning = null;
        return value;
      },
      (error: unknown) => {
        this.dirty = true;
        this.scanning = null;
        throw error;
      },
    );
    return this.scanning;
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
