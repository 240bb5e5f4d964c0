import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useMemo, type RefObject } from 'react';
import type { DraftMetaFields } from '../../../common/domain/draft';
import { ReviewNotice } from '../review/review-notice';
import { restoreQuote, showRange } from './citation-commands';
import type { DraftSession, SessionSnapshot } from './draft-session';
import type { FieldInputs } from './draft-fields';
import { citationLabelsKey } from './extensions/citation-labels';
import { leakRange } from './extensions/leak-highlights';
import { quoteFidelityKey } from './extensions/quote-source';
import { formatCount } from './format';
import { LeaksPanel, QuotesPanel } from './side-panel';
import type { SaveState } from './use-autosave';

// The panels around the text: the side column (review notice, leaks, changed quotes) and the
// status bar under it.

interface DraftSidePanelsProps {
  editor: Editor;
  session: DraftSession;
  snapshot: SessionSnapshot;
  fieldInputs: RefObject<FieldInputs>;
  /** Runs with the Edit panel showing: a finding or quote is shown in the text or a field. */
  inEditView: (fn: () => void) => void;
  onOpenReview?: ((citationKey?: string) => void) | undefined;
}

export function DraftSidePanels({ editor, session, snapshot, fieldInputs, inEditView, onOpenReview }: DraftSidePanelsProps) {
  const { report, meta } = snapshot;
  const changedQuotes = useEditorState({ editor, selector: ({ editor: e }) => quoteFidelityKey.getState(e.state)?.changed ?? [] });
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
    <div className="draft-side">
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

interface DraftStatusBarProps {
  editor: Editor;
  wordCount: number;
  saveState: SaveState;
  saveText: string;
}

export function DraftStatusBar({ editor, wordCount, saveState, saveText }: DraftStatusBarProps) {
  const citationCount = useEditorState({ editor, selector: ({ editor: e }) => citationLabelsKey.getState(e.state)?.count ?? 0 });
  return (
    <footer className="status-bar">
      <span className="status-words">{formatCount(wordCount, 'word')}</span>
      <span aria-hidden="true" className="status-sep">
        {' · '}
      </span>
      <span className="status-citations">{formatCount(citationCount, 'citation')}</span>
      <span aria-hidden="true" className="status-sep">
        {' · '}
      </span>
      <span role="status" className={`status-save status-save-${saveState.kind}`}>
        {saveText}
      </span>
    </footer>
  );
}
