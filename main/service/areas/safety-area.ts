import { ShieldnoteError } from '../../../common/api/errors';
import type { InputOf, ResultOf } from '../../../common/api/contract';
import type { VaultStatus } from '../../../common/api/types';
import type { BurnOutcome, RestoreOutcome, TravelOutcome, TravelStatus } from '../../../common/domain/travel';
import { burnIdentity } from '../../features/burn';
import { enterTravelMode, restoreFromTravel, travelStatus } from '../../features/travel';
import { newTravelKey } from '../../features/travel-file';
import { writeSettings } from '../../features/collections';
import { backupInfo } from '../../features/vault-safety';
import { changePassphrase, replaceRecoveryKey, setPassphraseAfterRecovery } from '../../features/vault-secrets';
import type { ServiceContext } from '../service-context';

// Keeping the vault safe: passphrase and recovery key, travel mode, burning an identity,
// backups, verify and restore, rollback, and the auto-lock.

export class SafetyArea {
  constructor(private readonly ctx: ServiceContext) {}

  async changePassphrase(input: InputOf<'changePassphrase'>): Promise<VaultStatus> {
    await changePassphrase(this.ctx.requireVault(), input.currentPassphrase, input.newPassphrase, this.ctx.kdfPolicy);
    return this.ctx.unlockedStatus();
  }

  async setPassphraseAfterRecovery(input: InputOf<'setPassphraseAfterRecovery'>): Promise<VaultStatus> {
    const session = this.ctx.requireSession();
    if (!session.unlockedWithRecovery) throw new ShieldnoteError('FORBIDDEN', 'Change the passphrase in Vault settings; it needs the current one.');
    await setPassphraseAfterRecovery(session.vault, input.newPassphrase, this.ctx.kdfPolicy);
    session.unlockedWithRecovery = false;
    return this.ctx.unlockedStatus();
  }

  async replaceRecoveryKey(input: InputOf<'replaceRecoveryKey'>): Promise<ResultOf<'replaceRecoveryKey'>> {
    const session = this.ctx.requireSession();
    const recoveryKey = await replaceRecoveryKey(session.vault, input.passphrase);
    session.pendingRecoveryKey = recoveryKey; // shown once, copied and confirmed like a new vault's
    return { status: this.ctx.unlockedStatus(), recoveryKey };
  }

  async getTravelStatus(): Promise<TravelStatus> {
    return travelStatus(this.ctx.requireVault(), this.ctx.settings);
  }

  async createTravelKey(): Promise<{ travelKey: string }> {
    const session = this.ctx.requireSession();
    session.pendingTravelKey = newTravelKey();
    return { travelKey: session.pendingTravelKey };
  }

  async enterTravelMode(input: InputOf<'enterTravelMode'>): Promise<TravelOutcome> {
    const session = this.ctx.requireSession();
    const outcome = await enterTravelMode(this.travelDeps(), input.sealTo, input.key, session.pendingTravelKey);
    if (outcome.done) session.identitiesMoved();
    return outcome;
  }

  async restoreFromTravel(input: InputOf<'restoreFromTravel'>): Promise<RestoreOutcome> {
    const session = this.ctx.requireSession();
    const outcome = await restoreFromTravel(this.travelDeps(), input.key, input.deleteFile);
    if (outcome.done) session.identitiesMoved();
    return outcome;
  }

  async burnIdentity(input: InputOf<'burnIdentity'>): Promise<BurnOutcome> {
    const session = this.ctx.requireSession();
    const outcome = await burnIdentity(session.vault, this.ctx.settings, input);
    session.reveals.close(input.sourceId);
    session.identitiesChanged();
    return outcome;
  }

  private travelDeps() {
    return { vault: this.ctx.requireVault(), platform: this.ctx.platform, settings: this.ctx.settings, now: this.ctx.now };
  }

  async getSafetySettings(): Promise<ResultOf<'getSafetySettings'>> {
    return this.ctx.safety.getSettings(this.ctx.requireVault());
  }

  async updateSafetySettings(input: InputOf<'updateSafetySettings'>): Promise<ResultOf<'updateSafetySettings'>> {
    return this.ctx.safety.updateSettings(this.ctx.requireVault(), input);
  }

  async listBackups(): Promise<ResultOf<'listBackups'>> {
    const dir = this.ctx.isUnlocked ? this.ctx.requireVault().dir : await this.ctx.currentPath();
    return this.ctx.safety.listBackups(dir);
  }

  async backUpNow(): Promise<ResultOf<'backUpNow'>> {
    return backupInfo(await this.ctx.requireSession().backups.backUpNow());
  }

  async verifyVault(): Promise<ResultOf<'verifyVault'>> {
    const vault = this.ctx.requireVault();
    const report = await this.ctx.safety.verify(vault);
    await vault.update((data) => writeSettings(data, (s) => void (s.lastVerify = { at: report.checkedAt, damaged: report.damaged.length })));
    return report;
  }

  restoreBackup(input: InputOf<'restoreBackup'>): Promise<ResultOf<'restoreBackup'>> {
    return this.ctx.serialized(() => this.ctx.safety.restore(input));
  }

  async getRollbackWarning(): Promise<ResultOf<'getRollbackWarning'>> {
    return { warning: this.ctx.safety.rollbackWarning() };
  }

  resolveRollback(input: InputOf<'resolveRollback'>): Promise<ResultOf<'resolveRollback'>> {
    return this.ctx.serialized(() => this.ctx.safety.resolve(input.choice));
  }

  awaitLock(): Promise<ResultOf<'awaitLock'>> {
    return this.ctx.safety.awaitLock();
  }

}
