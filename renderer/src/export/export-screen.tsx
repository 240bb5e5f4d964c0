import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { DraftMeta } from '../../../common/domain/draft';
import type { DraftImage } from '../../../common/domain/draft-image';
import type { ExportPreview } from '../../../common/domain/export-result';
import type { LeakReportFinding } from '../../../common/domain/leak-report';
import { EXPORT_FORMATS, type ExportFormat } from '../../../common/export/export-format';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { ScreenHeading } from '../components/screen-heading';
import { StatusBadge } from '../components/status-badge';
import { DraftImages } from './draft-images';
import { ExportFindings } from './export-findings';
import { LeakRefusal } from './leak-refusal';
import { OverrideDialog } from './override-dialog';
import { WithheldFindings } from '../components/withheld-findings';
import { WordPressPanel } from './wordpress-panel';
import { ReaderPreview } from '../editor/reader-preview';
import { useT } from '../i18n/use-t';
import '../styles/export.css';
import '../styles/reader-preview.css';

// Export a draft: choose the format and whether it is final, see the story as a reader will (the
// file's exact text on request), and write it (the leak gate may refuse; "Export anyway" needs a
// reason). A working copy says so: in its file names, on this screen, and with a warning while
// citations are flagged or not yet approved. WordPress publishing sits at the bottom.

interface ExportScreenProps {
  draftId: string;
  backLabel: string;
  onBack: () => void;
}

type Outcome = { kind: 'none' } | { kind: 'done'; message: string } | { kind: 'cancelled' } | { kind: 'refused'; findings: LeakReportFinding[]; withheld: number };

/** The editor's review of the draft, as far as a working copy must warn about it. */
interface ReviewState {
  flagged: number;
  open: number;
}

async function fetchReviewState(draftId: string): Promise<ReviewState | null> {
  const result = await callApi((api) => api.getReview({ subject: { draftId } }));
  return result.ok ? { flagged: result.value.counts.flagged, open: result.value.counts.open } : null;
}

const fileNameOf = (file: string) => file.split(/[\\/]/).pop() ?? file;

type LoadedDraft = { meta: DraftMeta; images: DraftImage[] } | { error: string };

async function fetchDraft(draftId: string): Promise<LoadedDraft> {
  const [draft, list] = await Promise.all([callApi((api) => api.getDraft({ id: draftId })), callApi((api) => api.listDraftImages({ draftId }))]);
  if (!draft.ok) return { error: draft.error.message };
  if (!list.ok) return { error: list.error.message };
  return { meta: draft.value.meta, images: list.value };
}

