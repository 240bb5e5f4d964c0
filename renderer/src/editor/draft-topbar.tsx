import type { RefObject } from 'react';
import { DRAFT_STATUS_LABELS, type DraftMeta, type DraftStatus } from '../../../common/domain/draft';
import type { EditorView } from './use-editor-commands';
import { useT } from '../i18n/use-t';

// The editor screen's top bar: back, the Edit/Preview tabs, the status and the actions that take
// the saved draft elsewhere (review, send, export).

// Only these are the reporter's to set; the others record what happened (sign-off, export).
const MANUAL_STATUSES: DraftStatus[] = ['drafting', 'in-review'];

const TABS: { key: EditorView; label: string }[] = [
  { key: 'edit', label: 'Edit' },
  { key: 'preview', label: 'Preview' },
];

interface DraftTopbarProps {
  /** useId prefix of the screen: the tabs point at its panels. */
  ids: string;
  view: EditorView;
  onView: (view: EditorView) => void;
  meta: DraftMeta;
  /** A save before leaving is running: the actions wait for it. */
  saving: boolean;
  onBack: () => void;
  onStatus: (status: DraftStatus) => void;
  onReview?: (() => void) | undefined;
  onSend: () => void;
  sendButton: RefObject<HTMLButtonElement | null>;
  onExport?: (() => void) | undefined;
  /** "Translate…": a linked draft in another language. */
  onTranslate?: (() => void) | undefined;
}

export function DraftTopbar({ ids, view, onView, meta, saving, onBack, onStatus, onReview, onSend, sendButton, onExport, onTranslate }: DraftTopbarProps) {
  const t = useT();
  const manualStatus = MANUAL_STATUSES.includes(meta.status);
  return (
    <div className="draft-topbar">
      <button type="button" className="link-button back-link" disabled={saving} onClick={onBack}>
        Back to drafts
      </button>
      <div role="tablist" aria-label="View" className="view-tabs">
        {TABS.map((tab, index) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${ids}-tab-${tab.key}`}
            aria-selected={view === tab.key}
            aria-controls={`${ids}-panel-${tab.key}`}
            tabIndex={view === tab.key ? 0 : -1}
            className="view-tab"
            onClick={() => onView(tab.key)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              event.preventDefault();
              const next = TABS[(index + 1) % TABS.length]!;
              onView(next.key);
              document.getElementById(`${ids}-tab-${next.key}`)?.focus();
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="field field-inline status-field">
        <label className="field-label" htmlFor={`${ids}-status`}>
          Status
        </label>
        <select
          id={`${ids}-status`}
          className="input select"
          value={meta.status}
          disabled={!manualStatus}
          aria-describedby={!manualStatus ? `${ids}-status-hint` : undefined}
          onChange={(event) => onStatus(event.target.value as DraftStatus)}
        >
          {(manualStatus ? MANUAL_STATUSES : [meta.status]).map((status) => (
            <option key={status} value={status}>
              {DRAFT_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        {!manualStatus ? (
          <span id={`${ids}-status-hint`} className="field-hint">
            {meta.selfApproved ? 'Self-approved: signed off in this vault, not by an editor from a review package. ' : ''}
            Set by {meta.status === 'approved' ? (meta.selfApproved ? 'your own sign-off' : 'an editor’s sign-off') : 'an export'}.
          </span>
        ) : null}
      </div>
      <div className="draft-topbar-actions">
        {onReview ? (
          <button type="button" className="button button-secondary button-small" disabled={saving} onClick={onReview}>
            Review
          </button>
        ) : null}
        {onTranslate ? (
          <button type="button" className="button button-secondary button-small" disabled={saving} onClick={onTranslate}>
            {t('editor.translate.button')}
          </button>
        ) : null}
        <button ref={sendButton} type="button" className="button button-secondary button-small" disabled={saving} onClick={onSend}>
          Send for review…
        </button>
        {onExport ? (
          <button type="button" className="button button-secondary button-small draft-export" disabled={saving} onClick={onExport}>
            Export…
          </button>
        ) : null}
      </div>
    </div>
  );
}
