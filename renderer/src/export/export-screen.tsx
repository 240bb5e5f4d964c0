import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { DraftMeta } from '../../../common/domain/draft';
import type { DraftImage } from '../../../common/domain/draft-image';
import type { ExportPreview } from '../../../common/domain/export-result';
import type { LeakReportFinding } from '../../../common/domain/leak-report';
import { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, type ExportFormat } from '../../../common/export/export-format';
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
import '../styles/export.css';

// Export a draft: choose the format and whether it is final, see the exact text that will be
// written, and write it (the leak gate may refuse; "Export anyway" needs a reason). WordPress
// publishing sits at the bottom, under its own heading.

interface ExportScreenProps {
  draftId: string;
  backLabel: string;
  onBack: () => void;
}

type Outcome = { kind: 'none' } | { kind: 'done'; message: string; neutral?: boolean } | { kind: 'refused'; findings: LeakReportFinding[]; withheld: number };

const fileNameOf = (file: string) => file.split(/[\\/]/).pop() ?? file;

type LoadedDraft = { meta: DraftMeta; images: DraftImage[] } | { error: string };

async function fetchDraft(draftId: string): Promise<LoadedDraft> {
  const [draft, list] = await Promise.all([callApi((api) => api.getDraft({ id: draftId })), callApi((api) => api.listDraftImages({ draftId }))]);
  if (!draft.ok) return { error: draft.error.message };
  if (!list.ok) return { error: list.error.message };
  return { meta: draft.value.meta, images: list.value };
}

