import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../common/api/contract';
import { AutoLock } from '../../main/features/auto-lock';
import type { SafetyOptions } from '../../main/features/vault-safety';
import { memoryClipboard } from '../../main/service/platform';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';

// Auto-lock in main: idle time, system triggers and what a lock leaves behind.

describe('auto-lock', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  const protection: boolean[] = [];
  let clipboard: ReturnType<typeof memoryClipboard>;

  /** A vault with the story; the idle time is `idleLockMs` from the end of the setup on. */
  async function start(idleLockMs: number) {
    clipboard = memoryClipboard();
    const safety: SafetyOptions = { idleLockMs: 3_600_000, lockGraceMs: 50, backupIntervalMs: 3_600_000, onContentProtection: (on) => protection.push(on) };
    service = new ShieldnoteService({ platform: { ...testPlatform(dir.path), clipboard }, kdfPolicy: FAST_KDF, safety });
    await service.createVault({ path: path.join(dir.path, 'Vault'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    const seeded = await seedStory(service);
    // API calls are not activity, so the setup runs under a long idle time, then it shortens.
    safety.idleLockMs = idleLockMs;
    service.noteUserInput();
    await service.updateSafetySettings({});
    return seeded;
  }

  beforeEach(() => {
    dir = tempDir();
    protection.length = 0;
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  it('locks after the idle time when nobody listens, dropping the search index and every key', async () => {
    await start(150);
    await vi.waitFor(async () => expect((await service.getStatus()).state).toBe('locked'), { timeout: 5_000 });
    await expect(service.search({ query: 'border' })).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(service.listStatements({})).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(service.identityTerms()).rejects.toMatchObject({ code: 'LOCKED' });
    expect(await service.awaitLock()).toEqual({ reason: 'idle', locked: true });
  });

  it('asks the listening renderer to lock first, then locks by itself after the grace time', async () => {
    await start(3_600_000);
    const first = service.awaitLock();
    service.requestLock('screen-lock');
    expect(await first).toEqual({ reason: 'screen-lock', locked: false });
    // The renderer did not answer: main locks anyway.
    await vi.waitFor(async () => expect((await service.getStatus()).state).toBe('locked'), { timeout: 5_000 });
    expect(await service.awaitLock()).toEqual({ reason: 'screen-lock', locked: true });
  });

  it('a renderer lock wakes every waiter with locked: true', async () => {
    await start(3_600_000);
    const waiting = service.awaitLock();
    await service.lock();
    expect(await waiting).toEqual({ reason: 'user', locked: true });
  });

  it('input main observed pushes the idle lock back', async () => {
    await start(1_500);
    for (let i = 0; i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      service.noteUserInput();
      expect((await service.getStatus()).state).toBe('unlocked');
    }
    await vi.waitFor(async () => expect((await service.getStatus()).state).toBe('locked'), { timeout: 5_000 });
  });

  it('API calls are not activity: a renderer calling all the time cannot keep the vault open', async () => {
    await start(1_000);
    let locked = false;
    for (let i = 0; i < 100 && !locked; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await service.listSources({ includeArchived: false }).catch(() => undefined);
      await service.getStatus();
      locked = (await service.getStatus()).state === 'locked';
    }
    expect(locked).toBe(true);
    expect(await service.awaitLock()).toEqual({ reason: 'idle', locked: true });
    expect('reportActivity' in contract).toBe(false);
  });

  it('locking on suspend clears a copied secret from the clipboard and turns screen-capture protection back on', async () => {
    const { sourceIds } = await start(3_600_000);
    const sourceId = Object.values(sourceIds)[0]!;
    await service.updateSafetySettings({ contentProtection: false });
    expect(protection.at(-1)).toBe(false);
    await service.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE });
    await service.copyIdentityTerm({ sourceId, index: 0 });
    expect(await clipboard.readText()).not.toBe('');
    service.requestLock('suspend');
    await vi.waitFor(async () => expect((await service.getStatus()).state).toBe('locked'), { timeout: 5_000 });
    expect(protection.at(-1)).toBe(true);
    expect(await clipboard.readText()).toBe('');
    await expect(service.copyIdentityTerm({ sourceId, index: 0 })).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('the idle time is a vault setting (5 minutes by default)', async () => {
    await start(3_600_000);
    expect(await service.getSafetySettings()).toMatchObject({ autoLockMinutes: 5, backupsKept: 10, contentProtection: true });
    expect(await service.updateSafetySettings({ autoLockMinutes: 15 })).toMatchObject({ autoLockMinutes: 15, backupsKept: 10 });
  });
});

describe('the idle timer (pure, fake clock)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function idleLock(idleMs: number) {
    vi.useFakeTimers();
    const locks: string[] = [];
    const autoLock = new AutoLock({ idleMs: () => idleMs, graceMs: 100, lock: async (reason) => locks.push(reason) });
    autoLock.start();
    return { autoLock, locks };
  }

  it('counts from the last input main saw', () => {
    const { autoLock, locks } = idleLock(1_000);
    vi.advanceTimersByTime(900);
    autoLock.input();
    vi.advanceTimersByTime(900);
    expect(locks).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(locks).toEqual(['idle']);
  });

  it('without input, locks after the idle time whatever else happens (waiters, re-arms)', () => {
    const { autoLock, locks } = idleLock(1_000);
    for (let i = 0; i < 9; i++) {
      vi.advanceTimersByTime(100);
      autoLock.rearm();
    }
    vi.advanceTimersByTime(100);
    expect(locks).toEqual(['idle']);
  });

  it('a listening renderer is asked first, and main locks after the grace time anyway', () => {
    const { autoLock, locks } = idleLock(1_000);
    const notices: unknown[] = [];
    void autoLock.wait().then((n) => notices.push(n));
    vi.advanceTimersByTime(1_000);
    expect(locks).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(locks).toEqual(['idle']);
  });
});
