import { use, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Draft, DraftMeta } from '../../../common/domain/draft';
import { callApi } from '../api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { FormError } from '../components/form-error';
import { ScreenHeading } from '../components/screen-heading';
import { TableHead } from '../components/table-head';
import { FrameContext } from '../frame/frame-context';
import { SendReviewDialog } from '../people/send-review-dialog';
import { LocalNotices, useNotify } from './draft-notices';
import { DraftRow } from './draft-row';
import { SORTS, sortDrafts, titleOf, type SortKey } from './draft-sort';
import { useT } from '../i18n/use-t';

// The drafts list: search, sort, create, delete (with undo) and send for review. Opening,
// exporting and reviewing a draft are the page's navigation (drafts-page.tsx).

export interface DraftListProps {
  focusId: string | null;
  onOpen: (id: string, initial?: Draft) => void;
  onExport: (id: string) => void;
  onReview: (id: string) => void;
  onImport: () => void;
}

export function DraftList({ focusId, onOpen, onExport, onReview, onImport }: DraftListProps) {
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
  const t = useT();

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
      setDeleteError(t('drafts.notDeleted'));
      return;
    }
    setDeleting(null);
    setDrafts((list) => (list ?? []).filter((d) => d.id !== draft.id));
    notify(t('drafts.deleted', { title: titleOf(draft) }), {
      label: t('items.undo'),
      run: async () => {
        const undone = await callApi((api) => api.undoDelete({ kind: 'draft', id: draft.id }));
        if (!undone.ok) {
          notify(undone.error.message);
          return;
        }
        await load();
        notify(t('drafts.restored', { title: titleOf(draft) }));
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
          {t('nav.drafts')}
        </ScreenHeading>
        <div className="button-row">
          <button type="button" className="button button-secondary" disabled={creating} onClick={onImport}>
            {t('drafts.import')}
          </button>
          <button type="button" className="button button-primary" disabled={creating} onClick={() => void create()}>
            {t('drafts.new')}
          </button>
        </div>
      </div>
      <p className="page-subtitle">{t('drafts.subtitle')}</p>
      <FormError message={createError} />
      <div className="list-toolbar">
        <div className="field toolbar-field">
          <label className="field-label" htmlFor={`${ids}-search`}>
            {t('drafts.search')}
          </label>
          <input id={`${ids}-search`} type="search" className="input" value={query} autoComplete="off" onChange={(event) => setQuery(event.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-sort`}>
            {t('drafts.sortBy')}
          </label>
          <select id={`${ids}-sort`} className="input select" value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
            {SORTS.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <FormError message={loadError} />
      {drafts === null && !loadError ? <p role="status">{t('drafts.loading')}</p> : null}
      {drafts !== null && drafts.length === 0 ? <p className="empty-state">{t('drafts.empty')}</p> : null}
      {drafts !== null && drafts.length > 0 && shown.length === 0 ? <p className="empty-state">{t('drafts.noMatch', { query: query.trim() })}</p> : null}
      {shown.length > 0 ? (
        <table className="drafts-table">
          <caption className="visually-hidden">{t('drafts.caption')}</caption>
          <TableHead columns={[t('drafts.col.title'), t('drafts.col.status'), { label: t('drafts.col.words'), numeric: true }, { label: t('drafts.col.citations'), numeric: true }, t('drafts.col.updated')]} actions />
          <tbody>
            {shown.map((draft) => (
              <DraftRow
                key={draft.id}
                draft={draft}
                openRef={(element) => {
                  if (element) openButtons.current.set(draft.id, element);
                  else openButtons.current.delete(draft.id);
                }}
                sendRef={(element) => {
                  if (element) sendButtons.current.set(draft.id, element);
                  else sendButtons.current.delete(draft.id);
                }}
                onOpen={() => onOpen(draft.id)}
                onReview={() => onReview(draft.id)}
                onSend={() => setSending(draft)}
                onExport={() => onExport(draft.id)}
                onDelete={() => {
                  setDeleteError(null);
                  setDeleting(draft);
                }}
              />
            ))}
          </tbody>
        </table>
      ) : null}

      {deleting ? (
        <ConfirmDialog
          title={t('drafts.delete.title')}
          confirmLabel={t('drafts.delete.confirm')}
          danger
          busy={deleteBusy}
          error={deleteError}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('drafts.delete.body', { title: titleOf(deleting) })}</p>
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

      {local ? <LocalNotices notice={local} dismiss={dismiss} /> : null}
    </article>
  );
}