export function ExportScreen({ draftId, backLabel, onBack }: ExportScreenProps) {
  const ids = useId();
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
    return () => {
      live = false;
    };
  }, [applyDraft, draftId]);

  // The preview follows the format and the images (captions are part of the text).
  useEffect(() => {
    let live = true;
    void callApi((api) => api.previewExport({ draftId, format })).then((result) => {
      if (!live) return;
      if (result.ok) {
        setPreview(result.value);
        setLoadError(null);
      } else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [draftId, format, images, revealed]);

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
      // Nothing happened: said plainly, not in the colour of a success.
      setOutcome({ kind: 'done', message: 'Export cancelled: no folder was chosen.', neutral: true });
    } else if (value.status === 'refused') {
      setOutcome({ kind: 'refused', findings: value.findings, withheld: value.withheld });
    } else {
      const names = value.files.map(fileNameOf);
      const renamed = value.renamed ? ' Files of the same names were already there and were kept: nothing was replaced.' : '';
      setOutcome({ kind: 'done', message: `Exported ${names.join(', ')} to ${value.folder}${value.overridden ? ' despite the leak findings (noted in the audit log)' : ''}.${renamed}${value.final ? ' The draft is marked exported.' : ''}` });
      if (value.final) void loadDraft();
    }
  }

  const title = meta?.title.trim() || 'Untitled draft';
  const finalAllowed = preview?.finalAllowed ?? false;
  const open = preview ? preview.findings.filter((f) => !f.dismissed && f.severity !== 'low') : [];

  return (
    <article className="page page-wide export-screen">
      <button type="button" className="link-button back-link" onClick={onBack}>
        {backLabel}
      </button>
      <div className="page-head">
        <ScreenHeading className="page-title">Export “{title}”</ScreenHeading>
        {meta ? <StatusBadge status={meta.status} selfApproved={meta.selfApproved} /> : null}
      </div>
      <p className="page-subtitle">Every export is checked for anything that points to a source before it is written.</p>
      <FormError message={loadError} />

      <div className="export-layout">
        <div className="export-controls">
          <section className="panel" aria-labelledby={`${ids}-options`}>
            <h2 id={`${ids}-options`} className="panel-title">
              Options
            </h2>
            <fieldset className="field choice-group">
              <legend className="field-label">Format</legend>
              <div className="choice-column">
                {EXPORT_FORMATS.map((f) => (
                  <label key={f} className="choice">
                    <input type="radio" name={`${ids}-format`} value={f} checked={format === f} onChange={() => {
                        setFormat(f);
                        setOutcome({ kind: 'none' });
                      }} />
                    {EXPORT_FORMAT_LABELS[f]}
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset className="field choice-group">
              <legend className="field-label">Export as</legend>
              <div className="choice-column">
                <label className="choice">
                  <input type="radio" name={`${ids}-kind`} checked={!final} onChange={() => {
                      setFinal(false);
                      setOutcome({ kind: 'none' });
                    }} />
                  Working copy
                </label>
                <label className="choice">
                  <input type="radio" name={`${ids}-kind`} checked={final} disabled={!finalAllowed} aria-describedby={`${ids}-final-hint`} onChange={() => {
                      setFinal(true);
                      setOutcome({ kind: 'none' });
                    }} />
                  Final
                </label>
              </div>
              <p id={`${ids}-final-hint`} className="field-hint">
                {finalAllowed
                  ? `A final export marks the draft exported.${meta?.selfApproved ? ' This draft is self-approved: it was signed off in this vault, not by an editor from a review package.' : ''}`
                  : 'Final needs an editor’s approval first. A working copy can go out at any stage.'}
              </p>
            </fieldset>
            <FormError message={error} />
            <div className="button-row">
              <button type="button" className="button button-primary" disabled={busy || !preview} onClick={() => void runExport()}>
                Export…
              </button>
            </div>
            <p role="status" aria-live="polite" className={`form-status export-status${outcome.kind === 'done' && outcome.neutral ? ' is-neutral' : ''}`}>
              {busy ? 'Checking and writing…' : outcome.kind === 'done' ? outcome.message : ''}
            </p>
          </section>

          {outcome.kind === 'refused' ? (
            <LeakRefusal findings={outcome.findings} withheld={outcome.withheld} draftId={draftId} onRevealed={afterReveal} headingId={`${ids}-refused`} headingRef={refusedHeading} verb="Export" nothingWas="written" onOverride={() => setOverriding(true)} />
          ) : open.length > 0 || (preview?.withheld ?? 0) > 0 ? (
            <section className="panel export-warning" aria-labelledby={`${ids}-open`}>
              <ExportFindings findings={open} headingId={`${ids}-open`} title={`Leaks in this export (${open.length + (preview?.withheld ?? 0)})`} />
              <WithheldFindings draftId={draftId} count={preview?.withheld ?? 0} onRevealed={afterReveal} />
              <p className="field-hint">The export will be refused until these are fixed or dismissed in the draft.</p>
            </section>
          ) : null}

          <DraftImages draftId={draftId} images={images} onChange={setImages} />
        </div>

        <section className="panel export-preview" aria-labelledby={`${ids}-preview`}>
          <h2 id={`${ids}-preview`} className="panel-title">
            Preview
          </h2>
          {preview ? (
            <>
              <p className="export-files">
                Writes <strong>{preview.fileName}</strong>
                {preview.images.length ? <> and {preview.images.map((i) => i.fileName).join(', ')}</> : null}
              </p>
              {preview.format === 'docx' ? (
                <p className="field-hint">The words of the Word file as a reader sees them. Its document properties (author, company, template) are left blank.</p>
              ) : null}
              <pre className="export-text" tabIndex={0} aria-label={`Contents of ${preview.fileName}`}>
                {preview.text}
              </pre>
            </>
          ) : (
            <p role="status">Preparing the preview…</p>
          )}
        </section>
      </div>

      <section className="panel export-wordpress" aria-labelledby={`${ids}-wordpress`}>
        <h2 id={`${ids}-wordpress`} className="panel-title">
          Publish to WordPress
        </h2>
        {meta ? <WordPressPanel draftId={draftId} draftStatus={meta.status} onPublished={() => void loadDraft()} /> : null}
      </section>

      {overriding && outcome.kind === 'refused' ? (
        <OverrideDialog count={outcome.findings.length} busy={busy} error={overrideError} onConfirm={(reason) => void runExport(reason)} onCancel={() => setOverriding(false)} />
      ) : null}
    </article>
  );
}
