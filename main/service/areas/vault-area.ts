import { existsSync } from 'node:fs';
import path from 'node:path';
import { ShieldnoteError } from '../../../common/api/errors';
import type { InputOf, ResultOf } from '../../../common/api/contract';
import type { KnownVault, Preferences, VaultStatus } from '../../../common/api/types';
import { normalizeKeyText } from '../../../common/vault/recovery-key';
import { isPhoneRegion } from '../../../common/leak-guard/phone-regions';
import { DEFAULT_PREFERENCES, readPreferences, writeSettings } from '../../features/collections';
import { assertStrongEnough, passphraseBytes } from '../../features/vault-secrets';
import { wipe } from '../../vault/sodium';
import { HEADER_FILE } from '../../vault/vault-header';
import { Vault } from '../../vault/vault';
import type { ServiceContext } from '../service-context';

// The vault itself: which folder, create, unlock, lock, status, the recovery key shown once,
// and the vault's name and preferences.

export class VaultArea {
  constructor(private readonly ctx: ServiceContext) {}

  getStatus(): Promise<VaultStatus> {
    return this.ctx.status();
  }

  async listVaults(): Promise<KnownVault[]> {
    const settings = await this.ctx.settings.read();
    const defaultPath = this.ctx.defaultVaultPath;
    const list: KnownVault[] = settings.knownVaults.map((v) => ({
      path: v.path,
      isDefault: v.path === defaultPath,
      exists: existsSync(path.join(v.path, HEADER_FILE)),
      lastOpenedAt: v.lastOpenedAt,
    }));
    if (!list.some((v) => v.isDefault)) {
      list.push({ path: defaultPath, isDefault: true, exists: existsSync(path.join(defaultPath, HEADER_FILE)), lastOpenedAt: null });
    }
    return list;
  }

  selectVault(input: InputOf<'selectVault'>): Promise<VaultStatus> {
    return this.ctx.serialized(async () => {
      const dir = path.resolve(input.path);
      const open = this.ctx.isUnlocked ? this.ctx.requireVault() : null;
      if (open && open.dir !== dir) await this.ctx.closeSession();
      this.ctx.selectPath(dir);
      return this.ctx.status();
    });
  }

  async getInterfaceLanguage(): Promise<ResultOf<'getInterfaceLanguage'>> {
    return { choice: (await this.ctx.settings.read()).interfaceLanguage };
  }

  async setInterfaceLanguage(input: InputOf<'setInterfaceLanguage'>): Promise<ResultOf<'setInterfaceLanguage'>> {
    await this.ctx.settings.setInterfaceLanguage(input.choice);
    return { choice: input.choice };
  }

  async pickVaultFolder(): Promise<{ path: string | null }> {
    return { path: await this.ctx.platform.pickFolder() };
  }

  createVault(input: InputOf<'createVault'>): Promise<ResultOf<'createVault'>> {
    return this.ctx.serialized(async () => {
      assertStrongEnough(input.passphrase);
      await this.ctx.closeSession();
      const dir = path.resolve(input.path);
      this.ctx.selectPath(dir);
      const secret = passphraseBytes(input.passphrase);
      try {
        const { vault, recoveryKey } = await Vault.create(dir, {
          deviceId: await this.ctx.deviceId(),
          name: input.name,
          passphrase: secret,
          kdfPolicy: this.ctx.kdfPolicy,
          now: this.ctx.now,
        });
        await this.ctx.openSession(vault, { recoveryKey });
        return { status: this.ctx.unlockedStatus(), recoveryKey };
      } finally {
        wipe(secret);
      }
    });
  }

  async copyRecoveryKey(): Promise<ResultOf<'copyRecoveryKey'>> {
    const session = this.ctx.requireSession();
    if (!session.pendingRecoveryKey) {
      throw new ShieldnoteError('NOT_FOUND', 'The recovery key is only shown once, right after the vault is created.');
    }
    return this.ctx.copySecret(session.pendingRecoveryKey);
  }

  async confirmRecoveryKey(input: InputOf<'confirmRecoveryKey'>): Promise<VaultStatus> {
    const session = this.ctx.requireSession();
    const { vault } = session;
    if (vault.catalog.meta.recoveryKeyConfirmed) return this.ctx.unlockedStatus();
    // After a restart the key is no longer in memory: check the typed key against the header.
    const matches = session.pendingRecoveryKey
      ? normalizeKeyText(input.recoveryKey) === normalizeKeyText(session.pendingRecoveryKey)
      : await Vault.recoveryKeyOpens(vault.header, input.recoveryKey);
    if (!matches) {
      throw new ShieldnoteError('WRONG_PASSPHRASE', 'That does not match the recovery key shown. Check each group of four and try again.');
    }
    await vault.update((data) => {
      data.meta.recoveryKeyConfirmed = true;
    });
    session.pendingRecoveryKey = null;
    return this.ctx.unlockedStatus();
  }

  unlock(input: InputOf<'unlock'>): Promise<VaultStatus> {
    return this.ctx.serialized(async () => {
      if (this.ctx.isUnlocked) return this.ctx.unlockedStatus();
      const dir = await this.ctx.currentPath();
      let vault: Vault;
      if (input.method === 'passphrase') {
        const secret = passphraseBytes(input.passphrase);
        try {
          vault = await Vault.unlock(dir, { kind: 'passphrase', passphrase: secret }, { deviceId: await this.ctx.deviceId() });
        } finally {
          wipe(secret);
        }
      } else {
        vault = await Vault.unlock(dir, { kind: 'recoveryKey', text: input.recoveryKey }, { deviceId: await this.ctx.deviceId() });
      }
      // An older copy than this computer has seen is held, unused, until the user decides.
      await this.ctx.safety.checkRollback(vault);
      await this.ctx.openSession(vault, { withRecovery: input.method === 'recoveryKey' });
      return this.ctx.unlockedStatus();
    });
  }

  lock(): Promise<VaultStatus> {
    return this.ctx.serialized(async () => {
      await this.ctx.closeSession();
      return this.ctx.status();
    });
  }

  async renameVault(input: InputOf<'renameVault'>): Promise<VaultStatus> {
    await this.ctx.requireVault().update((data) => {
      data.meta.name = input.name;
    });
    return this.ctx.unlockedStatus();
  }

  async getPreferences(): Promise<Preferences> {
    return readPreferences(this.ctx.requireVault());
  }

  async updatePreferences(input: InputOf<'updatePreferences'>): Promise<Preferences> {
    const session = this.ctx.requireSession();
    const unknown = (input.newsroomRegions ?? []).filter((code) => !isPhoneRegion(code));
    if (unknown.length) throw new ShieldnoteError('VALIDATION', `Not a region code: ${unknown.join(', ')}. Use two-letter codes such as KR or CN.`);
    const change: Partial<Preferences> = { ...input, ...(input.newsroomRegions ? { newsroomRegions: [...new Set(input.newsroomRegions)] } : {}) };
    await session.vault.update((data) => writeSettings(data, (s) => (s.preferences = { ...DEFAULT_PREFERENCES, ...s.preferences, ...change })));
    // Phones in national format are read in the newsroom's regions: the scanner is rebuilt.
    if (input.newsroomRegions) session.identitiesChanged();
    return this.getPreferences();
  }
}
