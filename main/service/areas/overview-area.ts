import type { DeskOverview } from '../../../common/domain/desk-overview';
import { buildDesk } from '../../features/desk-overview';
import type { ServiceContext } from '../service-context';

// The desk page: what needs the user now, answered in one call.

export class OverviewArea {
  constructor(private readonly ctx: ServiceContext) {}

  async getDesk(): Promise<DeskOverview> {
    const session = this.ctx.requireSession();
    const backups = await this.ctx.safety.listBackups(session.vault.dir);
    return buildDesk(session.vault, { scanner: await session.leakScanner(), backups });
  }
}
