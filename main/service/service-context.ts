import path from 'node:path';
import { ShieldnoteError } from '../../common/api/errors';
import type { VaultStatus } from '../../common/api/types';
import type { LockReason } from '../../common/domain/vault-health';
import { SAMPLE_VAULT_FOLDER } from '../../common/domain/sample-vault';
import { isAway } from '../features/travel';
import { VaultSafety, type SafetyOptions } from '../features/vault-safety';
import { DEFAULT_KDF_POLICY, MIB, type KdfPolicy } from '../vault/kdf';
import type { VaultHeader } from '../vault/vault-header';
import type { Vault } from '../vault/vault';
import { loadDeviceId } from '../sync/device-id';
import { AppSettingsStore } from './app-settings';
import type { Platform } from './platform';
import { UnlockedSession, type SessionStart } from './unlocked-session';

// What every area of the service shares: the platform, the app settings, the one unlocked
// session (or none), the clipboard for secrets, and the lock that serializes vault transitions.
// Areas reach the open vault only through `requireSession`/`requireVault`.

export interface ServiceOptions {
  platform: Platform;
  kdfPolicy?: KdfPolicy;
  /** Seconds before a copied secret is wiped from the clipboard (if it is still there). */
  clipboardClearSeconds?: number;
  now?: () => Date;
  safety?: SafetyOptions;
}

export const DEFAULT_VAULT_FOLDER = 'Vault';

export class ServiceContext {
  readonly platform: Platform;
  readonly settings: AppSettingsStore;
  readonly kdfPolicy: KdfPolicy;
  readonly clipboardClearSeconds: number;
  readonly now: () => Date;
  readonly safety: VaultSafety;
  private session: UnlockedSession | null = null;
  private vaultPath: string | null = null;
  /** Serializes create/unlock/lock/select so two clicks never race on the vault folder. */
  private transition: Promise<unknown> = Promise.resolve();
  private clipboardTimer: NodeJS.Timeout | null = null;
  private clipboardSecret: string | null = null;

  constructor(options: ServiceOptions) {
    this.platform = options.platform;
    this.settings = new AppSettingsStore(options.platform.appDataDir);
    this.kdfPolicy = options.kdfPolicy ?? DEFAULT_KDF_POLICY;
    this.clipboardClearSeconds = options.clipboardClearSeconds ?? 30;
    this.now = options.now ?? (() => new Date());
    this.safety = new VaultSafety(
      {
        appDataDir: options.platform.appDataDir,
        now: this.now,
        current: () => this.session?.vault ?? null,
        path: () => this.currentPath(),
        status: () => this.status(),
        close: () => this.closeSession(),
        adopt: async (vault) => {
          await this.openSession(vault, {});
          return this.unlockedStatus();
        },
        lock: (reason) => this.serialized(() => this.closeSession(reason)),
      },
      options.safety,
    );
  }

  /** This installation's random device id (main/sync/device-id.ts). */
  deviceId(): Promise<string> {
    return loadDeviceId(this.platform.appDataDir);
  }

  get defaultVaultPath(): string {
    return path.join(this.platform.appDataDir, DEFAULT_VAULT_FOLDER);
  }

  /**
   * The unlocked session; LOCKED when there is none. A call is not activity: only input main
   * observes postpones the idle lock (ShieldnoteService.noteUserInput).
   */
  requireSession(): UnlockedSession {
    const session = this.session;
    if (!session?.isOpen) throw new ShieldnoteError('LOCKED', 'The vault is locked. Unlock it first.');
    return session;
  }

  requireVault(): Vault {
    return this.requireSession().vault;
  }

  get isUnlocked(): boolean {
    return !!this.session?.isOpen;
  }

  /** Makes `vault` the unlocked one: the only place a session starts. */
  async openSession(vault: Vault, start: Omit<SessionStart, 'startBackups'>): Promise<UnlockedSession> {
    this.session = await UnlockedSession.open(vault, { ...start, startBackups: (v) => this.safety.opened(v) });
    await this.settings.rememberVault(vault.dir, this.now());
    return this.session;
  }

