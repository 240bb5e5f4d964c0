import { useId, useState } from 'react';
import type { DocNode } from '../../../common/domain/draft';
import type { ImportPreview } from '../../../common/domain/import';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { ScreenHeading } from '../components/screen-heading';
import { plural } from '../library/names';
import { deleteOriginal, ImportWarningsPanel, needsReview } from './import-warnings';

// A Word document as a new draft: main opens and reads it; the page shows what came through
// (title, byline, dateline, the text's outline) and what the file carries, then saves the draft.

const OUTLINE = 12;

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(textOf).join('');
}

export function ImportDraft({ onOpen, onCancel, notify }: { onOpen: (draftId: string) => void; onCancel: () => void; notify: (message: string, action?: { label: string; run: () => void }) => void }) {
  const ids = useId();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [reviewed, setReviewed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function choose() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.readImport({ purpose: 'draft' }));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (result.value.status === 'ready') setPreview(result.value);
  }

  async function save() {
    if (!preview) return;
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.saveImportedDraft({ importId: preview.importId, reviewedWarnings: reviewed }));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const importId = preview.importId;
    notify(`Draft imported${result.value.attachments ? ` with ${plural(result.value.attachments, 'image')}` : ''}.`, {
      label: 'Delete the original file…',
      run: () => void deleteOriginal(importId, notify),
    });
    onOpen(result.value.ids[0]!);
  }

  async function cancel() {
    if (preview) await callApi((api) => api.discardImport({ importId: preview.importId }));
    onCancel();
  }

  const draft = preview?.draft;
  const blocks = draft?.body.content ?? [];
  const blocked = preview ? needsReview(preview.warnings) && !reviewed : false;
  return (
    <article className="page page-wide">
      <ScreenHeading className="page-title">Import a Word document as a draft</ScreenHeading>
      <p className="page-subtitle">Headings, lists, emphasis and links are kept; images become the draft’s images. Nothing is saved before you press “Save as a new draft”.</p>
      {preview && draft ? (
        <>
          <ImportWarningsPanel warnings={preview.warnings} reviewed={reviewed} onReviewed={setReviewed} disabled={busy} />
          <section className="panel" aria-labelledby={`${ids}-found`}>
            <h2 id={`${ids}-found`} className="panel-title">
              What was found
            </h2>
            <dl className="import-metadata">
              <div>
                <dt>Title</dt>
                <dd>{draft.title || 'None (the draft starts untitled)'}</dd>
              </div>
              {draft.byline ? (
                <div>
                  <dt>Byline</dt>
                  <dd>{draft.byline}</dd>
                </div>
              ) : null}
              {draft.dateline ? (
                <div>
                  <dt>Dateline</dt>
                  <dd>{draft.dateline}</dd>
                </div>
              ) : null}
              <div>
                <dt>Text</dt>
                <dd>
                  {plural(blocks.length, 'block')}, {plural(draft.images, 'image')}
                </dd>
              </div>
            </dl>
            <ol className="import-outline" aria-label="Beginning of the text">
              {blocks.slice(0, OUTLINE).map((block, i) => (
                <li key={i} className={block.type === 'heading' ? 'import-outline-heading' : undefined}>
                  {textOf(block) || (block.type === 'horizontalRule' ? '―' : '')}
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}
      <FormError message={error} />
      <div className="button-row page-actions">
        {preview ? (
          <button type="button" className="button button-primary" disabled={busy || blocked} onClick={() => void save()}>
            {busy ? 'Saving…' : 'Save as a new draft'}
          </button>
        ) : (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void choose()}>
            {busy ? 'Reading the file…' : 'Choose a Word document…'}
          </button>
        )}
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void cancel()}>
          Cancel
        </button>
      </div>
      {blocked ? <p className="form-hint">Tick that you have looked through the comments and tracked changes.</p> : null}
    </article>
  );
}
