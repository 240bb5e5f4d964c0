import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import {
  use,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { buildPublishable } from '../../../common/document/publishable';
import { DRAFT_STATUS_LABELS, type DocNode, type Draft, type DraftMeta, type DraftMetaFields, type DraftStatus } from '../../../common/domain/draft';
import type { Statement } from '../../../common/domain/statement';
import { callApi } from '../api';
import { CitationMenu } from './citation-menu';
import { CitationPalette, type PaletteAction, type PaletteMode } from './citation-palette';
import { CitationPopover } from './citation-popover';
import { addStatementsToCitation, insertAttribution, insertQuote, removeCitation, restoreQuote, showRange } from './citation-commands';
import { DraftSession } from './draft-session';
import { ConflictDialog, LeaveDialog, LinkDialog } from './editor-dialogs';
import { editorExtensions } from './editor-extensions';
import { EditorToolbar } from './editor-toolbar';
import { BridgeHost } from './extensions/bridge';
import { chipPosition, citationLabelsKey, selectChip } from './extensions/citation';
import { leakRange } from './extensions/leak-highlights';
import { quoteFidelityKey, type QuoteRange } from './extensions/quote-source';
import { FindBar } from './find-bar';
import { formatCount } from './format';
import { QuotePopover } from './quote-diff';
import { ReaderPreview } from './reader-preview';
import { LeaksPanel, QuotesPanel } from './side-panel';
import { FrameContext } from '../frame/frame-context';
import { SendReviewDialog } from '../people/send-review-dialog';
import { ReviewNotice } from '../review/review-notice';
import { combineStates, useSaveState, useSaveStatusText } from './use-autosave';
import '../styles/editor.css';
import { FormError } from '../components/form-error';

interface DraftEditorProps {
  draftId: string;
  /** A draft already fetched (just created): no second fetch. */
  initialDraft?: Draft;
  /** Called once everything is saved (or the reporter chose to leave anyway). */
  onBack: (meta: DraftMeta | null) => void;
  /** Opens the Export screen, once everything is saved. */
  onExport?: () => void;
  /** Opens the editor review of this draft (after saving), at a citation if given. */
  onReview?: ((citationKey?: string) => void) | undefined;
}

type LoadState = { phase: 'loading' } | { phase: 'ready'; draft: Draft } | { phase: 'failed'; message: string };

/** Opens a draft: fetches it, then shows the editor screen. */
export function DraftEditor({ draftId, initialDraft, onBack, onExport, onReview }: DraftEditorProps) {
  const [load, setLoad] = useState<LoadState>(initialDraft ? { phase: 'ready', draft: initialDraft } : { phase: 'loading' });

  useEffect(() => {
    if (initialDraft) return;
    let live = true;
    void callApi((api) => api.getDraft({ id: draftId })).then((result) => {
      if (!live) return;
      setLoad(result.ok ? { phase: 'ready', draft: result.value } : { phase: 'failed', message: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [draftId, initialDraft]);

  if (load.phase !== 'ready') {
    return (
      <article className="page draft-loading">
        <button type="button" className="link-button back-link" onClick={() => onBack(null)}>
          Back to drafts
        </button>
        {load.phase === 'loading' ? (
          <p role="status">Opening the draft…</p>
        ) : (
          <p role="alert" className="form-error">
            {load.message}
          </p>
        )}
      </article>
    );
  }
  return <EditorScreen key={load.draft.meta.id} draft={load.draft} onBack={onBack} onExport={onExport} onReview={onReview} />;
}

const MANUAL_STATUSES: DraftStatus[] = ['drafting', 'in-review'];
const FIELD_LIMITS: Record<keyof DraftMetaFields, number> = { title: 300, dateline: 120, byline: 200 };
const CONTROL = /[\u0000-\u001f\u007f]/g;

type ChipTip = { pos: number; anchor: DOMRect | null; via: 'hover' | 'focus' };

function chipOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest('.citation-chip') as HTMLElement | null) : null;
}

function coordsAt(editor: Editor, pos: number): DOMRect | null {
  try {
    const c = editor.view.coordsAtPos(pos);
    return new DOMRect(c.left, c.top, Math.max(0, c.right - c.left), Math.max(0, c.bottom - c.top));
  } catch {
    return null; // no layout (tests)
  }
}

function EditorScreen({ draft, onBack, onExport, onReview }: { draft: Draft; onBack: (meta: DraftMeta | null) => void; onExport?: (() => void) | undefined; onReview?: DraftEditorProps['onReview'] }) {
  const [host] = useState(() => new BridgeHost());
  const [session] = useState(() => new DraftSession(draft));
  const [editorOptions] = useState(() => ({
    extensions: editorExtensions(host.bridge),
    content: draft.body,
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': 'Story text',
        class: 'story-text',
        spellcheck: 'true',
      },
    },
  }));
  const editor = useEditor(editorOptions);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const context = useSyncExternalStore(session.citations.subscribe, session.citations.getContext);
  const bodyState = useSaveState(session.body as never);
  const metaState = useSaveState(session.metaSaver as never);
  const saveState = combineStates([bodyState, metaState]);
  const saveText = useSaveStatusText(saveState);

  const [view, setView] = useState<'edit' | 'preview'>('edit');
  const [palette, setPalette] = useState<PaletteMode | null>(null);
  const [find, setFind] = useState<{ open: boolean; request: number }>({ open: false, request: 0 });
  const [menuPos, setMenuPos] = useState<number | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [tip, setTip] = useState<ChipTip | null>(null);
  const [hiddenQuote, setHiddenQuote] = useState<number | null>(null);
  const [leaving, setLeaving] = useState<'no' | 'saving' | 'failed'>('no');
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const sendButton = useRef<HTMLButtonElement>(null);
  const frame = use(FrameContext);
  const tipTimer = useRef<number | null>(null);
  // Run after the next render: focus moves once a dialog has gone or a hidden panel is shown.
  const afterRender = useRef<(() => void) | null>(null);
  const fieldRefs = useRef<Partial<Record<keyof DraftMetaFields, HTMLInputElement | null>>>({});
  const ids = useId();

  useEffect(() => session.attach(editor), [session, editor]);

  // First focus: the title of a new draft, otherwise the text.
  useEffect(() => {
    if (!draft.meta.title) fieldRefs.current.title?.focus();
    else editor.commands.focus('start');
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Focus goes back to the text once a dialog has closed (after the dialog restored its own).
  useEffect(() => {
    if (palette || menuPos !== null || linkOpen || sending || !afterRender.current) return;
    const run = afterRender.current;
    afterRender.current = null;
    run();
  });

  const citationCount = useEditorState({ editor, selector: ({ editor: e }) => citationLabelsKey.getState(e.state)?.count ?? 0 });
  const selectedChip = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { selection } = e.state;
      return selection instanceof NodeSelection && selection.node.type.name === 'citation' && e.isFocused ? selection.from : null;
    },
  });
  const changedQuotes = useEditorState({ editor, selector: ({ editor: e }) => quoteFidelityKey.getState(e.state)?.changed ?? [] });
  const quoteAtCursor = useEditorState({
    editor,
    selector: ({ editor: e }): QuoteRange | null => {
      if (!e.isFocused) return null;
      const { from, to } = e.state.selection;
      return quoteFidelityKey.getState(e.state)?.changed.find((q) => from >= q.from && to <= q.to && from <= q.to) ?? null;
    },
  });
  const report = snapshot.report;
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

  const openPalette = (mode: PaletteMode) => {
    setTip(null);
    setPalette(mode);
  };
  const openFind = () => {
    setView('edit');
    setFind((f) => ({ open: true, request: f.request + 1 }));
  };
  const openMenu = (pos: number) => {
    setTip(null);
    setMenuPos(pos);
  };

  // ProseMirror's side calls these (Ctrl/Cmd+K, Ctrl/Cmd+F, Enter on a chip, Escape).
  useLayoutEffect(() => {
    host.set({
      openPalette: () => openPalette({ kind: 'insert' }),
      openFind,
      openCitationMenu: openMenu,
      compositionEnded: () => {},
      escape: () => {
        if (tip) {
          setTip(null);
          return true;
        }
        if (quoteAtCursor && hiddenQuote !== quoteAtCursor.from) {
          setHiddenQuote(quoteAtCursor.from);
          return true;
        }
        if (find.open) {
          setFind((f) => ({ ...f, open: false }));
          return true;
        }
        return false;
      },
    });
  });

  const focusTextSoon = (run: () => void = () => editor.view.focus()) => {
    afterRender.current = run;
  };

  /** Runs `fn` with the Edit panel showing (switching to it first if the preview is up). */
  const inEditView = (fn: () => void) => {
    if (view === 'edit') {
      fn();
      return;
    }
    afterRender.current = fn;
    setView('edit');
  };

  // Fields

  function setField(name: keyof DraftMetaFields, value: string) {
    const clean = value.replace(CONTROL, ' ').slice(0, FIELD_LIMITS[name]);
    session.setFields({ ...snapshot.fields, [name]: clean });
  }

  // Chips: hover and focus show what a citation cites; Enter or a click opens its settings.

  function clearTipTimer() {
    if (tipTimer.current !== null) window.clearTimeout(tipTimer.current);
    tipTimer.current = null;
  }

  function onMouseOver(event: MouseEvent) {
    const chip = chipOf(event.target);
    if (!chip) return;
    const pos = chipPosition(chip);
    if (pos === null) return;
    clearTipTimer();
    tipTimer.current = window.setTimeout(() => setTip({ pos, anchor: chip.getBoundingClientRect(), via: 'hover' }), 250);
  }

  function onMouseOut(event: MouseEvent) {
    if (!chipOf(event.target)) return;
    clearTipTimer();
    tipTimer.current = window.setTimeout(() => setTip((t) => (t?.via === 'hover' ? null : t)), 200);
  }

  function onFocusIn(event: FocusEvent) {
    const chip = chipOf(event.target);
    if (!chip || event.target !== chip) return;
    const pos = chipPosition(chip);
    if (pos === null) return;
    chip.setAttribute('aria-describedby', `${ids}-chip-tip`);
    setTip({ pos, anchor: chip.getBoundingClientRect(), via: 'focus' });
  }

  function onFocusOut(event: FocusEvent) {
    const chip = chipOf(event.target);
    if (!chip) return;
    chip.removeAttribute('aria-describedby');
    setTip((t) => (t?.via === 'focus' ? null : t));
  }

  function onChipClick(event: MouseEvent) {
    const chip = chipOf(event.target);
    if (!chip) return;
    const pos = chipPosition(chip);
    if (pos === null) return;
    event.preventDefault();
    editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pos)));
    openMenu(pos);
  }

  /** Keys on a chip that has focus itself (reached with Tab). */
  function onChipKeyDown(event: KeyboardEvent) {
    const chip = chipOf(event.target);
    if (!chip || event.target !== chip) return;
    const pos = chipPosition(chip);
    if (pos === null) return;
    const caret = (at: number) => {
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)));
      editor.view.focus();
    };
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        openMenu(pos);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        setTip(null);
        selectChip(editor.view, pos);
        break;
      case 'ArrowLeft':
        event.preventDefault();
        caret(pos);
        break;
      case 'ArrowRight':
        event.preventDefault();
        caret(pos + 1);
        break;
      case 'Backspace':
      case 'Delete':
        event.preventDefault();
        setTip(null);
        removeCitation(editor, pos);
        editor.view.focus();
        break;
    }
  }

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

  async function back(then: () => void = () => onBack(session.getSnapshot().meta)) {
    setLeaving('saving');
    const saved = await session.flush();
    if (saved) then();
    else setLeaving('failed');
  }

  const review = (citationKey?: string) => back(() => onReview?.(citationKey));

  // The package holds what is saved: save first, then choose the editor (the draft stays open).
  async function openSend() {
    setSendError(null);
    setLeaving('saving');
    const saved = await session.flush();
    setLeaving('no');
    if (saved) setSending(true);
    else setSendError('The last save did not finish, so nothing was sent. Wait for “Saved” below, then try again.');
  }

  function closeSend() {
    // The button was disabled while saving, so the dialog may not have seen it focused.
    afterRender.current = () => sendButton.current?.focus();
    setSending(false);
  }

  const preview = useMemo(() => {
    if (view !== 'preview') return null;
    return buildPublishable(snapshot.fields, editor.getJSON() as DocNode, context.statements, context.labels);
  }, [view, snapshot.fields, editor, context]);

  const meta = snapshot.meta;
  const manualStatus = MANUAL_STATUSES.includes(meta.status);
  const activeChip = tip?.pos ?? selectedChip;
  const showQuoteTip = quoteAtCursor && hiddenQuote !== quoteAtCursor.from && view === 'edit' && !palette && menuPos === null;
  const tabs = [
    { key: 'edit' as const, label: 'Edit' },
    { key: 'preview' as const, label: 'Preview' },
  ];

  return (
    <article className="draft-screen" aria-labelledby={`${ids}-heading`}>
      <h1 id={`${ids}-heading`} className="visually-hidden">
        {snapshot.fields.title.trim() || 'Untitled draft'}
      </h1>
      <div className="draft-topbar">
        <button type="button" className="link-button back-link" disabled={leaving === 'saving'} onClick={() => void back()}>
          Back to drafts
        </button>
        <div role="tablist" aria-label="View" className="view-tabs">
          {tabs.map((tab, index) => (
            <button
              key={tab.key}
              type="button"
              role="tab"
              id={`${ids}-tab-${tab.key}`}
              aria-selected={view === tab.key}
              aria-controls={`${ids}-panel-${tab.key}`}
              tabIndex={view === tab.key ? 0 : -1}
              className="view-tab"
              onClick={() => setView(tab.key)}
              onKeyDown={(event) => {
                if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
                event.preventDefault();
                const next = tabs[(index + 1) % tabs.length]!;
                setView(next.key);
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
            onChange={(event) => void session.setStatus(event.target.value as DraftStatus)}
          >
            {(manualStatus ? MANUAL_STATUSES : [meta.status]).map((status) => (
              <option key={status} value={status}>
                {DRAFT_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
          {!manualStatus ? (
            <span id={`${ids}-status-hint`} className="field-hint">
              Set by {meta.status === 'approved' ? 'an editor’s sign-off' : 'an export'}.
            </span>
          ) : null}
        </div>
        <div className="draft-topbar-actions">
          {onReview ? (
            <button type="button" className="button button-secondary button-small" disabled={leaving === 'saving'} onClick={() => void review()}>
              Review
            </button>
          ) : null}
          <button ref={sendButton} type="button" className="button button-secondary button-small" disabled={leaving === 'saving'} onClick={() => void openSend()}>
            Send for review…
          </button>
          {onExport ? (
            <button type="button" className="button button-secondary button-small draft-export" disabled={leaving === 'saving'} onClick={() => void back(onExport)}>
              Export…
            </button>
          ) : null}
        </div>
      </div>
      <FormError message={snapshot.statusError ?? sendError} />

      <div className="draft-columns">
        <div className="draft-main">
          <div
            role="tabpanel"
            id={`${ids}-panel-edit`}
            aria-labelledby={`${ids}-tab-edit`}
            hidden={view !== 'edit'}
            className="draft-edit"
          >
            <div className="draft-fields">
              {(['title', 'dateline', 'byline'] as const).map((name) => (
                <div key={name} className={`field draft-field draft-field-${name}`}>
                  <label className="field-label" htmlFor={`${ids}-${name}`}>
                    {name === 'title' ? 'Title' : name === 'dateline' ? 'Dateline' : 'Byline'}
                  </label>
                  <input
                    ref={(element) => {
                      fieldRefs.current[name] = element;
                    }}
                    id={`${ids}-${name}`}
                    className="input"
                    value={snapshot.fields[name]}
                    maxLength={FIELD_LIMITS[name]}
                    autoComplete="off"
                    placeholder={name === 'title' ? 'Untitled draft' : name === 'dateline' ? 'SEOUL' : 'By …'}
                    onChange={(event) => setField(name, event.target.value)}
                  />
                </div>
              ))}
            </div>
            <EditorToolbar editor={editor} onLink={() => setLinkOpen(true)} onInsertCitation={() => openPalette({ kind: 'insert' })} />
            {find.open ? <FindBar editor={editor} focusRequest={find.request} onClose={() => setFind((f) => ({ ...f, open: false }))} /> : null}
            <div
              className="editor-surface"
              onMouseOver={onMouseOver}
              onMouseOut={onMouseOut}
              onFocus={onFocusIn}
              onBlur={onFocusOut}
              onClick={onChipClick}
              onKeyDown={onChipKeyDown}
            >
              <EditorContent editor={editor} />
            </div>
          </div>
          <div role="tabpanel" id={`${ids}-panel-preview`} aria-labelledby={`${ids}-tab-preview`} hidden={view !== 'preview'} className="draft-preview">
            {preview ? <ReaderPreview document={preview} /> : null}
          </div>
          <footer className="status-bar">
            <span className="status-words">{formatCount(snapshot.wordCount, 'word')}</span>
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
        </div>
        <div className="draft-side">
          {onReview ? <ReviewNotice key={meta.status} draftId={meta.id} bodyRevision={meta.bodyRevision} onOpenReview={(key) => void review(key)} /> : null}
          <LeaksPanel
            report={report}
            scanning={snapshot.scanning}
            error={snapshot.scanError}
            goneIndexes={goneSet}
            onShow={(index) => {
              const finding = report?.findings[index];
              if (!finding) return;
              if (finding.field === 'body') {
                const range = leakRange(editor.state, index);
                if (range) inEditView(() => showRange(editor, range.from, range.to));
                return;
              }
              const input = fieldRefs.current[finding.field as keyof DraftMetaFields];
              if (!input) return;
              inEditView(() => {
                input.focus();
                input.setSelectionRange(finding.from, finding.to);
              });
            }}
            onDismiss={(finding, reason) => session.dismiss(finding, reason)}
          />
          <QuotesPanel
            quotes={changedQuotes}
            onShow={(quote) => inEditView(() => showRange(editor, quote.from, quote.to))}
            onRestore={(quote) => restoreQuote(editor, quote)}
          />
        </div>
      </div>

      {activeChip !== null && view === 'edit' && !palette && menuPos === null ? (
        <CitationPopover
          id={`${ids}-chip-tip`}
          editor={editor}
          context={context}
          pos={activeChip}
          anchor={tip?.anchor ?? coordsAt(editor, activeChip)}
          onPointerEnter={clearTipTimer}
          onPointerLeave={() => setTip((t) => (t?.via === 'hover' ? null : t))}
        />
      ) : null}
      {showQuoteTip ? <QuotePopover editor={editor} quote={quoteAtCursor} anchor={coordsAt(editor, quoteAtCursor.to)} /> : null}

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
      {linkOpen ? (
        <LinkDialog
          editor={editor}
          onClose={() => {
            focusTextSoon();
            setLinkOpen(false);
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
      {sending ? (
        <SendReviewDialog
          draftId={meta.id}
          onClose={closeSend}
          onSent={(message) => {
            closeSend();
            frame?.notify(message);
            void session.refreshStatus();
          }}
          onOpenPeople={frame ? () => frame.navigate({ page: 'people' }) : undefined}
        />
      ) : null}
      {leaving === 'failed' ? (
        <LeaveDialog
          message={saveState.kind === 'retrying' || saveState.kind === 'conflict' ? saveState.message : 'The last save did not finish.'}
          onStay={() => setLeaving('no')}
          onLeave={() => onBack(session.getSnapshot().meta)}
        />
      ) : null}
    </article>
  );
}
