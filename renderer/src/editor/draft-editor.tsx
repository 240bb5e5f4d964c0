import { EditorContent } from '@tiptap/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { buildPublishable } from '../../../common/document/publishable';
import type { DocNode, Draft, DraftMeta } from '../../../common/domain/draft';
import { draftLanguageOf } from '../../../common/domain/language';
import { callApi } from '../api';
import { useRequest } from '../app/use-request';
import { FormError } from '../components/form-error';
import { DraftFields, type FieldInputs } from './draft-fields';
import { DraftOverlays } from './draft-overlays';
import { DraftSidePanels, DraftStatusBar } from './draft-panels';
import { DraftTopbar } from './draft-topbar';
import { TranslateDialog } from './translate-dialog';
import { ConflictCopyNote } from './conflict-copy-note';
import { EditorToolbar } from './editor-toolbar';
import { FindBar } from './find-bar';
import { ReaderPreview } from './reader-preview';
import { useDraftSession } from './use-draft-session';
import { useEditorCommands, type EditorView } from './use-editor-commands';
import { useStickyChrome } from './use-sticky-chrome';
import { useT } from '../i18n/use-t';
import '../styles/prosemirror.css';
import '../styles/drafts-list.css';
import '../styles/editor-screen.css';
import '../styles/editor-text.css';
import '../styles/editor-side-panel.css';
import '../styles/editor-popovers.css';
import '../styles/reader-preview.css';

// The editor screen: opens a draft, then lays out its parts. Each part keeps its logic in its own
// file; this one only hands them the same session, editor and commands.

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
  /** Opens another draft (a linked translation just made). */
  onOpenDraft?: ((draft: Draft) => void) | undefined;
  /** Counts requests to leave from outside (the main nav's Drafts): each one leaves as Back does. */
  leaveRequest?: number | undefined;
}

type LoadState = { phase: 'loading' } | { phase: 'ready'; draft: Draft } | { phase: 'failed'; message: string };

/** Opens a draft: fetches it, then shows the editor screen. */
export function DraftEditor({ draftId, initialDraft, onBack, onExport, onReview, onOpenDraft, leaveRequest }: DraftEditorProps) {
  const t = useT();
  const [load, setLoad] = useState<LoadState>(initialDraft ? { phase: 'ready', draft: initialDraft } : { phase: 'loading' });
  // Still opening (or failed): nothing to save. Once open, the editor screen answers instead.
  useRequest(leaveRequest, () => {
    if (load.phase !== 'ready') onBack(null);
  });

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
          {t('editor.back')}
        </button>
        {load.phase === 'loading' ? (
          <p role="status">{t('editor.opening')}</p>
        ) : (
          <p role="alert" className="form-error">
            {load.message}
          </p>
        )}
      </article>
    );
  }
  return (
    <EditorScreen
      key={load.draft.meta.id}
      draft={load.draft}
      onBack={onBack}
      onExport={onExport}
      onReview={onReview}
      onOpenDraft={onOpenDraft}
      leaveRequest={leaveRequest}
    />
  );
}

interface EditorScreenProps {
  draft: Draft;
  onBack: (meta: DraftMeta | null) => void;
  onExport?: (() => void) | undefined;
  onReview?: DraftEditorProps['onReview'];
  onOpenDraft?: DraftEditorProps['onOpenDraft'];
  leaveRequest?: number | undefined;
}

