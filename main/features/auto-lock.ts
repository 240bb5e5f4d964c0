import type { LockNotice, LockReason } from '../../common/domain/vault-health';

// When the vault locks by itself: after idle time, on system suspend or screen lock, on the
// global panic shortcut. Idle time counts from the last input main itself observed (keys,
// mouse, touch delivered to the window: main/electron/auto-lock-wiring.ts), never from what the
// renderer says or how often it calls: a hostile renderer must not keep the vault open forever. The renderer learns of it through a long-polling call (`awaitLock`)
// that resolves when main wants the vault locked: the renderer then saves what is pending (the
// before-lock registry) and locks. If no renderer is listening, or it does not lock within the
// grace time, main locks on its own: keys never outlive the grace time.

export interface AutoLockOptions {
  idleMs: () => number;
  graceMs: number;
  lock: (reason: LockReason) => Promise<unknown>;
}

export class AutoLock {
  private active = false;
  private lastActivity = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  private graceTimer: NodeJS.Timeout | null = null;
  private waiters: ((notice: LockNotice) => void)[] = [];
  private lastReason: LockReason = 'user';
  /** Why main asked for the lock the renderer is now carrying out. */
  private requested: LockReason | null = null;

  constructor(private readonly options: AutoLockOptions) {}

  /** A vault was unlocked: idle time counts from now. */
  start(): void {
    this.active = true;
    this.lastActivity = Date.now();
    this.schedule();
  }

  /**
   * Input main observed in the window: the only activity that pushes the idle lock back. Cheap
   * enough for every mouse move: the idle timer re-reads the time when it fires.
   */
  input(): void {
    this.lastActivity = Date.now();
  }

  /** The idle time changed (a preference): re-arm the timer with the new value. */
  rearm(): void {
    if (this.active) this.schedule();
  }

  /** Main wants the vault locked (idle, suspend, screen lock, panic). */
  request(reason: LockReason): void {
    if (!this.active || this.graceTimer) return;
    if (this.waiters.length === 0) {
      void this.options.lock(reason).catch(() => undefined);
      return;
    }
    this.requested = reason;
    this.notify({ reason, locked: false });
    this.graceTimer = setTimeout(() => void this.options.lock(reason).catch(() => undefined), this.options.graceMs);
    this.graceTimer.unref?.();
  }

  /** The vault locked (for any reason): waiters learn it, timers stop. */
  stopped(reason: LockReason): void {
    this.active = false;
    this.lastReason = this.requested ?? reason;
    this.requested = null;
    this.clearTimers();
    this.notify({ reason: this.lastReason, locked: true });
  }

  /** Resolves when main wants the vault locked, or at once when it is not unlocked. */
  wait(): Promise<LockNotice> {
    if (!this.active) return Promise.resolve({ reason: this.lastReason, locked: true });
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private schedule(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const due = this.lastActivity + this.options.idleMs() - Date.now();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.active) return;
      if (Date.now() - this.lastActivity >= this.options.idleMs()) this.request('idle');
      else this.schedule();
    }, Math.max(0, due));
    this.idleTimer.unref?.();
  }

  private notify(notice: LockNotice): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(notice);
  }

  private clearTimers(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.idleTimer = null;
    this.graceTimer = null;
  }
}
