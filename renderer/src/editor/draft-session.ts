import type { Editor } from '@tiptap/core';
import { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';
import type { ApiResult } from '../../../common/api/errors';
import type { LeakReport, LeakReportFinding } from '../../../common/domain/leak-report';
import type { DocNode, Draft, DraftMeta, DraftMetaFields, DraftStatus } from '../../../common/domain/draft';
import { draftLanguageOf, type DraftLanguage } from '../../../common/domain/language';
import { callApi } from '../api';
import { registerBeforeLock } from './before-lock';
import { citationLabelsKey } from './extensions/citation-labels';
import { CheckpointMappings, leakDecorations, leakHighlightsKey } from './extensions/leak-highlights';
import { CitationStore } from './citation-store';
import { Autosaver, type SaveState } from './use-autosave';
import { pmWordCount } from './word-count';

// One open draft outside React: its two autosavers (body and title/dateline/byline), the leak
// report and the citation data. The React screen renders its snapshot; ProseMirror feeds it
// transactions. Living outside React keeps the save logic free of stale closures and lets a
// save finish after the screen has gone.

/** Meta on transactions that replace the document with the saved version: not an edit. */
export const NOT_AN_EDIT = 'shieldnote:notAnEdit';

const WORD_COUNT_DELAY_MS = 300;

export interface SessionSnapshot {
  meta: DraftMeta;
  fields: DraftMetaFields;
  wordCount: number;
  report: LeakReport | null;
  scanning: boolean;
  scanError: string | null;
  statusError: string | null;
  conflictBusy: boolean;
  conflictError: string | null;
}

interface BodySnapshot {
  doc: DocNode;
  token: number;
}

export class DraftSession {
  readonly id: string;
  readonly checkpoints: CheckpointMappings;
  readonly citations = new CitationStore();
  readonly body: Autosaver<BodySnapshot>;
  readonly metaSaver: Autosaver<DraftMetaFields>;

  private editor: Editor | null = null;
  private revision: number;
  private lastDoc: DocNode;
  private state: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private scanInFlight = false;
  private scanAgain = false;
  private citationsLoaded = false;
  private wordTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(draft: Draft) {
    this.id = draft.meta.id;
    this.revision = draft.meta.bodyRevision;
    this.lastDoc = draft.body;
    this.checkpoints = new CheckpointMappings(draft.meta.bodyRevision);
    const { title, dateline, byline } = draft.meta;
    this.state = {
      meta: draft.meta,
      fields: { title, dateline, byline },
      wordCount: draft.meta.wordCount,
      report: null,
      scanning: false,
      scanError: null,
      statusError: null,
      conflictBusy: false,
      conflictError: null,
    };
    this.citations.setLanguage(draftLanguageOf(draft.meta));

    this.body = new Autosaver<BodySnapshot>({
      snapshot: () => {
        const editor = this.editor;
        if (editor && !editor.isDestroyed) this.lastDoc = editor.getJSON() as DocNode;
        return { doc: this.lastDoc, token: this.checkpoints.snapshot() };
      },
      write: (snapshot) => callApi((api) => api.saveDraftBody({ id: this.id, baseRevision: this.revision, body: snapshot.doc })),
      settled: (snapshot, result) => {
        if (result.ok) {
          const meta = result.value as DraftMeta;
          this.revision = meta.bodyRevision;
          this.checkpoints.saved(snapshot.token, meta.bodyRevision);
          this.update({ meta: { ...meta, ...this.state.fields } });
          void this.scan();
        } else {
          this.checkpoints.dropped(snapshot.token);
        }
      },
    });

    this.metaSaver = new Autosaver<DraftMetaFields>({
      debounceMs: 600,
      snapshot: () => ({ ...this.state.fields }),
      write: (fields) => callApi((api) => api.saveDraftMeta({ id: this.id, ...fields })),
      settled: (_fields, result) => {
        if (!result.ok) return;
        const meta = result.value as DraftMeta;
        this.update({ meta: { ...meta, bodyRevision: Math.max(meta.bodyRevision, this.state.meta.bodyRevision), ...this.state.fields } });
        void this.scan();
      },
    });
  }

  readonly getSnapshot = (): SessionSnapshot => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private update(patch: Partial<SessionSnapshot>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  get saveStates(): SaveState[] {
    return [this.body.getState(), this.metaSaver.getState()];
  }

  /** Connects the session to its editor; returns the function that disconnects it. */
  attach(editor: Editor): () => void {
    this.editor = editor;
    this.body.revive();
    this.metaSaver.revive();

    const onTransaction = ({ transaction, appendedTransactions }: { transaction: Transaction; appendedTransactions: Transaction[] }) => {
      let edited = false;
      for (const tr of [transaction, ...appendedTransactions]) {
        if (!tr.docChanged) continue;
        this.checkpoints.record(tr);
        if (!tr.getMeta(NOT_AN_EDIT)) edited = true;
      }
      if (!edited) return;
      this.body.changed();
      this.scheduleWordCount();
    };
    editor.on('transaction', onTransaction);

    const pushContext = () => {
      if (editor.isDestroyed) return;
      editor.view.dispatch(editor.state.tr.setMeta(citationLabelsKey, { context: this.citations.getContext() }).setMeta('addToHistory', false));
    };
    const unsubscribe = this.citations.subscribe(pushContext);
    if (this.citationsLoaded) pushContext();
    else {
      this.citationsLoaded = true;
      void this.citations.load(editor.getJSON() as DocNode);
    }

    const unregister = registerBeforeLock(() => this.flush());
    if (!this.state.report && !this.scanInFlight) void this.scan();
    this.update({ wordCount: pmWordCount(editor.state.doc) });

    return () => {
      editor.off('transaction', onTransaction);
      unsubscribe();
      unregister();
      if (this.wordTimer) clearTimeout(this.wordTimer);
      this.wordTimer = null;
      // The editor goes next: keep its text and let the last save finish in the background.
      void this.body.dispose();
      void this.metaSaver.dispose();
      this.editor = null;
    };
  }

  private scheduleWordCount() {
    if (this.wordTimer) clearTimeout(this.wordTimer);
    this.wordTimer = setTimeout(() => {
      this.wordTimer = null;
      const editor = this.editor;
      if (editor && !editor.isDestroyed) this.update({ wordCount: pmWordCount(editor.state.doc) });
    }, WORD_COUNT_DELAY_MS);
  }

  setFields(fields: DraftMetaFields) {
    this.update({ fields, meta: { ...this.state.meta, ...fields } });
    this.metaSaver.changed();
  }

  /** Saves everything now; true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    const [body, meta] = await Promise.all([this.body.flush(), this.metaSaver.flush()]);
    return body && meta;
  }

  async setStatus(status: DraftStatus): Promise<void> {
    const result = await callApi((api) => api.setDraftStatus({ id: this.id, status }));
    if (!result.ok) {
      this.update({ statusError: result.error.message });
      return;
    }
    this.update({ statusError: null, meta: { ...this.state.meta, status: result.value.status, updatedAt: result.value.updatedAt } });
  }

  /**
   * Writes the draft in another language: the chips re-render at once by its rules; main keeps
   * the choice (and reopens approvals whose attribution changed). A refusal puts the old one back.
   */
  async setLanguage(language: DraftLanguage): Promise<void> {
    const previous = draftLanguageOf(this.state.meta);
    if (language === previous) return;
    this.citations.setLanguage(language);
    this.update({ meta: { ...this.state.meta, language } });
    const result = await callApi((api) => api.setDraftLanguage({ id: this.id, language }));
    if (!result.ok) {
      this.citations.setLanguage(previous);
      this.update({ statusError: result.error.message, meta: { ...this.state.meta, language: previous } });
      return;
    }
    this.update({ statusError: null, meta: { ...this.state.meta, language: result.value.language ?? language, status: result.value.status, updatedAt: result.value.updatedAt } });
    void this.scan();
  }

  /** Main changed the status (sending a package puts a draft in review): show what it saved. */
  async refreshStatus(): Promise<void> {
    const result = await callApi((api) => api.getDraft({ id: this.id }));
    if (result.ok) this.update({ meta: { ...this.state.meta, status: result.value.meta.status } });
  }

  // Leak guard

  async scan(): Promise<void> {
    if (this.scanInFlight) {
      this.scanAgain = true;
      return;
    }
    this.scanInFlight = true;
    this.update({ scanning: true });
    const result = await callApi((api) => api.scanDraft({ id: this.id }));
    this.scanInFlight = false;
    if (result.ok) this.applyReport(result.value);
    this.update({ scanning: false, scanError: result.ok ? null : result.error.message });
    if (this.scanAgain) {
      this.scanAgain = false;
      void this.scan();
    }
  }

  private applyReport(report: LeakReport) {
    this.update({ report });
    const editor = this.editor;
    if (!editor || editor.isDestroyed) return;
    const mapping = this.checkpoints.forRevision(report.bodyRevision);
    // A report on a revision this editor never had (reloaded since) cannot be placed in the text.
    const set = mapping ? leakDecorations(editor.state, report.findings, mapping) : DecorationSet.empty;
    editor.view.dispatch(editor.state.tr.setMeta(leakHighlightsKey, set).setMeta('addToHistory', false));
  }

  /** A report main answered outside a scan (held-back findings shown with the passphrase). */
  showReport(report: LeakReport): void {
    this.applyReport(report);
  }

  /** Resolves to an error message, or null once dismissed (the answer replaces the report). */
  async dismiss(finding: LeakReportFinding, reason: string): Promise<string | null> {
    const result: ApiResult<LeakReport> = await callApi((api) => api.dismissFinding({ draftId: this.id, key: finding.key, reason }));
    if (!result.ok) return result.error.message;
    this.applyReport(result.value);
    return null;
  }

  // Conflict: the draft was saved elsewhere since this editor loaded it.

  async reloadSaved(): Promise<void> {
    this.update({ conflictBusy: true, conflictError: null });
    const result = await callApi((api) => api.getDraft({ id: this.id }));
    if (!result.ok) {
      this.update({ conflictBusy: false, conflictError: result.error.message });
      return;
    }
    const { meta, body } = result.value;
    const editor = this.editor;
    if (editor && !editor.isDestroyed) {
      const doc = PMNode.fromJSON(editor.schema, body);
      const tr = editor.state.tr.replaceWith(0, editor.state.doc.content.size, doc.content).setMeta(NOT_AN_EDIT, true).setMeta('addToHistory', false);
      editor.view.dispatch(tr);
      this.update({ wordCount: pmWordCount(editor.state.doc) });
    }
    this.lastDoc = body;
    this.revision = meta.bodyRevision;
    this.checkpoints.reset(meta.bodyRevision);
    this.body.discard();
    const { title, dateline, byline } = meta;
    this.update({ conflictBusy: false, meta, fields: { title, dateline, byline } });
    void this.citations.load(body);
    void this.scan();
  }

  async overwrite(): Promise<void> {
    this.update({ conflictBusy: true, conflictError: null });
    const result = await callApi((api) => api.getDraft({ id: this.id }));
    if (!result.ok) {
      this.update({ conflictBusy: false, conflictError: result.error.message });
      return;
    }
    this.revision = result.value.meta.bodyRevision;
    this.update({ conflictBusy: false });
    this.body.retryNow();
  }
}
