import { useId, useRef, useState } from 'react';
import { callApi } from '../api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { Dialog } from '../components/dialog';
import { useFrame } from '../frame/frame-context';
import { useLibrary, type ItemKind } from '../library/library';
import { plural } from '../library/names';
import { FormError } from '../components/form-error';

interface DeleteItemFlowProps {
  kind: ItemKind;
  id: string;
  /** For a source: how many statements go with it. */
  statementCount?: number;
  /** Called once the item is gone (the detail view should leave). */
  onDeleted: () => void;
  /** Called when the flow ends without deleting (cancelled, or archived instead). */
  onClose: () => void;
}

const NOUN: Record<ItemKind, { lower: string; title: string }> = {
  source: { lower: 'source', title: 'Source' },
  statement: { lower: 'statement', title: 'Statement' },
};

/**
 * Delete, asked first. Main refuses to delete what a draft cites: then the reporter may archive
 * it instead. A delete can be undone from the notice until the vault is locked.
 */
export function DeleteItemFlow({ kind, id, statementCount = 0, onDeleted, onClose }: DeleteItemFlowProps) {
  const library = useLibrary();
  const { notify } = useFrame();
  const [step, setStep] = useState<{ name: 'confirm' } | { name: 'cited'; drafts: { id: string; title: string }[] }>({
    name: 'confirm',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const citedCancelRef = useRef<HTMLButtonElement>(null);
  const citedBodyId = useId();
  const noun = NOUN[kind];

  async function remove() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.deleteItem({ kind, id }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (result.value.outcome === 'cited') {
      setStep({ name: 'cited', drafts: result.value.drafts });
      return;
    }
    library.removeLocally(kind, id);
    notify(`${noun.title} deleted.`, {
      label: 'Undo',
      run: async () => {
        const undone = await callApi((api) => api.undoDelete({ kind, id }));
        if (!undone.ok) {
          notify(undone.error.message);
          return;
        }
        await library.reload();
        notify(`${noun.title} restored.`);
      },
    });
    onDeleted();
  }

  async function archiveInstead() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.setArchived({ kind, id, archived: true }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    library.setArchivedLocally(kind, id, result.value.archived);
    notify(`${noun.title} archived.`);
    onClose();
  }

  if (step.name === 'confirm') {
    return (
      <ConfirmDialog
        title={`Delete ${noun.lower}?`}
        confirmLabel="Delete"
        danger
        busy={busy}
        error={error}
        onConfirm={() => void remove()}
        onCancel={onClose}
      >
        {kind === 'source' ? (
          <p>
            The source’s profile and identity will be deleted, and{' '}
            {statementCount === 0 ? 'it has no statements.' : `its ${plural(statementCount, 'statement')} go too.`}{' '}
            You can undo this until the vault is locked.
          </p>
        ) : (
          <p>The statement, its earlier versions and its attachments will be deleted. You can undo this until the vault is locked.</p>
        )}
      </ConfirmDialog>
    );
  }

  return (
    <Dialog title={`This ${noun.lower} is cited in a draft`} onClose={onClose} initialFocus={citedCancelRef} describedBy={citedBodyId}>
      <div id={citedBodyId} className="dialog-body">
        <p>
          Deleting it would break {step.drafts.length === 1 ? 'this draft' : 'these drafts'}. You can archive it instead: it
          is kept for the {step.drafts.length === 1 ? 'draft' : 'drafts'} but hidden from your lists.
        </p>
      </div>
      <ul className="cited-drafts" aria-label="Drafts that cite it">
        {step.drafts.map((draft) => (
          <li key={draft.id}>{draft.title}</li>
        ))}
      </ul>
      <FormError message={error} />
      <div className="dialog-actions">
        <button ref={citedCancelRef} type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => void archiveInstead()} disabled={busy}>
          Archive instead
        </button>
      </div>
    </Dialog>
  );
}
