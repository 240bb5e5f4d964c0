import type { RefObject } from 'react';
import type { DraftMeta, DraftStatus } from '../../../common/domain/draft';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/messages';
import type { EditorView } from './use-editor-commands';

// The editor screen's top bar: back, the Edit/Preview tabs, the status and the actions that take
// the saved draft elsewhere (review, send, export). It sticks under the app header while the
// story scrolls (use-sticky-chrome.ts), so the status and the actions are always in reach.

// Only these are the reporter's to set; the others record what happened (sign-off, export).
const MANUAL_STATUSES: DraftStatus[] = ['drafting', 'in-review'];

const TABS: { key: EditorView; label: MessageId }[] = [
  { key: 'edit', label: 'editor.view.edit' },
  { key: 'preview', label: 'editor.view.preview' },
];

export const STATUS_LABEL: Record<DraftStatus, MessageId> = {
  drafting: 'draft.status.drafting',
  'in-review': 'draft.status.in-review',
  approved: 'draft.status.approved',
  exported: 'draft.status.exported',
};

interface DraftTopbarProps {
  /** useId prefix of the screen: the tabs point at its panels. */
  ids: string;
  barRef: RefObject<HTMLDivElement | null>;
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

export function DraftTopbar({ ids, barRef, view, onView, meta, saving, onBack, onStatus, onReview, onSend, sendButton, onExport, onTranslate }: DraftTopbarProps) {
  const t = useT();
  const manualStatus = MANUAL_STATUSES.includes(meta.status);
  const setBy = meta.status === 'approved' ? (meta.selfApproved ? 'editor.status.setBySelf' : 'editor.status.setByEditor') : 'editor.status.setByExport';
  return (
    <div ref={barRef} className="draft-topbar">
      <button type="button" className="link-button back-link" disabled={saving} onClick={onBack}>
        {t('editor.back')}
      </button>
      <div role="tablist" aria-label={t('editor.view.label')} className="view-tabs">
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
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div className="field field-inline status-field">
        <label className="field-label" htmlFor={`${ids}-status`}>
          {t('editor.status.label')}
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
              {t(STATUS_LABEL[status])}
            </option>
          ))}
        </select>
        {!manualStatus ? (
          <span id={`${ids}-status-hint`} className="field-hint">
            {[meta.selfApproved ? t('editor.status.selfApproved') : null, t(setBy)].filter(Boolean).join(' ')}
          </span>
        ) : null}
      </div>
      <div className="draft-topbar-actions">
        {onReview ? (
          <button type="button" className="button button-secondary button-small" disabled={saving} onClick={onReview}>
            {t('editor.action.review')}
          </button>
        ) : null}
        {onTranslate ? (
          <button type="button" className="button button-secondary button-small" disabled={saving} onClick={onTranslate}>
            {t('editor.translate.button')}
          </button>
        ) : null}
        <button ref={sendButton} type="button" className="button button-secondary button-small" disabled={saving} onClick={onSend}>
          {t('editor.action.send')}
        </button>
        {onExport ? (
          <button type="button" className="button button-secondary button-small draft-export" disabled={saving} onClick={onExport}>
            {t('editor.action.export')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
