import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useMemo, type RefObject } from 'react';
import type { DraftMetaFields } from '../../../common/domain/draft';
import { useT } from '../i18n/use-t';
import { ReviewNotice } from '../review/review-notice';
import { restoreQuote, showRange } from './citation-commands';
import type { DraftSession, SessionSnapshot } from './draft-session';
import type { FieldInputs } from './draft-fields';
import { citationLabelsKey } from './extensions/citation-labels';
import { leakRange } from './extensions/leak-highlights';
import { quoteFidelityKey } from './extensions/quote-source';
import { LeaksPanel, QuotesPanel } from './side-panel';
import type { SaveState } from './use-autosave';

// The panels around the text: the side column (review notice, leaks, changed quotes) and the
// status bar under it. On a narrow window the side column can be folded away; the status bar
// keeps the counts of open leaks and changed quotes, and opens the column again.

interface DraftSidePanelsProps {
  /** The column's element id: the status bar's count button controls it. */
  id: string;
  editor: Editor;
  session: DraftSession;
  snapshot: SessionSnapshot;
  fieldInputs: RefObject<FieldInputs>;
  /** Runs with the Edit panel showing: a finding or quote is shown in the text or a field. */
  inEditView: (fn: () => void) => void;
  onOpenReview?: ((citationKey?: string) => void) | undefined;
  collapsed: boolean;
  onCollapse: () => void;
}

/** Quotes whose words no longer match their statement, as the editor's plugin sees them now. */
export function useChangedQuotes(editor: Editor) {
  return useEditorState({ editor, selector: ({ editor: e }) => quoteFidelityKey.getState(e.state)?.changed ?? [] });
}

export function DraftSidePanels({ id, editor, session, snapshot, fieldInputs, inEditView, onOpenReview, collapsed, onCollapse }: DraftSidePanelsProps) {
  const t = useT();
  const { report, meta } = snapshot;
  const changedQuotes = useChangedQuotes(editor);
  // The report is of the saved draft: a body finding whose words have since been edited away has
  // nothing left to show. Joined to a string so the selector's result compares by value.
  const goneIndexes = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const gone: number[] = [];
      report?.findings.forEach((finding, index) => {
        if (finding.field === 'body' && !finding.dismissed && !leakRange(e.state, index)) gone.push(index);
      });
      return gone.join(',');
    },
  });
  const goneSet = useMemo(() => new Set(goneIndexes ? goneIndexes.split(',').map(Number) : []), [goneIndexes]);

  function showFinding(index: number) {
    const finding = report?.findings[index];
    if (!finding) return;
    if (finding.field === 'body') {
      const range = leakRange(editor.state, index);
      if (range) inEditView(() => showRange(editor, range.from, range.to));
      return;
    }
    const input = fieldInputs.current[finding.field as keyof DraftMetaFields];
    if (!input) return;
    inEditView(() => {
      input.focus();
      input.setSelectionRange(finding.from, finding.to);
    });
  }

  return (
    <div id={id} className="draft-side" hidden={collapsed}>
      <div className="draft-side-head">
        <button type="button" className="link-button draft-side-hide" aria-expanded={!collapsed} aria-controls={id} onClick={onCollapse}>
          {t('editor.checks.hide')}
        </button>
      </div>
      {/* Keyed on the status: once sent for review (or signed off) it fetches the review again. */}
      {onOpenReview ? <ReviewNotice key={meta.status} draftId={meta.id} bodyRevision={meta.bodyRevision} onOpenReview={onOpenReview} /> : null}
      <LeaksPanel
        report={report}
        scanning={snapshot.scanning}
        error={snapshot.scanError}
        goneIndexes={goneSet}
        onShow={showFinding}
        onDismiss={(finding, reason) => session.dismiss(finding, reason)}
        draftId={meta.id}
        onRevealed={(revealed) => session.showReport(revealed)}
      />
      <QuotesPanel
        quotes={changedQuotes}
        onShow={(quote) => inEditView(() => showRange(editor, quote.from, quote.to))}
        onRestore={(quote) => restoreQuote(editor, quote)}
      />
    </div>
  );
}

/** Between the status bar's figures; hidden from screen readers, so not words to translate. */
const SEPARATOR = ' · ';

interface DraftStatusBarProps {
  barRef: RefObject<HTMLElement | null>;
  editor: Editor;
  wordCount: number;
  saveState: SaveState;
  saveText: string;
  /** Open leak findings in the saved draft (null before the first check). */
  leakCount: number | null;
  /** The side column's id, and whether it is showing. */
  checksId: string;
  checksShown: boolean;
  onShowChecks: () => void;
}

export function DraftStatusBar({ barRef, editor, wordCount, saveState, saveText, leakCount, checksId, checksShown, onShowChecks }: DraftStatusBarProps) {
  const t = useT();
  const citationCount = useEditorState({ editor, selector: ({ editor: e }) => citationLabelsKey.getState(e.state)?.count ?? 0 });
  const quoteCount = useChangedQuotes(editor).length;
  const leaks = leakCount ?? 0;
  return (
    <footer ref={barRef} className="status-bar">
      <span className="status-words">{t('editor.statusBar.words', { count: wordCount })}</span>
      <span aria-hidden="true" className="status-sep">
        {SEPARATOR}
      </span>
      <span className="status-citations">{t('editor.statusBar.citations', { count: citationCount })}</span>
      <span aria-hidden="true" className="status-sep">
        {SEPARATOR}
      </span>
      {/* The leak and quote checks at a glance; on a narrow window, the way back to them. */}
      <button
        type="button"
        className={`link-button status-checks${leaks + quoteCount > 0 ? ' status-checks-open' : ''}`}
        aria-expanded={checksShown}
        aria-controls={checksId}
        onClick={onShowChecks}
      >
        {t('editor.statusBar.checks', { leaks, quotes: quoteCount })}
      </button>
      <span role="status" className={`status-save status-save-${saveState.kind}`}>
        {saveText}
      </span>
    </footer>
  );
}
