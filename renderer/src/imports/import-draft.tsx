import { useId, useState } from 'react';
import type { DocNode } from '../../../common/domain/draft';
import type { ImportPreview } from '../../../common/domain/import';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { ScreenHeading } from '../components/screen-heading';
import { deleteOriginal, ImportWarningsPanel, needsReview } from './import-warnings';
import { useT } from '../i18n/use-t';

// A Word document as a new draft: main opens and reads it; the page shows what came through
// (title, byline, dateline, the text's outline) and what the file carries, then saves the draft.

const OUTLINE = 12;
const RULE = '―';

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(textOf).join('');
}

export function ImportDraft({ onOpen, onCancel, notify }: { onOpen: (draftId: string) => void; onCancel: () => void; notify: (message: string, action?: { label: string; run: () => void }) => void }) {
  const t = useT();
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
    notify(t('imports.draft.imported', { images: result.value.attachments }), {
      label: t('imports.original.delete'),
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
      <ScreenHeading className="page-title">{t('imports.draft.title')}</ScreenHeading>
      <p className="page-subtitle">{t('imports.draft.subtitle')}</p>
      {preview && draft ? (
        <>
          <ImportWarningsPanel warnings={preview.warnings} reviewed={reviewed} onReviewed={setReviewed} disabled={busy} />
          <section className="panel" aria-labelledby={`${ids}-found`}>
            <h2 id={`${ids}-found`} className="panel-title">
              {t('imports.draft.found')}
            </h2>
            <dl className="import-metadata">
              <div>
                <dt>{t('imports.draft.titleField')}</dt>
                <dd>{draft.title || t('imports.draft.noTitle')}</dd>
              </div>
              {draft.byline ? (
                <div>
                  <dt>{t('imports.draft.byline')}</dt>
                  <dd>{draft.byline}</dd>
                </div>
              ) : null}
              {draft.dateline ? (
                <div>
                  <dt>{t('imports.draft.dateline')}</dt>
                  <dd>{draft.dateline}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('imports.draft.text')}</dt>
                <dd>
                  {t('imports.draft.blocks', { blocks: blocks.length, images: draft.images })}
                </dd>
              </div>
            </dl>
            <ol className="import-outline" aria-label={t('imports.draft.outline')}>
              {blocks.slice(0, OUTLINE).map((block, i) => (
                <li key={i} className={block.type === 'heading' ? 'import-outline-heading' : undefined}>
                  {textOf(block) || (block.type === 'horizontalRule' ? RULE : '')}
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
            {busy ? t('imports.saving') : t('imports.draft.save')}
          </button>
        ) : (
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void choose()}>
            {busy ? t('imports.reading') : t('imports.draft.choose')}
          </button>
        )}
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void cancel()}>
          {t('common.cancel')}
        </button>
      </div>
      {blocked ? <p className="form-hint">{t('imports.tickReviewed')}</p> : null}
    </article>
  );
}
