import { message } from '../../../common/domain/message';
import type { InputOf, ResultOf } from '../../../common/api/contract';
import type { ImportSaved } from '../../../common/domain/import';
import { appendAudit } from '../../features/audit-log';
import { deleteOriginal } from '../../import/delete-original';
import { refuseImport } from '../../import/import-refusals';
import { pickAndRead } from '../../import/import-reader';
import { saveImportedDraft, saveImportedStatements } from '../../import/import-save';
import { previewOf, type PendingImport } from '../../import/pending-import';
import type { ServiceContext } from '../service-context';
import type { UnlockedSession } from '../unlocked-session';

// Material in from files the reporter has: Word documents and messenger exports. Main picks and
// reads the file, the renderer reviews what was found, main saves it, and main alone asks
// before it deletes the original. One import waits at a time, kept with the session it was read
// in: when the vault locks, the session and the import it holds are let go together.

export class ImportArea {
  private readonly pending = new WeakMap<UnlockedSession, PendingImport>();

  constructor(private readonly ctx: ServiceContext) {}

  async readImport(input: InputOf<'readImport'>): Promise<ResultOf<'readImport'>> {
    const session = this.ctx.requireSession();
    this.pending.delete(session);
    const item = await pickAndRead(this.ctx.platform, input.purpose, () => session.vault.newRecordId());
    if (!item) return { status: 'cancelled' };
    if (this.ctx.requireSession() !== session) refuseImport('STALE');
    this.pending.set(session, item);
    return { status: 'ready', ...previewOf(item) };
  }

  async saveImportedStatements(input: InputOf<'saveImportedStatements'>): Promise<ImportSaved> {
    const { session, item } = this.current(input.importId);
    return saveImportedStatements(session, item, input);
  }

  async saveImportedDraft(input: InputOf<'saveImportedDraft'>): Promise<ImportSaved> {
    const { session, item } = this.current(input.importId);
    return saveImportedDraft(session, item, input.reviewedWarnings);
  }

  async deleteImportedOriginal(input: InputOf<'deleteImportedOriginal'>): Promise<{ deleted: boolean }> {
    const { session, item } = this.current(input.importId);
    if (!item.saved) refuseImport('STALE');
    const deleted = await deleteOriginal(this.ctx.platform, item);
    if (deleted) {
      this.pending.delete(session);
      await session.vault.update((data) => appendAudit(data, session.vault, 'import.original-deleted', null, message('audit.detail.originalDeleted')));
    }
    return { deleted };
  }

  async discardImport(input: InputOf<'discardImport'>): Promise<{ discarded: true }> {
    const session = this.ctx.requireSession();
    if (this.pending.get(session)?.id === input.importId) this.pending.delete(session);
    return { discarded: true };
  }

  /** The waiting import, if it is this one and its session is still the open one. */
  private current(importId: string): { session: UnlockedSession; item: PendingImport } {
    const session = this.ctx.requireSession();
    const item = this.pending.get(session);
    if (!item || item.id !== importId) refuseImport('STALE');
    return { session, item };
  }
}
