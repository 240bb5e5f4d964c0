import { ShieldnoteError } from '../../common/api/errors';
import type { VaultStatus } from '../../common/api/types';
import {
  DEFAULT_SAFETY_SETTINGS,
  type BackupInfo,
  type BackupRestoreOutcome,
  type LockNotice,
  type LockReason,
  type RollbackWarning,
  type SafetySettings,
  type VerifyReport,
} from '../../common/domain/vault-health';
import { backupDirFor, listBackups, removePartialBackups, restoreBackupFiles, type BackupEntry } from '../vault/backups';
import { GenerationMarks, type RollbackFinding } from '../vault/rollback-guard';
import { wipe } from '../vault/sodium';
import { Vault, type UnlockSecret, type VaultPresence } from '../vault/vault';
import { verifyFolder, verifyVault } from '../vault/verify-vault';
import { AutoLock } from './auto-lock';
import { BackupScheduler } from './backup-schedule';
import { COLLECTIONS, collectionIn } from './collections';
import { loadDeviceId } from '../sync/device-id';

// Backups, verify/restore, rollback detection and auto-lock, for the service. The service's
// unlocked session keeps the open vault and its backup schedule; this module is told when one
// opens and closes, and asks the service (the host) to adopt a vault it restored or to lock.

const SAFETY_ITEM = 'safety';

export interface RestorePlan {
  backup: BackupEntry;
  generation: bigint;
  vaultId: string;
}

export interface SafetyHost {
  appDataDir: string;
  now: () => Date;
  /** The open vault, if any. */
  current: () => Vault | null;
  /** Makes `vault` the open vault (a held or restored one) and returns the new status. */
  adopt: (vault: Vault) => Promise<VaultStatus>;
  /** Locks through the service's own lock (serialized, saves first). */
  lock: (reason: LockReason) => Promise<unknown>;
  /** The vault folder selected now. */
  path: () => Promise<string>;
  status: () => Promise<VaultStatus>;
  /** Closes the open vault as a lock does (inside a serialized transition). */
  close: () => Promise<void>;
}

export interface RestoreRequest {
  backupId?: string | undefined;
  passphrase?: string | undefined;
  recoveryKey?: string | undefined;
}

export interface SafetyOptions {
  /** Overrides the idle time from the vault's settings (tests). */
  idleLockMs?: number;
  /** How long the renderer gets to save before main locks by itself. */
  lockGraceMs?: number;
  /** Overrides the backup interval from the vault's settings (tests). */
  backupIntervalMs?: number;
  /** Applies screen-capture protection to the window (Electron), on every change. */
  onContentProtection?: (on: boolean) => void;
  /** A vault was unlocked (true) or locked (false): e.g. the global panic shortcut exists only meanwhile. */
  onSessionChange?: (unlocked: boolean) => void;
}

export function readSafetySettings(vault: Vault): SafetySettings {
  const stored = vault.collection<Partial<SafetySettings>>(COLLECTIONS.settings)[SAFETY_ITEM];
  return { ...DEFAULT_SAFETY_SETTINGS, ...stored };
}

export const backupInfo = (entry: BackupEntry): BackupInfo => ({ id: entry.id, createdAt: entry.createdAt, sizeBytes: entry.sizeBytes });

function toWarning(finding: RollbackFinding): RollbackWarning {
  return {
    seenGeneration: finding.seen.generation.toString(),
    seenAt: finding.seen.seenAt,
    foundGeneration: finding.found.generation.toString(),
    foundSavedAt: finding.found.savedAt,
  };
}

export class VaultSafety {
  readonly marks: GenerationMarks;
  readonly autoLock: AutoLock;
  /** A vault opened whose catalog is older than the newest seen: kept closed to use until the user decides. */
  private held: { vault: Vault; finding: RollbackFinding } | null = null;

  constructor(
    private readonly host: SafetyHost,
    private readonly options: SafetyOptions = {},
  ) {
    this.marks = new GenerationMarks(host.appDataDir);
    this.autoLock = new AutoLock({
      idleMs: () => this.options.idleLockMs ?? this.settingsOrDefault().autoLockMinutes * 60_000,
      graceMs: options.lockGraceMs ?? 3_000,
      lock: (reason) => this.host.lock(reason),
    });
    options.onContentProtection?.(true);
  }

  private settingsOrDefault(): SafetySettings {
    const vault = this.host.current();
    return vault?.isOpen ? readSafetySettings(vault) : DEFAULT_SAFETY_SETTINGS;
  }