  /** Ends the session, if any: the only place one ends (lock, quit, restore, switching vault). */
  async closeSession(reason: LockReason = 'user'): Promise<void> {
    await this.safety.releaseHeld();
    await this.clearCopiedSecret();
    const session = this.session;
    this.session = null;
    try {
      await session?.close();
    } catch (error) {
      // A vault changed on disk was locked all the same (keys wiped); the failed save said so.
      if (!(error instanceof ShieldnoteError && error.code === 'CONFLICT')) throw error;
    } finally {
      await this.safety.closed(session?.vault ?? null, reason);
    }
  }

  serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.transition.catch(() => undefined).then(work);
    this.transition = run;
    return run;
  }

  async currentPath(): Promise<string> {
    if (this.vaultPath) return this.vaultPath;
    const settings = await this.settings.read();
    this.vaultPath = settings.lastVaultPath ?? this.defaultVaultPath;
    return this.vaultPath;
  }

  selectPath(dir: string): void {
    this.vaultPath = dir;
  }

  /** The sample vault's folder (main/service/areas/sample-area.ts). */
  get sampleVaultPath(): string {
    return path.join(this.platform.appDataDir, SAMPLE_VAULT_FOLDER);
  }

  async status(): Promise<VaultStatus> {
    const dir = await this.currentPath();
    if (this.session?.isOpen) return this.unlockedStatus();
    const sample = path.resolve(dir) === this.sampleVaultPath ? { sample: true } : {};
    const presence = await this.safety.inspect(dir);
    if (presence.state === 'absent') {
      return { path: dir, state: 'absent', name: null, createdAt: null, kdf: null, recoveryKeyPending: false, ...sample };
    }
    return { path: dir, state: 'locked', name: null, createdAt: presence.header.createdAt, kdf: kdfSummary(presence.header), recoveryKeyPending: false, ...sample };
  }

  /** The open vault's status (reading it is not activity: the idle lock keeps counting). */
  unlockedStatus(): VaultStatus {
    const session = this.session;
    if (!session?.isOpen) throw new ShieldnoteError('LOCKED', 'The vault is locked. Unlock it first.');
    const { vault } = session;
    const meta = vault.catalog.meta;
    return {
      path: vault.dir,
      state: 'unlocked',
      name: meta.name,
      createdAt: meta.createdAt,
      kdf: kdfSummary(vault.header),
      recoveryKeyPending: !meta.recoveryKeyConfirmed,
      passphraseResetSuggested: session.unlockedWithRecovery,
      identitiesAway: isAway(vault),
      ...(path.resolve(vault.dir) === this.sampleVaultPath ? { sample: true } : {}),
    };
  }

  /** Puts a secret on the clipboard and clears it after a while, if it is still there. */
  async copySecret(secret: string): Promise<{ clearsAfterSeconds: number }> {
    await this.platform.clipboard.writeText(secret);
    this.clipboardSecret = secret;
    if (this.clipboardTimer) clearTimeout(this.clipboardTimer);
    this.clipboardTimer = setTimeout(() => void this.clearCopiedSecret(), this.clipboardClearSeconds * 1000);
    this.clipboardTimer.unref?.();
    return { clearsAfterSeconds: this.clipboardClearSeconds };
  }

  private async clearCopiedSecret(): Promise<void> {
    if (this.clipboardTimer) clearTimeout(this.clipboardTimer);
    this.clipboardTimer = null;
    const secret = this.clipboardSecret;
    this.clipboardSecret = null;
    if (secret !== null && (await this.platform.clipboard.readText()) === secret) {
      await this.platform.clipboard.clear();
    }
  }
}

function kdfSummary(header: VaultHeader): VaultStatus['kdf'] {
  return {
    algorithm: header.kdf.algorithm,
    opsLimit: header.kdf.opsLimit,
    memLimitMiB: Math.round(header.kdf.memLimitBytes / MIB),
    calibratedMs: header.kdf.calibratedMs,
  };
}
