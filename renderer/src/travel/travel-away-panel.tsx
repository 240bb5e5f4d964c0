import { useId, useState, type FormEvent } from 'react';
import type { TravelStatus } from '../../../common/domain/travel';
import { callApi } from '../api';
import { formatDate } from '../app/format';
import { recoveryKeyProblem } from '../app/recovery-key-check';
import { FormError } from '../components/form-error';
import { KeyField } from '../components/key-field';
import { plural } from '../library/names';
import { KEY_NAME, reviewCopies } from './travel-words';

/** While the identities are away: since when, what is in the travel file, and restoring them with its key. */
export function AwayPanel({ travel, onRestored }: { travel: TravelStatus; onRestored: (next: TravelStatus, note: string) => void }) {
  const ids = useId();
  const keyName = KEY_NAME[travel.sealedTo ?? 'recovery-key'];
  const [key, setKey] = useState('');
  const [deleteFile, setDeleteFile] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problem = recoveryKeyProblem(key);
    if (problem) {
      setError(problem.replace(/recovery key/g, keyName));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.restoreFromTravel({ key, deleteFile }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (!result.value.done) {
      setError('No file was chosen, so nothing changed.');
      return;
    }
    const { restored, skippedBurned, copiesRestored, fileDeleted } = result.value;
    setKey('');
    const notes = [`Identities of ${plural(restored, 'source')}${copiesRestored > 0 ? ` and of ${reviewCopies(copiesRestored)}` : ''} are back.`];
    if (skippedBurned > 0) notes.push(`${plural(skippedBurned, 'burned identity', 'burned identities')} stayed burned.`);
    notes.push(fileDeleted ? 'The travel file was deleted.' : 'The travel file is still where it was.');
    onRestored(result.value.status, notes.join(' '));
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="panel-title">
        Identities are away
      </h2>
      <dl className="facts travel-facts">
        <div>
          <dt>Since</dt>
          <dd>{formatDate(travel.since)}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>{plural(travel.sources, 'identity', 'identities')} in the travel file</dd>
        </div>
        {travel.reviewCopies > 0 ? (
          <div>
            <dt>Review copies</dt>
            <dd>The identities that came with {reviewCopies(travel.reviewCopies)}, in the same file</dd>
          </div>
        ) : null}
        <div>
          <dt>Sealed to</dt>
          <dd>The {keyName}</dd>
        </div>
      </dl>
      <p className="panel-intro">To bring them back, type the {keyName}, then choose the travel file.</p>
      <form className="form" onSubmit={(event) => void restore(event)} noValidate>
        <KeyField
          label={keyName.charAt(0).toUpperCase() + keyName.slice(1)}
          value={key}
          onChange={(event) => setKey(event.target.value)}
          disabled={busy}
          hint="Dashes and spaces are optional."
        />
        <div className="checkbox">
          <input id={`${ids}-delete`} type="checkbox" checked={deleteFile} disabled={busy} onChange={(event) => setDeleteFile(event.target.checked)} />
          <label htmlFor={`${ids}-delete`}>Delete the travel file after restoring</label>
        </div>
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Choose the travel file and restore…
          </button>
        </div>
      </form>
    </section>
  );
}
