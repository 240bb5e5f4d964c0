import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { ResultOf } from '../../../common/api/contract';
import { SAMPLE_VAULT_PASSPHRASE } from '../../../common/domain/sample-vault';
import { buildSampleVault } from '../../sample/build-sample';
import { HEADER_FILE } from '../../vault/vault-header';
import { Vault } from '../../vault/vault';
import { existsSync } from 'node:fs';
import type { ServiceContext } from '../service-context';

// The sample vault: built on request in its own folder under the app data folder, opened with
// its shown passphrase, deleted only after main's own dialog says yes.

const samplePath = (ctx: ServiceContext) => ctx.sampleVaultPath;

export class SampleArea {
  constructor(private readonly ctx: ServiceContext) {}

  openSampleVault(): Promise<ResultOf<'openSampleVault'>> {
    return this.ctx.serialized(async () => {
      await this.ctx.closeSession();
      const dir = samplePath(this.ctx);
      this.ctx.selectPath(dir);
      const vault = existsSync(path.join(dir, HEADER_FILE))
        ? await Vault.unlock(dir, { kind: 'passphrase', passphrase: new TextEncoder().encode(SAMPLE_VAULT_PASSPHRASE) })
        : await buildSampleVault(dir, this.ctx.kdfPolicy, this.ctx.now);
      await this.ctx.openSession(vault, {});
      return this.ctx.unlockedStatus();
    });
  }

  deleteSampleVault(): Promise<ResultOf<'deleteSampleVault'>> {
    return this.ctx.serialized(async () => {
      const dir = samplePath(this.ctx);
      const yes = await this.ctx.platform.confirm({
        title: 'Delete the sample vault?',
        message: 'The sample vault and everything in it are removed from this computer. Your own vaults are not touched.',
        detail: dir,
        confirmLabel: 'Delete sample vault',
      });
      if (!yes) return { deleted: false, status: await this.ctx.status() };
      const current = this.ctx.isUnlocked ? this.ctx.requireVault().dir : await this.ctx.currentPath();
      if (path.resolve(current) === path.resolve(dir)) {
        await this.ctx.closeSession();
        this.ctx.selectPath(this.ctx.defaultVaultPath);
      }
      await rm(dir, { recursive: true, force: true });
      await this.ctx.settings.forgetVault(dir);
      return { deleted: true, status: await this.ctx.status() };
    });
  }
}