export function ExportScreen({ draftId, backLabel, onBack }: ExportScreenProps) {
  const t = useT();
  const ids = useId();
  const [review, setReview] = useState<ReviewState | null>(null);
  const [showSource, setShowSource] = useState(false);
  const [meta, setMeta] = useState<DraftMeta | null>(null);
  const [images, setImages] = useState<DraftImage[]>([]);
  const [format, setFormat] = useState<ExportFormat>('html');
  const [final, setFinal] = useState(false);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  /** Bumped after held-back findings were shown with the passphrase: the preview scans again. */
  const [revealed, setRevealed] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  // The result is said where the user is looking: the status line is brought into view.
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome.kind !== 'none') statusRef.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  const [overriding, setOverriding] = useState(false);
  const [overrideError, setOverrideError] = useState<string | null>(null);
  const refusedHeading = useRef<HTMLHeadingElement>(null);

  const applyDraft = useCallback((loaded: LoadedDraft) => {
    if ('error' in loaded) return setLoadError(loaded.error);
    setMeta(loaded.meta);
    setImages(loaded.images);
  }, []);
  const loadDraft = useCallback(async () => applyDraft(await fetchDraft(draftId)), [applyDraft, draftId]);

  useEffect(() => {
    let live = true;
    void fetchDraft(draftId).then((loaded) => {
      if (live) applyDraft(loaded);
    });
    void fetchReviewState(draftId).then((state) => {
      if (live) setReview(state);
    });
    return () => {
      live = false;
    };
  }, [applyDraft, draftId]);

  // The preview follows the format, the kind (a working copy's names say so) and the images
  // (captions are part of the text).
  useEffect(() => {
    let live = true;
    void callApi((api) => api.previewExport({ draftId, format, final })).then((result) => {
      if (!live) return;
      if (result.ok) {
        setPreview(result.value);
        setLoadError(null);
      } else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [draftId, format, final, images, revealed]);

  useEffect(() => {
    if (outcome.kind === 'refused') refusedHeading.current?.focus();
  }, [outcome]);

  function afterReveal() {
    setOutcome({ kind: 'none' });
    setRevealed((n) => n + 1);
  }

  async function runExport(overrideReason?: string) {
    setBusy(true);
    setError(null);
    setOverrideError(null);
    const result = await callApi((api) => api.exportDraft({ draftId, format, final, ...(overrideReason ? { override: { reason: overrideReason } } : {}) }));
    setBusy(false);
    if (!result.ok) {
      if (overrideReason) setOverrideError(result.error.message);
      else setError(result.error.message);
      return;
    }
    const value = result.value;
    setOverriding(false);
    if (value.status === 'cancelled') {
      setOutcome({ kind: 'cancelled' });
    } else if (value.status === 'refused') {
      setOutcome({ kind: 'refused', findings: value.findings, withheld: value.withheld });
    } else {
      const names = value.files.map(fileNameOf).join(', ');
      const parts = [
        t(value.overridden ? 'export.done.overridden' : 'export.done', { names, folder: value.folder }),
        value.renamed ? t('export.done.renamed') : '',
        value.final ? t('export.done.final') : t('export.done.workingCopy'),
      ];
      setOutcome({ kind: 'done', message: parts.filter(Boolean).join(' ') });
      if (value.final) void loadDraft();
    }
  }

  const title = meta?.title.trim() || t('editor.untitled');
  const finalAllowed = preview?.finalAllowed ?? false;
  const open = preview ? preview.findings.filter((f) => !f.dismissed && f.severity !== 'low') : [];
  const finalHint = finalAllowed ? [t('export.final.hint'), meta?.selfApproved ? t('export.final.selfApproved') : null].filter(Boolean).join(' ') : t('export.final.needsApproval');
  // A working copy goes out at any stage; it warns while the review has not cleared every citation.
  const unreviewed = !final && review && (review.flagged > 0 || review.open > 0) ? review : null;

  return (
    <article className="page page-wide export-screen">
      <button type="button" className="link-button back-link" onClick={onBack}>
        {backLabel}
      </button>
      <div className="page-head">
        <ScreenHeading className="page-title">{t('export.heading', { title })}</ScreenHeading>
        {meta ? <StatusBadge status={meta.status} selfApproved={meta.selfApproved} /> : null}
        {!final ? <span className="badge badge-working-copy">{t('export.workingCopy.badge')}</span> : null}
      </div>
      <p className="page-subtitle">{t('export.subtitle')}</p>
      <FormError message={loadError} />

      <div className="export-layout">
        <div className="export-controls">
          <section className="panel" aria-labelledby={`${ids}-options`}>
            <h2 id={`${ids}-options`} className="panel-title">
              {t('export.options')}
            </h2>
            <fieldset className="field choice-group">
              <legend className="field-label">{t('export.format')}</legend>
              <div className="choice-column">
                {EXPORT_FORMATS.map((f) => (
                  <label key={f} className="choice">
                    <input type="radio" name={`${ids}-format`} value={f} checked={format === f} onChange={() => {
                        setFormat(f);
                        setOutcome({ kind: 'none' });
                      }} />
                    {t(`export.format.${f}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="field choice-group">
              <legend className="field-label">{t('export.kind')}</legend>
              <div className="choice-column">
                <label className="choice">
                  <input type="radio" name={`${ids}-kind`} checked={!final} onChange={() => {
                      setFinal(false);
                      setOutcome({ kind: 'none' });
                    }} />
                  {t('export.kind.workingCopy')}
                </label>
                <label className="choice">
                  <input type="radio" name={`${ids}-kind`} checked={final} disabled={!finalAllowed} aria-describedby={`${ids}-final-hint`} onChange={() => {
                      setFinal(true);
                      setOutcome({ kind: 'none' });
                    }} />
                  {t('export.kind.final')}
                </label>
              </div>
              <p id={`${ids}-final-hint`} className="field-hint">
                {finalHint}
              </p>
            </fieldset>
            {unreviewed ? (
              <div className="form-warning export-review-warning" role="note" aria-label={t('export.workingCopy.warningLabel')}>
                <p>{t('export.workingCopy.warning', { flagged: unreviewed.flagged, open: unreviewed.open })}</p>
                <p className="field-hint">{t('export.workingCopy.warningHint')}</p>
              </div>
            ) : null}
            <FormError message={error} />
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={busy || !preview} onClick={() => void runExport()}>
                {t('export.run')}
              </button>
            </div>
            <p ref={statusRef} role="status" aria-live="polite" className={`form-status export-status${outcome.kind === 'cancelled' ? ' export-status-neutral' : ''}`}>
              {busy ? t('export.busy') : outcome.kind === 'done' ? outcome.message : outcome.kind === 'cancelled' ? t('export.cancelled') : ''}
            </p>
          </section>

          {outcome.kind === 'refused' ? (
            <LeakRefusal findings={outcome.findings} withheld={outcome.withheld} draftId={draftId} onRevealed={afterReveal} headingId={`${ids}-refused`} headingRef={refusedHeading} action="export" onOverride={() => setOverriding(true)} />
          ) : open.length > 0 || (preview?.withheld ?? 0) > 0 ? (
            <section className="panel export-warning" aria-labelledby={`${ids}-open`}>
              <ExportFindings findings={open} headingId={`${ids}-open`} title={t('export.leaks', { count: open.length + (preview?.withheld ?? 0) })} />
              <WithheldFindings draftId={draftId} count={preview?.withheld ?? 0} onRevealed={afterReveal} />
              <p className="field-hint">{t('export.leaks.hint')}</p>
            </section>
          ) : null}

          <DraftImages draftId={draftId} images={images} onChange={setImages} />
        </div>

        <section className="panel export-preview" aria-labelledby={`${ids}-preview`}>
          <div className="export-preview-head">
            <h2 id={`${ids}-preview`} className="panel-title">
              {t('export.preview')}
            </h2>
            {preview ? (
              <button type="button" className="button button-secondary button-small" aria-pressed={showSource} onClick={() => setShowSource((shown) => !shown)}>
                {preview.format === 'docx' ? t('export.preview.showWords') : t('export.preview.showSource')}
              </button>
            ) : null}
          </div>
          {preview ? (
            <>
              <p className="export-files">
                {t('export.writes')} <strong className="export-file-name">{preview.fileName}</strong>
                {preview.images.length ? <> {t('export.writes.and', { names: preview.images.map((i) => i.fileName).join(', ') })}</> : null}
              </p>
              {!preview.final ? <p className="field-hint export-working-note">{t('export.workingCopy.names')}</p> : null}
              {showSource ? (
                <>
                  {preview.format === 'docx' ? <p className="field-hint">{t('export.preview.docxHint')}</p> : null}
                  <pre className="export-text" tabIndex={0} aria-label={t('export.preview.source', { name: preview.fileName })}>
                    {preview.text}
                  </pre>
                </>
              ) : (
                <div
                  // Scrolls on its own: a Tab stop, so the story can be read with the keyboard.
                  tabIndex={0}
                  role="region"
                  aria-label={t('export.preview.rendered')}
                  className={`export-rendered${preview.final ? '' : ' export-rendered-working'}`}
                  data-marker={preview.final ? undefined : t('export.workingCopy.badge')}>
                  <ReaderPreview document={preview.document} titleLevel={3} />
                </div>
              )}
            </>
          ) : (
            <p role="status">{t('export.preview.preparing')}</p>
          )}
        </section>
      </div>

      <section className="panel export-wordpress" aria-labelledby={`${ids}-wordpress`}>
        <h2 id={`${ids}-wordpress`} className="panel-title">
          {t('export.wordpress')}
        </h2>
        {meta ? <WordPressPanel draftId={draftId} draftStatus={meta.status} onPublished={() => void loadDraft()} /> : null}
      </section>

      {overriding && outcome.kind === 'refused' ? (
        <OverrideDialog count={outcome.findings.length} busy={busy} error={overrideError} onConfirm={(reason) => void runExport(reason)} onCancel={() => setOverriding(false)} />
      ) : null}
    </article>
  );
}
