import { useId } from 'react';
import type { ImportWarnings } from '../../../common/domain/import';
import { callApi } from '../api';
import { plural } from '../library/names';

// What the imported file carries besides the material: the document's metadata (who wrote it,
// their company, the template path), comments and tracked changes, and what was capped or left
// out. Shown before anything is saved; none of it is stored.

export function needsReview(warnings: ImportWarnings): boolean {
  return warnings.comments.length > 0 || warnings.changes.length > 0;
}

export function ImportWarningsPanel({ warnings, reviewed, onReviewed, disabled }: { warnings: ImportWarnings; reviewed: boolean; onReviewed: (value: boolean) => void; disabled?: boolean }) {
  const ids = useId();
  const notes: string[] = [];
  if (warnings.capped) notes.push(`This export holds ${warnings.capped.total.toLocaleString()} messages; only the first ${warnings.capped.kept.toLocaleString()} are offered. Export a shorter period for the rest.`);
  if (warnings.dateOrder && !warnings.dateOrder.certain) notes.push(`Dates were read as ${warnings.dateOrder.read === 'day-month' ? 'day/month' : 'month/day'}: no day in this file is over 12, so check them.`);
  if (warnings.mediaSkipped > 0) notes.push(`${plural(warnings.mediaSkipped, 'file')} the export mentions ${warnings.mediaSkipped === 1 ? 'is' : 'are'} not in it (or too large) and will not be attached.`);
  const hasAny = warnings.metadata.length > 0 || needsReview(warnings) || notes.length > 0;
  if (!hasAny) return null;
  return (
    <section className="panel import-warning" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="panel-title">
        Check before saving
      </h2>
      {warnings.metadata.length > 0 ? (
        <>
          <h3 className="import-warning-heading">The document says who made it</h3>
          <p className="panel-intro">Word stores this in the file. It is shown here only and is not saved in the vault; a copy of the file you pass on still carries it.</p>
          <dl className="import-metadata">
            {warnings.metadata.map((m, i) => (
              <div key={i}>
                <dt>{m.field}</dt>
                <dd>{m.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {warnings.comments.length > 0 ? (
        <>
          <h3 className="import-warning-heading">Comments ({warnings.comments.length})</h3>
          <p className="panel-intro">Comments are not imported.</p>
          <ul className="import-marks" aria-label="Comments in the document">
            {warnings.comments.map((c, i) => (
              <li key={i}>
                <span className="import-mark-author">{c.author || 'Unknown'}:</span> {c.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {warnings.changes.length > 0 ? (
        <>
          <h3 className="import-warning-heading">Tracked changes ({warnings.changes.length})</h3>
          <p className="panel-intro">The text is imported as if every change were accepted: insertions are in, deletions are out.</p>
          <ul className="import-marks" aria-label="Tracked changes in the document">
            {warnings.changes.map((c, i) => (
              <li key={i}>
                <span className="import-mark-author">
                  {c.kind === 'insertion' ? 'Inserted' : 'Deleted'} by {c.author || 'unknown'}:
                </span>{' '}
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
          I have looked through the comments and tracked changes
        </label>
      ) : null}
    </section>
  );
}

/** Asks main to overwrite and delete the file it read; main asks the reporter itself first. */
export async function deleteOriginal(importId: string, notify: (message: string) => void): Promise<void> {
  const result = await callApi((api) => api.deleteImportedOriginal({ importId }));
  if (!result.ok) notify(result.error.message);
  else notify(result.value.deleted ? 'The original file was overwritten and deleted.' : 'The original file was kept.');
}
