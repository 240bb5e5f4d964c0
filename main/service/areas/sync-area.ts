import type { InputOf, ResultOf } from '../../../common/api/contract';
import { dismissMergeNotice, listMergeNotices } from '../../sync/merge-notices';
import type { ServiceContext } from '../service-context';

// Copies of the vault from other devices: what merging them did, for the frame's notices.

export class SyncArea {
  constructor(private readonly ctx: ServiceContext) {}

  async listMergeNotices(): Promise<ResultOf<'listMergeNotices'>> {
    const session = this.ctx.requireSession();
    // Asking is also a cue to look at the folder now (a watcher may have missed an event).
    await session.sync.runNow();
    return listMergeNotices(session.vault);
  }

  async dismissMergeNotice(input: InputOf<'dismissMergeNotice'>): Promise<ResultOf<'dismissMergeNotice'>> {
    await dismissMergeNotice(this.ctx.requireVault(), input.id);
    return { dismissed: true };
  }
}
