import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { use } from 'react';
import type { Statement } from '../../../common/domain/statement';
import { FrameContext } from '../frame/frame-context';
import { SendReviewDialog } from '../people/send-review-dialog';
import type { CitationContext } from './citation-data';
import { CitationMenu } from './citation-menu';
import { CitationPalette, type PaletteAction } from './citation-palette';
import { CitationPopover } from './citation-popover';
import { addStatementsToCitation, insertAttribution, insertQuote } from './citation-commands';
import type { DraftSession, SessionSnapshot } from './draft-session';
import { ConflictDialog, LeaveDialog, LinkDialog } from './editor-dialogs';
import { selectChip } from './extensions/citation';
import { QuotePopover } from './quote-diff';
import type { SaveState } from './use-autosave';
import { translate } from '../i18n/translate';
import type { LeavingState } from './use-draft-session';
import type { EditorCommands, EditorView } from './use-editor-commands';

// The popovers and dialogs over the editor screen: which one shows, and where focus goes when it
// closes (back to the chip it was about, or to the text).

function coordsAt(editor: Editor, pos: number): DOMRect | null {
  try {
    const c = editor.view.coordsAtPos(pos);
    return new DOMRect(c.left, c.top, Math.max(0, c.right - c.left), Math.max(0, c.bottom - c.top));
  } catch {
    return null; // no layout (tests)
  }
}

interface DraftOverlaysProps {
  /** useId prefix of the screen. */
  ids: string;
  view: EditorView;
  editor: Editor;
  context: CitationContext;
  session: DraftSession;
  snapshot: SessionSnapshot;
  saveState: SaveState;
  leaving: LeavingState;
  commands: EditorCommands;
  onStay: () => void;
  onLeave: () => void;
}

export function DraftOverlays({ ids, view, editor, context, session, snapshot, saveState, leaving, commands, onStay, onLeave }: DraftOverlaysProps) {
  const frame = use(FrameContext);
  const { tips, palette, setPalette, menuPos, setMenuPos, quoteAtCursor, focusTextSoon } = commands;
  const selectedChip = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { selection } = e.state;
      return selection instanceof NodeSelection && selection.node.type.name === 'citation' && e.isFocused ? selection.from : null;
    },
  });
  // Tips describe the text being edited: none over the preview, the palette or the citation menu.
  const tipsAllowed = view === 'edit' && !palette && menuPos === null;
  const activeChip = tips.tip?.pos ?? selectedChip;

  // The citation palette's choice.
  function choose(action: PaletteAction, statements: Statement[], showDate: boolean) {
    const mode = palette;
    session.citations.addNow(statements);
    void session.citations.addStatements(statements);
    if (action === 'add' && mode?.kind === 'add') {
      addStatementsToCitation(editor, mode.pos, statements);
      focusTextSoon(() => selectChip(editor.view, mode.pos));
    } else {
      if (action === 'quote') insertQuote(editor, statements, showDate);
      else insertAttribution(editor, statements, showDate);
      focusTextSoon();
    }
    setPalette(null);
  }

  return (
    <>
      {activeChip !== null && tipsAllowed ? (
        <CitationPopover
          id={`${ids}-chip-tip`}
          editor={editor}
          context={context}
          pos={activeChip}
          anchor={tips.tip?.anchor ?? coordsAt(editor, activeChip)}
          onPointerEnter={tips.clearTipTimer}
          onPointerLeave={tips.hideHoverTip}
        />
      ) : null}
      {quoteAtCursor && !commands.quoteTipHidden && tipsAllowed ? <QuotePopover editor={editor} quote={quoteAtCursor} anchor={coordsAt(editor, quoteAtCursor.to)} /> : null}

      {palette ? (
        <CitationPalette
          editor={editor}
          context={context}
          mode={palette}
          onChoose={choose}
          onClose={() => {
            const mode = palette;
            focusTextSoon(mode.kind === 'add' ? () => selectChip(editor.view, mode.pos) : undefined);
            setPalette(null);
          }}
        />
      ) : null}
      {menuPos !== null ? (
        <CitationMenu
          editor={editor}
          context={context}
          pos={menuPos}
          onAddStatements={() => {
            const pos = menuPos;
            setMenuPos(null);
            setPalette({ kind: 'add', pos });
          }}
          onClose={() => {
            const pos = menuPos;
            focusTextSoon(() => (editor.state.doc.nodeAt(pos)?.type.name === 'citation' ? selectChip(editor.view, pos) : editor.view.focus()));
            setMenuPos(null);
          }}
        />
      ) : null}
      {commands.linkOpen ? (
        <LinkDialog
          editor={editor}
          onClose={() => {
            focusTextSoon();
            commands.setLinkOpen(false);
          }}
        />
      ) : null}
      {saveState.kind === 'conflict' ? (
        <ConflictDialog
          message={saveState.message}
          busy={snapshot.conflictBusy}
          error={snapshot.conflictError}
          onReload={() => void session.reloadSaved()}
          onOverwrite={() => void session.overwrite()}
        />
      ) : null}
      {commands.sending ? (
        <SendReviewDialog
          draftId={snapshot.meta.id}
          fixedDraft
          onClose={commands.closeSend}
          onSent={(message) => {
            commands.closeSend();
            frame?.notify(message);
            void session.refreshStatus();
          }}
          onOpenPeople={frame ? () => frame.navigate({ page: 'people' }) : undefined}
        />
      ) : null}
      {leaving === 'failed' ? (
        <LeaveDialog
          message={saveState.kind === 'retrying' || saveState.kind === 'conflict' ? saveState.message : translate('editor.save.notFinished')}
          onStay={onStay}
          onLeave={onLeave}
        />
      ) : null}
    </>
  );
}
