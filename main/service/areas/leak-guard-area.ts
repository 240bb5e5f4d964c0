import { message } from '../../../common/domain/message';
import { ShieldnoteError } from '../../../common/api/errors';
import type { InputOf } from '../../../common/api/contract';
import type { LeakReport } from '../../../common/domain/leak-report';
import { everyGateFinding } from '../../export/export-draft';
import { appendAudit } from '../../features/audit-log';
import { dismissFinding, scanDraft } from '../../features/leak-guard';
import { assertPassphrase } from '../../features/vault-secrets';
import type { ServiceContext } from '../service-context';
import type { ExportArea } from './export-area';

// The leak guard while writing: a draft's findings, dismissing one with a reason, and showing
// the findings held back past the session's budget (with the passphrase, which main checks).

export class LeakGuardArea {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly exports: ExportArea,
  ) {}

  async scanDraft(input: InputOf<'scanDraft'>): Promise<LeakReport> {
    const session = this.ctx.requireSession();
    return scanDraft(session.vault, await session.leakGuard(), input.id);
  }

  async dismissFinding(input: InputOf<'dismissFinding'>): Promise<LeakReport> {
    const session = this.ctx.requireSession();
    const guard = await session.leakGuard();
    // Only a finding the renderer was shown can be dismissed (the key names a source).
    const current = await scanDraft(session.vault, guard, input.draftId);
    if (!current.findings.some((f) => f.key === input.key)) {
      throw new ShieldnoteError('NOT_FOUND', 'That finding is no longer in the draft.');
    }
    await dismissFinding(session.vault, guard.scanner, input.draftId, input.key, input.reason);
    return scanDraft(session.vault, guard, input.draftId);
  }

  async revealLeakFindings(input: InputOf<'revealLeakFindings'>): Promise<LeakReport> {
    const session = this.ctx.requireSession();
    const { vault } = session;
    try {
      await assertPassphrase(vault, input.passphrase, 'That passphrase is not right. The findings stay held back.');
    } catch (error) {
      if (error instanceof ShieldnoteError && error.code === 'WRONG_PASSPHRASE') {
        await vault.update((data) => appendAudit(data, vault, 'leak.reveal-refused', null, message('audit.detail.leakRevealRefused', { draftId: input.draftId })));
      }
      throw error;
    }
    const guard = await session.leakGuard();
    // Every way out of this draft is scanned, so the export screen shows them all too.
    const before = guard.disclosures.shownCount;
    guard.disclosures.reveal(await everyGateFinding(await this.exports.exportContext(), input.draftId));
    const report = await scanDraft(vault, guard, input.draftId, true);
    const shown = guard.disclosures.shownCount - before;
    await vault.update((data) => appendAudit(data, vault, 'leak.revealed', null, message('audit.detail.leakRevealed', { draftId: input.draftId, count: shown })));
    return report;
  }
}