  /** Like Vault.inspect, but a damaged header with backups next to it reads as a locked vault. */
  async inspect(dir: string): Promise<VaultPresence> {
    try {
      return await Vault.inspect(dir);
    } catch (error) {
      if (!(error instanceof ShieldnoteError) || error.code !== 'VAULT_DAMAGED') throw error;
      for (const backup of await listBackups(dir)) {
        const presence = await Vault.inspect(backup.dir).catch(() => null);
        if (presence?.state === 'present') return presence;
      }
      throw error;
    }
  }

  /** After unlock, before use: CONFLICT (and the vault held) when it is older than seen before. */
  async checkRollback(vault: Vault): Promise<void> {
    const finding = await this.marks.check(vault.header.vaultId, vault.catalogRevision, vault.catalog.meta.updatedAt);
    if (!finding) return;
    await this.releaseHeld();
    this.held = { vault, finding };
    throw new ShieldnoteError(
      'CONFLICT',
      `This vault is an older copy: it was last saved ${finding.found.savedAt.slice(0, 16).replace('T', ' ')} (save ${finding.found.generation}), ` +
        `but this computer has seen a newer one (save ${finding.seen.generation}, ${finding.seen.seenAt.slice(0, 16).replace('T', ' ')}). ` +
        'Continue with this copy, or restore the newest backup.',
    );
  }

  rollbackWarning(): RollbackWarning | null {
    return this.held ? toWarning(this.held.finding) : null;
  }

  /**
   * The user's answer to the rollback warning: continue with the older copy (it becomes the
   * newest seen), or restore the newest intact backup (then unlock again), or neither.
   */
  async resolveRollback(choice: 'continue' | 'restore' | 'cancel'): Promise<{ adopted: VaultStatus | null; restored: BackupRestoreOutcome | null }> {
    const held = this.held;
    if (!held) throw new ShieldnoteError('NOT_FOUND', 'There is no older vault copy waiting for a decision.');
    this.held = null;
    if (choice === 'continue') {
      try {
        await this.marks.accept(held.vault.header.vaultId, held.vault.catalogRevision, this.host.now());
        return { adopted: await this.host.adopt(held.vault), restored: null };
      } catch (error) {
        await held.vault.close();
        throw error;
      }
    }
    let plan: RestorePlan | null = null;
    try {
      if (choice === 'restore') plan = await this.planRestore(held.vault);
    } finally {
      await held.vault.close();
    }
    return { adopted: null, restored: plan ? await this.applyRestore(held.vault.dir, plan) : null };
  }

  /** resolveRollback, answered with the status the renderer goes on with. */
  async resolve(choice: 'continue' | 'restore' | 'cancel'): Promise<{ status: VaultStatus; restored: BackupRestoreOutcome | null }> {
    const { adopted, restored } = await this.resolveRollback(choice);
    return { status: adopted ?? (await this.host.status()), restored };
  }

  /**
   * Restores a backup. Unlocked: the open vault's keys pick it, then the vault locks (nothing of
   * the replaced state stays on screen) and the next unlock opens the restored one. Locked (the
   * vault would not open): the secret opens each backup in turn, and the restored vault opens.
   */
  async restore(request: RestoreRequest): Promise<{ outcome: BackupRestoreOutcome; status: VaultStatus }> {
    const open = this.host.current();
    if (open?.isOpen) {
      const plan = await this.planRestore(open, request.backupId);
      await this.host.close();
      const outcome = await this.applyRestore(open.dir, plan);
      return { outcome, status: await this.host.status() };
    }
    const dir = await this.host.path();
    let secret: UnlockSecret;
    if (request.passphrase !== undefined) secret = { kind: 'passphrase', passphrase: new TextEncoder().encode(request.passphrase.normalize('NFC')) };
    else if (request.recoveryKey !== undefined) secret = { kind: 'recoveryKey', text: request.recoveryKey };
    else throw new ShieldnoteError('VALIDATION', 'Enter the passphrase or the recovery key to check the backups.');
    try {
      const { vault, outcome } = await this.restoreWithSecret(dir, secret, request.backupId);
      return { outcome, status: await this.host.adopt(vault) };
    } finally {
      if (secret.kind === 'passphrase') wipe(secret.passphrase);
    }
  }

  async releaseHeld(): Promise<void> {
    const held = this.held;
    this.held = null;
    await held?.vault.close();
  }

  /** A vault is open for use: idle lock and the rollback mark start; the backup schedule is the caller's to stop. */
  async opened(vault: Vault): Promise<BackupScheduler> {
    await removePartialBackups(vault.dir);
    await this.marks.raise(vault.header.vaultId, vault.catalogRevision, this.host.now());
    const scheduler = new BackupScheduler(
      vault,
      () => {
        const settings = readSafetySettings(vault);
        return { keep: settings.backupsKept, intervalMs: this.options.backupIntervalMs ?? settings.backupIntervalMinutes * 60_000 };
      },
      () => this.marks.raise(vault.header.vaultId, vault.catalogRevision, this.host.now()),
    );
    await scheduler.start();
    this.autoLock.start();
    this.options.onContentProtection?.(readSafetySettings(vault).contentProtection);
    this.options.onSessionChange?.(true);
    return scheduler;
  }

