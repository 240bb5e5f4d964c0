import { useId, useRef, useState } from 'react';
import { callApi } from '../api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { Dialog } from '../components/dialog';
import { useFrame } from '../frame/frame-context';
import { useLibrary, type ItemKind } from '../library/library';
import { FormError } from '../components/form-error';
import { useT } from '../i18n/use-t';

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

/**
 * Delete, asked first. Main refuses to delete what a draft cites: then the reporter may archive
 * it instead. A delete can be undone from the notice until the vault is locked.
 */
export function DeleteItemFlow({ kind, id, statementCount = 0, onDeleted, onClose }: DeleteItemFlowProps) {
  const t = useT();
  const library = useLibrary();
  const { notify } = useFrame();
  const [step, setStep] = useState<{ name: 'confirm' } | { name: 'cited'; drafts: { id: string; title: string }[] }>({
    name: 'confirm',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const citedCancelRef = useRef<HTMLButtonElement>(null);
  const citedBodyId = useId();

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
    notify(t('items.deleted', { kind }), {
      label: t('items.undo'),
      run: async () => {
        const undone = await callApi((api) => api.undoDelete({ kind, id }));
        if (!undone.ok) {
          notify(undone.error.message);
          return;
        }
        await library.reload();
        notify(t('items.restored', { kind }));
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
    notify(t('items.archived', { kind }));
    onClose();
  }

  if (step.name === 'confirm') {
    return (
      <ConfirmDialog
        title={t('items.deleteTitle', { kind })}
        confirmLabel={t('items.delete')}
        danger
        busy={busy}
        error={error}
        onConfirm={() => void remove()}
        onCancel={onClose}
      >
        {kind === 'source' ? (
          <p>{t('items.deleteSource', { count: statementCount })}</p>
        ) : (
          <p>{t('items.deleteStatement')}</p>
        )}
      </ConfirmDialog>
    );
  }

  return (
    <Dialog title={t('items.citedTitle', { kind })} onClose={onClose} initialFocus={citedCancelRef} describedBy={citedBodyId}>
      <div id={citedBodyId} className="dialog-body">
        <p>{t('items.citedBody', { count: step.drafts.length })}</p>
      </div>
      <ul className="cited-drafts" aria-label={t('items.citedList')}>
        {step.drafts.map((draft) => (
          <li key={draft.id}>{draft.title}</li>
        ))}
      </ul>
      <FormError message={error} />
      <div className="dialog-actions">
        <button ref={citedCancelRef} type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void archiveInstead()} disabled={busy}>
          {t('items.archiveInstead')}
        </button>
      </div>
    </Dialog>
  );
}
