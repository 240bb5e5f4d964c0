import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ApiError, ApiResult } from '../../../common/api/errors';
import { translate } from '../i18n/translate';
import { useT } from '../i18n/use-t';

// Autosave: a write ~700 ms after the last change, and at least every 3 s while changes keep
// coming. One write at a time; a change made while a write is in flight is written by the next
// one (every change bumps a version; a write settles only the version it snapshotted). Failures
// keep the text and retry with backoff; a CONFLICT stops until the reporter decides.

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string; retryAt: number; delaySeconds: number; since: number }
  | { kind: 'conflict'; message: string };

export interface AutosaverOptions<S> {
  /** Takes what is to be written, at the moment the write starts. */
  snapshot: () => S;
  write: (snapshot: S) => Promise<ApiResult<unknown>>;
  /** After each write, with its outcome. */
  settled?: (snapshot: S, result: ApiResult<unknown>) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Seconds before each retry; the last one repeats. */
  backoffSeconds?: readonly number[];
}

export const DEBOUNCE_MS = 700;
export const MAX_WAIT_MS = 3000;
export const BACKOFF_SECONDS = [1, 2, 5, 10] as const;
/** Retries after the screen has gone (the final save of a closed draft) give up after this many. */
const RETRIES_AFTER_DISPOSE = 6;

export class Autosaver<S> {
  private version = 0;
  private savedVersion = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private maxWaitTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private attempt = 0;
  private state: SaveState = { kind: 'saved' };
  private readonly listeners = new Set<() => void>();
  private frozen: { snapshot: S } | null = null;
  private disposed = false;
  private readonly options: AutosaverOptions<S>;

  constructor(options: AutosaverOptions<S>) {
    this.options = options;
  }

  get dirty(): boolean {
    return this.version !== this.savedVersion;
  }

  readonly getState = (): SaveState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private setState(state: SaveState) {
    if (state.kind === this.state.kind && (state.kind === 'saved' || state.kind === 'saving')) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Something changed: write it soon. */
  changed() {
    if (this.frozen) return;
    this.version++;
    if (this.state.kind === 'conflict') return;
    // A retry is already scheduled; it writes the newest text.
    if (this.state.kind === 'retrying') return;
    this.setState({ kind: 'saving' });
    this.schedule();
  }

  private schedule() {
    const debounce = this.options.debounceMs ?? DEBOUNCE_MS;
    const maxWait = this.options.maxWaitMs ?? MAX_WAIT_MS;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.run(), debounce);
    this.maxWaitTimer ??= setTimeout(() => void this.run(), maxWait);
  }