function EditorScreen({ draft, onBack, onExport, onReview, onOpenDraft, leaveRequest }: EditorScreenProps) {
  const { host, session, editor, snapshot, context, saveState, saveText, leaving, stay, saveThen, saveNow } = useDraftSession(draft);
  const t = useT();
  const [view, setView] = useState<EditorView>('edit');
  const [checksHidden, setChecksHidden] = useState(false);
  const [translating, setTranslating] = useState(false);
  const fieldInputs = useRef<FieldInputs>({});
  const ids = useId();
  const screen = useRef<HTMLElement>(null);
  const topbar = useRef<HTMLDivElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const statusBar = useRef<HTMLElement>(null);
  useStickyChrome(editor, { screen, topbar, toolbar, statusBar });

  // First focus: the title of a new draft, otherwise the text.
  useEffect(() => {
    if (!draft.meta.title) fieldInputs.current.title?.focus();
    else editor.commands.focus('start');
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const commands = useEditorCommands({ editor, host, view, setView, tipId: `${ids}-chip-tip`, saveNow });

  const leave = () => onBack(session.getSnapshot().meta);
  // The main nav's Drafts leaves like "Back to drafts": everything saved first, or the reporter asked.
  useRequest(leaveRequest, () => {
    if (leaving !== 'saving') void saveThen(leave);
  });
  const review = (citationKey?: string) => saveThen(() => onReview?.(citationKey));

  const preview = useMemo(() => {
    if (view !== 'preview') return null;
    return buildPublishable({ ...snapshot.fields, language: context.language }, editor.getJSON() as DocNode, context.statements, context.labels);
  }, [view, snapshot.fields, editor, context]);

  return (
    <article ref={screen} className={`draft-screen${checksHidden ? ' draft-checks-hidden' : ''}`} aria-labelledby={`${ids}-heading`}>
      <h1 id={`${ids}-heading`} className="visually-hidden">
        {snapshot.fields.title.trim() || t('editor.untitled')}
      </h1>
      <DraftTopbar
        ids={ids}
        barRef={topbar}
        view={view}
        onView={setView}
        meta={snapshot.meta}
        saving={leaving === 'saving'}
        onBack={() => void saveThen(leave)}
        onStatus={(status) => void session.setStatus(status)}
        onReview={onReview ? () => void review() : undefined}
        onSend={() => void commands.openSend()}
        sendButton={commands.sendButton}
        onExport={onExport ? () => void saveThen(onExport) : undefined}
        onTranslate={onOpenDraft ? () => void saveThen(() => setTranslating(true)) : undefined}
      />
      {translating && onOpenDraft ? (
        <TranslateDialog draftId={draft.meta.id} language={draftLanguageOf(snapshot.meta)} onClose={() => setTranslating(false)} onCreated={onOpenDraft} />
      ) : null}
      <FormError message={snapshot.statusError ?? commands.sendError} />
      {snapshot.meta.conflictCopy ? <ConflictCopyNote copy={snapshot.meta.conflictCopy} /> : null}

      <div className="draft-columns">
        <div className="draft-main">
          <div role="tabpanel" id={`${ids}-panel-edit`} aria-labelledby={`${ids}-tab-edit`} hidden={view !== 'edit'} className="draft-edit">
            <DraftFields
              ids={ids}
              fields={snapshot.fields}
              inputsRef={fieldInputs}
              onChange={(fields) => session.setFields(fields)}
              language={draftLanguageOf(snapshot.meta)}
              onLanguage={(language) => void session.setLanguage(language)}
            />
            <EditorToolbar toolbarRef={toolbar} editor={editor} onLink={() => commands.setLinkOpen(true)} onInsertCitation={() => commands.openPalette({ kind: 'insert' })} />
            {commands.find.open ? <FindBar editor={editor} focusRequest={commands.find.request} onClose={commands.closeFind} /> : null}
            <div className="editor-surface" {...commands.tips.surfaceHandlers}>
              <EditorContent editor={editor} />
            </div>
          </div>
          <div role="tabpanel" id={`${ids}-panel-preview`} aria-labelledby={`${ids}-tab-preview`} hidden={view !== 'preview'} className="draft-preview">
            {preview ? <ReaderPreview document={preview} /> : null}
          </div>
          <DraftStatusBar
            barRef={statusBar}
            editor={editor}
            wordCount={snapshot.wordCount}
            saveState={saveState}
            saveText={saveText}
            leakCount={snapshot.report?.openCount ?? null}
            checksId={`${ids}-checks`}
            checksShown={!checksHidden}
            onShowChecks={() => setChecksHidden((hidden) => !hidden)}
          />
        </div>
        <DraftSidePanels
          id={`${ids}-checks`}
          collapsed={checksHidden}
          onCollapse={() => {
            setChecksHidden(true);
            // The button that was focused is gone with the column: focus goes to the one that brings it back.
            statusBar.current?.querySelector<HTMLButtonElement>('.status-checks')?.focus();
          }}
          editor={editor}
          session={session}
          snapshot={snapshot}
          fieldInputs={fieldInputs}
          inEditView={commands.inEditView}
          onOpenReview={onReview ? (key) => void review(key) : undefined}
        />
      </div>

      <DraftOverlays
        ids={ids}
        view={view}
        editor={editor}
        context={context}
        session={session}
        snapshot={snapshot}
        saveState={saveState}
        leaving={leaving}
        commands={commands}
        onStay={stay}
        onLeave={leave}
      />
    </article>
  );
}
