import type { InputOf } from '../../../common/api/contract';
import type { DeskImportResult, DeskListing, DeskSettingsView } from '../../../common/domain/desk';
import { settleReturnedSignOff } from '../../features/review';
import { chooseDeskFolder, deskSettingsView, forgetDeskFolder, importFromDesk, listDesk, readDesk, setDeskCleanupDays } from '../../review-packages/desk';
import { DeskWatcher } from '../../review-packages/desk-watcher';
import type { Vault } from '../../vault/vault';
import type { ServiceContext } from '../service-context';

// The desk folder the newsroom shares: its setting, what waits there for this vault, and
// imports from it. One watcher per unlocked vault and folder keeps repeated listings cheap.

export class DeskArea {
  private watcher: { vault: Vault; desk: DeskWatcher<DeskListing> } | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  async getDeskSettings(): Promise<DeskSettingsView> {
    return deskSettingsView(this.ctx.requireVault());
  }

  async chooseDeskFolder(): Promise<DeskSettingsView> {
    const view = await chooseDeskFolder(this.ctx.requireVault(), this.ctx.platform);
    this.stopWatching();
    return view;
  }

  async setDeskCleanupDays(input: InputOf<'setDeskCleanupDays'>): Promise<DeskSettingsView> {
    const view = await setDeskCleanupDays(this.ctx.requireVault(), input.days);
    this.watcher?.desk.touch();
    return view;
  }

  async forgetDeskFolder(): Promise<DeskSettingsView> {
    const view = await forgetDeskFolder(this.ctx.requireVault());
    this.stopWatching();
    return view;
  }

  async listDesk(): Promise<DeskListing> {
    const vault = this.ctx.requireVault();
    const desk = readDesk(vault);
    if (!desk) {
      this.stopWatching();
      return { folder: null, reachable: false, items: [] };
    }
    if (this.watcher?.vault !== vault || this.watcher.desk.folder !== desk.folder) {
      this.stopWatching();
      this.watcher = { vault, desk: new DeskWatcher(desk.folder, () => vault.isOpen) };
    }
    const listing = await this.watcher.desk.listing(() => listDesk(vault, this.ctx.now()));
    // A folder that was missing is looked at again next time rather than cached as missing.
    if (!listing.reachable) this.watcher.desk.touch();
    return listing;
  }

  async importFromDesk(input: InputOf<'importFromDesk'>): Promise<DeskImportResult> {
    const session = this.ctx.requireSession();
    try {
      const imported = await importFromDesk(session.vault, input.name);
      if (imported.kind === 'response' && imported.draftId) await settleReturnedSignOff(session.vault, await session.leakGuard(), imported.draftId);
      return imported;
    } finally {
      this.watcher?.desk.touch();
    }
  }

  private stopWatching(): void {
    this.watcher?.desk.close();
    this.watcher = null;
  }
}
