import { useId } from 'react';
import type { ImportWarnings } from '../../../common/domain/import';
import { callApi } from '../api';
import { useT } from '../i18n/use-t';
import { translate } from '../i18n/translate';
import type { MessageId } from '../i18n/messages';

// What the imported file carries besides the material: the document's metadata (who wrote it,
// their company, the template path), comments and tracked changes, and what was capped or left
// out. Shown before anything is saved; none of it is stored.

// Main names the document's metadata fields in English; these are the ones Word writes.
const METADATA_FIELDS: Record<string, MessageId> = {
  Author: 'imports.meta.author',
  'Last modified by': 'imports.meta.lastModifiedBy',
  Title: 'imports.meta.title',
  Subject: 'imports.meta.subject',
  Keywords: 'imports.meta.keywords',
  Description: 'imports.meta.description',
  Category: 'imports.meta.category',
  Company: 'imports.meta.company',
  Manager: 'imports.meta.manager',
  Template: 'imports.meta.template',
  'Template path': 'imports.meta.templatePath',
  Reviewer: 'imports.meta.reviewer',
};

// Not text: the gap between an author and what they wrote.
const GAP = ' ';

export function needsReview(warnings: ImportWarnings): boolean {
  return warnings.comments.length > 0 || warnings.changes.length > 0;
}

export function ImportWarningsPanel({ warnings, reviewed, onReviewed, disabled }: { warnings: ImportWarnings; reviewed: boolean; onReviewed: (value: boolean) => void; disabled?: boolean }) {
  const t = useT();
  const ids = useId();
  const notes: string[] = [];
  if (warnings.capped) notes.push(t('imports.warn.capped', { total: warnings.capped.total, kept: warnings.capped.kept }));
  if (warnings.dateOrder && !warnings.dateOrder.certain) notes.push(t(warnings.dateOrder.read === 'day-month' ? 'imports.warn.dayMonth' : 'imports.warn.monthDay'));
  if (warnings.mediaSkipped > 0) notes.push(t('imports.warn.mediaSkipped', { count: warnings.mediaSkipped }));
  const hasAny = warnings.metadata.length > 0 || needsReview(warnings) || notes.length > 0;
  if (!hasAny) return null;
  return (
    <section className="panel import-warning" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="panel-title">
        {t('imports.warn.heading')}
      </h2>
      {warnings.metadata.length > 0 ? (
        <>
          <h3 className="import-warning-heading">{t('imports.warn.metadata')}</h3>
          <p className="panel-intro">{t('imports.warn.metadataIntro')}</p>
          <dl className="import-metadata">
            {warnings.metadata.map((m, i) => (
              <div key={i}>
                <dt>{METADATA_FIELDS[m.field] ? t(METADATA_FIELDS[m.field]!) : m.field}</dt>
                <dd>{m.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {warnings.comments.length > 0 ? (
        <>
          <h3 className="import-warning-heading">{t('imports.warn.comments', { count: warnings.comments.length })}</h3>
          <p className="panel-intro">{t('imports.warn.commentsIntro')}</p>
          <ul className="import-marks" aria-label={t('imports.warn.commentsLabel')}>
            {warnings.comments.map((c, i) => (
              <li key={i}>
                <span className="import-mark-author">{t('imports.warn.author', { author: c.author || t('common.unknown') })}</span>
                {GAP}
                {c.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {warnings.changes.length > 0 ? (
        <>
          <h3 className="import-warning-heading">{t('imports.warn.changes', { count: warnings.changes.length })}</h3>
          <p className="panel-intro">{t('imports.warn.changesIntro')}</p>
          <ul className="import-marks" aria-label={t('imports.warn.changesLabel')}>
            {warnings.changes.map((c, i) => (
              <li key={i}>
                <span className="import-mark-author">
                  {t(c.kind === 'insertion' ? 'imports.warn.inserted' : 'imports.warn.deleted', { author: c.author || t('common.unknown') })}
                </span>
                {GAP}
                {c.kind === 'insertion' ? <ins>{c.text}</ins> : <del>{c.text}</del>}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notes.map((note) => (
        <p key={note} className="field-warning">
          {note}
        </p>
      ))}
      {needsReview(warnings) ? (
        <label className="choice">
          <input type="checkbox" checked={reviewed} disabled={disabled} onChange={(event) => onReviewed(event.target.checked)} />
          {t('imports.warn.reviewed')}
        </label>
      ) : null}
    </section>
  );
}

/** Asks main to overwrite and delete the file it read; main asks the reporter itself first. */
export async function deleteOriginal(importId: string, notify: (message: string) => void): Promise<void> {
  const result = await callApi((api) => api.deleteImportedOriginal({ importId }));
  if (!result.ok) notify(result.error.message);
  else notify(translate(result.value.deleted ? 'imports.original.deleted' : 'imports.original.kept'));
}
