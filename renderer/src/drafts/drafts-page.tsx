import { use, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { DRAFT_STATUSES, type Draft, type DraftMeta } from '../../../common/domain/draft';
import { callApi } from '../api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ScreenHeading } from '../components/screen-heading';
import { StatusBadge } from '../components/status-badge';
import { TableHead } from '../components/table-head';
import { FrameContext, type NoticeAction } from '../frame/frame-context';
import { DraftEditor } from '../editor/draft-editor';
import { ExportScreen } from '../export/export-screen';
import { ImportDraft } from '../imports/import-draft';
import { SendReviewDialog } from '../people/send-review-dialog';
import { ReviewPage } from '../review/review-page';
import { formatUpdated } from '../editor/format';
import '../styles/prosemirror.css';
import '../styles/drafts-list.css';
import '../styles/editor-screen.css';
import '../styles/editor-text.css';
import '../styles/editor-side-panel.css';
import '../styles/editor-popovers.css';
import '../styles/reader-preview.css';
import { FormError } from '../components/form-error';

// Drafts: the list of stories being written, and the editor for one of them. The page owns the
// navigation between the two, so the frame only needs to show it.

/** `from`: where the Export and Review screens go back to (the editor, or the list). */
type Open =
  | { id: string; initial?: Draft; screen: 'editor' }
  | { id: string; screen: 'export'; from: 'editor' | 'list' }
  | { id: string; screen: 'review'; from: 'editor' | 'list'; citationKey?: string | undefined };

export function DraftsPage() {
  const [open, setOpen] = useState<Open | null>(null);
  const [importing, setImporting] = useState(false);
  const frame = use(FrameContext);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const backToList = (id: string) => {
    setLastOpened(id);
    setOpen(null);
  };

  if (open?.screen === 'export' || open?.screen === 'review') {
    const back = () => (open.from === 'editor' ? setOpen({ id: open.id, screen: 'editor' }) : backToList(open.id));
    const backLabel = open.from === 'editor' ? 'Back to the draft' : 'Back to drafts';
    if (open.screen === 'export') return <ExportScreen key={open.id} draftId={open.id} backLabel={backLabel} onBack={back} />;
    return (
      <ReviewPage
        key={`review-${open.id}`}
        subject={{ draftId: open.id }}
        initialKey={open.citationKey}
        backLabel={backLabel}
        onBack={back}
        onEdit={() => setOpen({ id: open.id, screen: 'editor' })}
      />
    );
  }
  if (importing) {
    return (
      <ImportDraft
        notify={(message, action) => frame?.notify(message, action)}
        onCancel={() => setImporting(false)}
        onOpen={(id) => {
          setImporting(false);
          setOpen({ id, screen: 'editor' });
        }}
      />
    );
  }
  if (open) {
    return (
      <DraftEditor
        key={open.id}
        draftId={open.id}
        initialDraft={open.initial}
        onBack={() => backToList(open.id)}
        onExport={() => setOpen({ id: open.id, screen: 'export', from: 'editor' })}
        onReview={(citationKey) => setOpen({ id: open.id, screen: 'review', from: 'editor', citationKey })}
      />
    );
  }
  return (
    <DraftList
      focusId={lastOpened}
      onOpen={(id, initial) => setOpen({ id, initial, screen: 'editor' })}
      onExport={(id) => setOpen({ id, screen: 'export', from: 'list' })}
      onReview={(id) => setOpen({ id, screen: 'review', from: 'list' })}
      onImport={() => setImporting(true)}
    />
  );
}

type SortKey = 'updated' | 'title' | 'status';
const SORTS: { value: SortKey; label: string }[] = [
  { value: 'updated', label: 'Last edited' },
  { value: 'title', label: 'Title' },
  { value: 'status', label: 'Status' },
];

const titleOf = (draft: DraftMeta) => draft.title.trim() || 'Untitled draft';

function sortDrafts(drafts: readonly DraftMeta[], sort: SortKey): DraftMeta[] {
  const byUpdated = (a: DraftMeta, b: DraftMeta) => b.updatedAt.localeCompare(a.updatedAt);
  const list = [...drafts];
  switch (sort) {
    case 'title':
      // Untitled drafts go last.
      return list.sort((a, b) => (!a.title.trim() ? 1 : 0) - (!b.title.trim() ? 1 : 0) || a.title.trim().localeCompare(b.title.trim(), undefined, { sensitivity: 'base' }) || byUpdated(a, b));
    case 'status':
      return list.sort((a, b) => DRAFT_STATUSES.indexOf(a.status) - DRAFT_STATUSES.indexOf(b.status) || byUpdated(a, b));
    default:
      return list.sort(byUpdated);
  }
}

interface LocalNotice {
  id: number;
  message: string;
  action?: NoticeAction;
}

/** Notices go to the frame's status area; outside a frame (tests, previews) the page shows its own. */
function useNotify() {
  const frame = use(FrameContext);
  const [local, setLocal] = useState<LocalNotice | null>(null);
  const next = useRef(0);
  const notify = useCallback(
    (message: string, action?: NoticeAction) => {
      if (frame) {
        frame.notify(message, action);
        return;
      }
      next.current += 1;
      setLocal({ id: next.current, message, action });
    },
    [frame],
  );
  return { notify, local: frame ? null : local, dismiss: () => setLocal(null) };
}

interface DraftListProps {
  focusId: string | null;
  onOpen: (id: string, initial?: Draft) => void;
  onExport: (id: string) => void;
  onReview: (id: string) => void;
  onImport: () => void;
}

function DraftList({ focusId, onOpen, onExport, onReview, onImport }: DraftListProps) {
  const ids = useId();
  const [drafts, setDrafts] = useState<DraftMeta[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<DraftMeta | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [sending, setSending] = useState<DraftMeta | null>(null);
  const openButtons = useRef(new Map<string, HTMLButtonElement>());
  const sendButtons = useRef(new Map<string, HTMLButtonElement>());
  const { notify, local, dismiss } = useNotify();
  const frame = use(FrameContext);

  const load = useCallback(async () => {
    const result = await callApi((api) => api.listDrafts({}));
    if (result.ok) {
      setDrafts(result.value);
      setLoadError(null);
    } else {
      setLoadError(result.error.message);
    }
  }, []);

  useEffect(() => {
    let live = true;
    void callApi((api) => api.listDrafts({})).then((result) => {
      if (!live) return;
      if (result.ok) setDrafts(result.value);
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  // Coming back from a draft: focus its row.
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || !focusId || !drafts) return;
    focused.current = true;
    openButtons.current.get(focusId)?.focus();
  }, [drafts, focusId]);

  const shown = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const filtered = (drafts ?? []).filter((d) => !needle || titleOf(d).toLocaleLowerCase().includes(needle));
    return sortDrafts(filtered, sort);
  }, [drafts, query, sort]);

  async function create() {
    setCreating(true);
    setCreateError(null);
    const result = await callApi((api) => api.createDraft({}));
    setCreating(false);
    if (!result.ok) {
      setCreateError(result.error.message);
      return;
    }
    onOpen(result.value.meta.id, result.value);
  }

  async function remove(draft: DraftMeta) {
    setDeleteBusy(true);
    setDeleteError(null);
    const result = await callApi((api) => api.deleteItem({ kind: 'draft', id: draft.id }));
    setDeleteBusy(false);
    if (!result.ok) {
      setDeleteError(result.error.message);
      return;
    }
    if (result.value.outcome !== 'deleted') {
      setDeleteError('This draft could not be deleted.');
      return;
    }
    setDeleting(null);
    setDrafts((list) => (list ?? []).filter((d) => d.id !== draft.id));
    notify(`Draft “${titleOf(draft)}” deleted.`, {
      label: 'Undo',
      run: async () => {
        const undone = await callApi((api) => api.undoDelete({ kind: 'draft', id: draft.id }));
        if (!undone.ok) {
          notify(undone.error.message);
          return;
        }
        await load();
        notify(`Draft “${titleOf(draft)}” restored.`);
      },
    });
  }

  async function sent(draft: DraftMeta, message: string) {
    setSending(null);
    notify(message);
    await load(); // sending puts the draft in review
    // The row may have moved (sorted by status): keep focus on its button.
    sendButtons.current.get(draft.id)?.focus();
  }

  return (
    <article className="page page-wide drafts-page">
      <div className="page-head">
        <ScreenHeading className="page-title" focusOnMount={!focusId}>
          Drafts
        </ScreenHeading>
        <div className="button-row">
          <button type="button" className="button button-secondary" disabled={creating} onClick={onImport}>
            Import Word document…
          </button>
          <button type="button" className="button button-primary" disabled={creating} onClick={() => void create()}>
            New draft
          </button>
        </div>
      </div>
      <p className="page-subtitle">Stories you are writing. Citations stay linked to what your sources said.</p>
      <FormError message={createError} />
      <div className="list-toolbar">
        <div className="field toolbar-field">
          <label className="field-label" htmlFor={`${ids}-search`}>
            Search drafts
          </label>
          <input id={`${ids}-search`} type="search" className="input" value={query} autoComplete="off" onChange={(event) => setQuery(event.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-sort`}>
            Sort by
          </label>
          <select id={`${ids}-sort`} className="input select" value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
            {SORTS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>

      <FormError message={loadError} />
      {drafts === null && !loadError ? <p role="status">Loading drafts…</p> : null}
      {drafts !== null && drafts.length === 0 ? <p className="empty-state">No drafts yet. Start one with “New draft”.</p> : null}
      {drafts !== null && drafts.length > 0 && shown.length === 0 ? <p className="empty-state">No draft title matches “{query.trim()}”.</p> : null}
      {shown.length > 0 ? (
        <table className="drafts-table">
          <caption className="visually-hidden">Your drafts</caption>
          <TableHead columns={['Title', 'Status', { label: 'Words', numeric: true }, { label: 'Citations', numeric: true }, 'Last edited']} actions />
          <tbody>
            {shown.map((draft) => (
              <tr key={draft.id}>
                <th scope="row" className="draft-title-cell">
                  <button
                    ref={(element) => {
                      if (element) openButtons.current.set(draft.id, element);
                      else openButtons.current.delete(draft.id);
                    }}
                    type="button"
                    className={['draft-open', draft.title.trim() ? '' : 'is-untitled'].filter(Boolean).join(' ')}
                    onClick={() => onOpen(draft.id)}
                  >
                    {titleOf(draft)}
                  </button>
                </th>
                <td>
                  <StatusBadge status={draft.status} selfApproved={draft.selfApproved} />
                </td>
                <td className="numeric">{draft.wordCount.toLocaleString('en')}</td>
                <td className="numeric">{draft.citationCount.toLocaleString('en')}</td>
                <td>
                  <time dateTime={draft.updatedAt}>{formatUpdated(draft.updatedAt)}</time>
                </td>
                <td className="draft-actions">
                  <div className="row-actions">
                    {draft.status !== 'drafting' && draft.citationCount > 0 ? (
                      <button type="button" className="link-button" aria-label={`Review “${titleOf(draft)}”`} onClick={() => onReview(draft.id)}>
                        Review
                      </button>
                    ) : null}
                    {draft.citationCount > 0 ? (
                      <button
                        ref={(element) => {
                          if (element) sendButtons.current.set(draft.id, element);
                          else sendButtons.current.delete(draft.id);
                        }}
                        type="button"
                        className="link-button"
                        aria-label={`Send for review: “${titleOf(draft)}”`}
                        onClick={() => setSending(draft)}
                      >
                        Send for review…
                      </button>
                    ) : null}
                    <button type="button" className="link-button" aria-label={`Export “${titleOf(draft)}”`} onClick={() => onExport(draft.id)}>
                      Export
                    </button>
                    <button
                      type="button"
                      className="link-button button-danger-text"
                      aria-label={`Delete “${titleOf(draft)}”`}
                      onClick={() => {
                        setDeleteError(null);
                        setDeleting(draft);
                      }}
                    >
                      Delete
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {deleting ? (
        <ConfirmDialog
          title="Delete draft?"
          confirmLabel="Delete"
          danger
          busy={deleteBusy}
          error={deleteError}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>“{titleOf(deleting)}” will be deleted. You can undo this until the vault is locked.</p>
        </ConfirmDialog>
      ) : null}

      {sending ? (
        <SendReviewDialog
          draftId={sending.id}
          onClose={() => setSending(null)}
          onSent={(message) => void sent(sending, message)}
          onOpenPeople={frame ? () => frame.navigate({ page: 'people' }) : undefined}
        />
      ) : null}

      {local ? (
        <section className="notices" aria-label="Notifications" aria-live="polite">
          <div className="notice">
            <p className="notice-message">{local.message}</p>
            {local.action ? (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  const action = local.action;
                  dismiss();
                  void action?.run();
                }}
              >
                {local.action.label}
              </button>
            ) : null}
            <button type="button" className="notice-dismiss" aria-label="Dismiss" onClick={dismiss}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
        </section>
      ) : null}
    </article>
  );
}
