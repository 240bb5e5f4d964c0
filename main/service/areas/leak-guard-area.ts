import { ShieldnoteError } from '../../../common/api/errors';
import type { InputOf } from '../../../common/api/contract';
import type { LeakReport } from '../../../common/domain/leak-report';
import { dismissFinding, scanDraft } from '../../features/leak-guard';
import type { ServiceContext } from '../service-context';

// The leak guard while writing: a draft's findings, and dismissing one with a reason.

export class LeakGuardArea {
  constructor(private readonly ctx: ServiceContext) {}

  async scanDraft(input: InputOf<'scanDraft'>): Promise<LeakReport> {
    const session = this.ctx.requireSession();
    return scanDraft(session.vault, await session.leakScanner(), input.id);
  }

  async dismissFinding(input: InputOf<'dismissFinding'>): Promise<LeakReport> {
    const session = this.ctx.requireSession();
    const scanner = await session.leakScanner();
    // Only a finding the draft really has can be dismissed (the key names a source).
    const current = await scanDraft(session.vault, scanner, input.draftId);
    if (!current.findings.some((f) => f.key === input.key)) {
      throw new ShieldnoteError('NOT_FOUND', 'That finding is no longer in the draft.');
    }
    await dismissFinding(session.vault, input.draftId, input.key, input.reason);
    return scanDraft(session.vault, scanner, input.draftId);
  }
}