  async closed(vault: Vault | null, reason: LockReason): Promise<void> {
    if (vault) await this.marks.raise(vault.header.vaultId, vault.catalogRevision, this.host.now());
    this.autoLock.stopped(reason);
    this.options.onContentProtection?.(true);
    this.options.onSessionChange?.(false);
  }

  getSettings(vault: Vault): SafetySettings {
    return readSafetySettings(vault);
  }

  async updateSettings(vault: Vault, change: Partial<SafetySettings>): Promise<SafetySettings> {
    await vault.update((data) => {
      const settings = collectionIn<Partial<SafetySettings>>(data, COLLECTIONS.settings);
      settings[SAFETY_ITEM] = { ...readSafetySettings(vault), ...change };
    });
    this.autoLock.rearm();
    this.options.onContentProtection?.(readSafetySettings(vault).contentProtection);
    return readSafetySettings(vault);
  }

  async listBackups(dir: string): Promise<BackupInfo[]> {
    return (await listBackups(dir)).map(backupInfo);
  }

  verify(vault: Vault): Promise<VerifyReport> {
    return verifyVault(vault, this.host.now());
  }

  /** Picks the backup to restore, checked with the keys of an open (or held) vault. */
  async planRestore(vault: Vault, backupId?: string): Promise<RestorePlan> {
    let generation = 0n;
    const backup = await this.pickIntact(vault.dir, async (candidate) => {
      const check = await verifyFolder(vault, candidate.dir);
      generation = check.generation ?? 0n;
      return check.damaged.length === 0;
    }, backupId);
    return { backup, generation, vaultId: vault.header.vaultId };
  }

  /** Puts a planned backup in place (the vault is closed by now); the next unlock opens it. */
  async applyRestore(dir: string, plan: RestorePlan): Promise<BackupRestoreOutcome> {
    const { damagedDir } = await restoreBackupFiles(dir, plan.backup.id, this.host.now());
    // The user chose this older state: it must not be reported as a rollback at the next unlock.
    await this.marks.accept(plan.vaultId, plan.generation, this.host.now());
    return { restored: backupInfo(plan.backup), damagedFolder: damagedDir };
  }

  /** Restores while locked (the vault would not open): each backup is opened with the secret. */
  async restoreWithSecret(dir: string, secret: UnlockSecret, backupId?: string): Promise<{ vault: Vault; outcome: BackupRestoreOutcome }> {
    const chosen = await this.pickIntact(dir, async (backup) => {
      let probe: Vault;
      try {
        probe = await Vault.unlock(backup.dir, secret, { deviceId: await loadDeviceId(this.host.appDataDir) });
      } catch (error) {
        if (error instanceof ShieldnoteError && error.code === 'WRONG_PASSPHRASE') throw error;
        return false;
      }
      try {
        return (await verifyFolder(probe, backup.dir)).damaged.length === 0;
      } finally {
        await probe.close();
      }
    }, backupId);
    const { damagedDir } = await restoreBackupFiles(dir, chosen.id, this.host.now());
    const vault = await Vault.unlock(dir, secret, { deviceId: await loadDeviceId(this.host.appDataDir) });
    await this.marks.accept(vault.header.vaultId, vault.catalogRevision, this.host.now());
    return { vault, outcome: { restored: backupInfo(chosen), damagedFolder: damagedDir } };
  }

  private async pickIntact(dir: string, intact: (backup: BackupEntry) => Promise<boolean>, backupId?: string): Promise<BackupEntry> {
    const all = await listBackups(dir);
    const candidates = backupId ? all.filter((b) => b.id === backupId) : all;
    if (backupId) backupDirFor(dir, backupId); // validates the id
    if (candidates.length === 0) throw new ShieldnoteError('NOT_FOUND', backupId ? 'That backup no longer exists.' : 'There is no backup of this vault on this computer.');
    for (const backup of candidates) {
      if (await intact(backup)) return backup;
    }
    throw new ShieldnoteError('VAULT_DAMAGED', backupId ? 'That backup is damaged too; choose another.' : 'Every backup of this vault is damaged; none was restored.');
  }

  // Auto-lock
  /** Input main observed (see AutoLock.input). */
  userInput(): void {
    this.autoLock.input();
  }

  awaitLock(): Promise<LockNotice> {
    return this.autoLock.wait();
  }

  requestLock(reason: LockReason): void {
    this.autoLock.request(reason);
  }
}