  private clearTimers() {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    if (this.maxWaitTimer) clearTimeout(this.maxWaitTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.debounceTimer = null;
    this.maxWaitTimer = null;
    this.retryTimer = null;
  }

  /** Writes now (or after the write in flight). */
  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    this.clearTimers();
    if (!this.dirty) {
      if (this.state.kind !== 'conflict') this.setState({ kind: 'saved' });
      return Promise.resolve();
    }
    const version = this.version;
    let snapshot: S;
    try {
      snapshot = this.frozen ? this.frozen.snapshot : this.options.snapshot();
    } catch {
      return Promise.resolve();
    }
    this.setState({ kind: 'saving' });
    const flight = (async () => {
      let result: ApiResult<unknown>;
      try {
        result = await this.options.write(snapshot);
      } catch (error) {
        result = { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : translate('editor.save.failed') } };
      }
      this.inFlight = null;
      this.options.settled?.(snapshot, result);
      this.afterWrite(version, result);
    })();
    this.inFlight = flight;
    return flight;
  }

  private afterWrite(version: number, result: ApiResult<unknown>) {
    if (result.ok) {
      this.savedVersion = Math.max(this.savedVersion, version);
      this.attempt = 0;
      if (this.dirty && !this.frozen) {
        this.setState({ kind: 'saving' });
        this.schedule();
      } else {
        this.setState({ kind: 'saved' });
      }
      return;
    }
    if (result.error.code === 'CONFLICT') {
      this.clearTimers();
      this.setState({ kind: 'conflict', message: result.error.message });
      return;
    }
    this.retryLater(result.error);
  }

  private retryLater(error: ApiError) {
    const backoff = this.options.backoffSeconds ?? BACKOFF_SECONDS;
    const seconds = backoff[Math.min(this.attempt, backoff.length - 1)] ?? 10;
    this.attempt++;
    this.clearTimers();
    const since = Date.now();
    this.setState({ kind: 'retrying', message: error.message, retryAt: since + seconds * 1000, delaySeconds: seconds, since });
    if (this.disposed && this.attempt > RETRIES_AFTER_DISPOSE) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.run();
    }, seconds * 1000);
  }

  /**
   * Saves now if anything is unsaved and waits for it. True when everything is saved; false
   * when the write failed (retries go on in the background) or a conflict waits for a decision.
   */
  async flush(): Promise<boolean> {
    for (let round = 0; round < 5; round++) {
      if (this.inFlight) await this.inFlight;
      if (this.getState().kind === 'conflict') return false;
      if (!this.dirty) return true;
      await this.run();
      const after = this.getState().kind;
      if (after === 'retrying' || after === 'conflict') return false;
    }
    return !this.dirty;
  }

  /** After a conflict: try again (the caller has fixed what the write is based on). */
  retryNow() {
    this.attempt = 0;
    this.state = { kind: 'saving' };
    for (const listener of this.listeners) listener();
    void this.run();
  }

  /** Forget unsaved changes (the saved version was reloaded). */
  discard() {
    this.clearTimers();
    this.savedVersion = this.version;
    this.attempt = 0;
    this.state = { kind: 'saved' };
    for (const listener of this.listeners) listener();
  }

  /** The screen is back (React remounted it): snapshots come from the editor again. */
  revive() {
    this.disposed = false;
    this.frozen = null;
  }

  /**
   * The screen is going: take the final snapshot now (the editor is about to be destroyed) and
   * keep saving it in the background.
   */
  dispose(): Promise<boolean> {
    if (this.disposed) return Promise.resolve(!this.dirty);
    this.disposed = true;
    if (this.dirty && !this.frozen) {
      try {
        this.frozen = { snapshot: this.options.snapshot() };
      } catch {
        // Nothing left to read.
      }
    }
    return this.flush();
  }
}

/** The combined state of several savers: the worst one wins. */
export function combineStates(states: readonly SaveState[]): SaveState {
  const conflict = states.find((s) => s.kind === 'conflict');
  if (conflict) return conflict;
  const retrying = states.filter((s): s is Extract<SaveState, { kind: 'retrying' }> => s.kind === 'retrying');
  if (retrying.length > 0) return retrying.reduce((a, b) => (a.retryAt <= b.retryAt ? a : b));
  if (states.some((s) => s.kind === 'saving')) return { kind: 'saving' };
  return { kind: 'saved' };
}

export function useSaveState(saver: Autosaver<unknown>): SaveState {
  return useSyncExternalStore(saver.subscribe, saver.getState);
}

/** "Saved", "Saving…", "Not saved — retrying in 2 s: <reason>". Ticks while a retry is waiting. */
export function useSaveStatusText(state: SaveState): string {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  const retryAt = state.kind === 'retrying' ? state.retryAt : null;
  useEffect(() => {
    if (retryAt === null) return;
    const tick = () => setNow(Date.now());
    const timer = window.setInterval(tick, 250);
    const first = window.setTimeout(tick, 0);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(first);
    };
  }, [retryAt]);
  switch (state.kind) {
    case 'saved':
      return t('editor.save.saved');
    case 'saving':
      return t('editor.save.saving');
    case 'conflict':
      return t('editor.save.conflict');
    case 'retrying': {
      // Until the clock has ticked since the failure, the delay itself is the countdown.
      const seconds = now < state.since ? state.delaySeconds : Math.max(1, Math.ceil((state.retryAt - now) / 1000));
      return t('editor.save.retrying', { seconds, message: state.message });
    }
  }
}
