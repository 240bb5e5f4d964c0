import { useId, useState, type FormEvent } from 'react';
import type { TravelStatus } from '../../../common/domain/travel';
import { callApi } from '../api';
import { formatDate } from '../app/format';
import { recoveryKeyProblem } from '../app/recovery-key-check';
import { FormError } from '../components/form-error';
import { KeyField } from '../components/key-field';
import { useT } from '../i18n/use-t';
import { keyName, keyProblem } from './travel-words';

/** While the identities are away: since when, what is in the travel file, and restoring them with its key. */
export function AwayPanel({ travel, onRestored }: { travel: TravelStatus; onRestored: (next: TravelStatus, note: string) => void }) {
  const t = useT();
  const ids = useId();
  const sealedTo = travel.sealedTo ?? 'recovery-key';
  const name = keyName(sealedTo);
  const [key, setKey] = useState('');
  const [deleteFile, setDeleteFile] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problem = recoveryKeyProblem(key);
    if (problem) {
      setError(keyProblem(problem, sealedTo));
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
      setError(t('travel.noFile'));
      return;
    }
    const { restored, skippedBurned, copiesRestored, fileDeleted } = result.value;
    setKey('');
    const notes = [t('travel.back', { sources: restored, copies: copiesRestored })];
    if (skippedBurned > 0) notes.push(t('travel.stayedBurned', { count: skippedBurned }));
    notes.push(fileDeleted ? t('travel.fileDeleted') : t('travel.fileKept'));
    onRestored(result.value.status, notes.join(' '));
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="panel-title">
        {t('travel.away.heading')}
      </h2>
      <dl className="facts travel-facts">
        <div>
          <dt>{t('travel.away.since')}</dt>
          <dd>{formatDate(travel.since)}</dd>
        </div>
        <div>
          <dt>{t('travel.away.sources')}</dt>
          <dd>{t('travel.away.sourcesValue', { count: travel.sources })}</dd>
        </div>
        {travel.reviewCopies > 0 ? (
          <div>
            <dt>{t('travel.away.copies')}</dt>
            <dd>{t('travel.away.copiesValue', { count: travel.reviewCopies })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('travel.away.sealedTo')}</dt>
          <dd>{t('travel.theKey', { key: name })}</dd>
        </div>
      </dl>
      <p className="panel-intro">{t('travel.away.intro', { key: name })}</p>
      <form className="form" onSubmit={(event) => void restore(event)} noValidate>
        <KeyField
          label={name.charAt(0).toUpperCase() + name.slice(1)}
          value={key}
          onChange={(event) => setKey(event.target.value)}
          disabled={busy}
          hint={t('travel.away.keyHint')}
        />
        <div className="checkbox">
          <input id={`${ids}-delete`} type="checkbox" checked={deleteFile} disabled={busy} onChange={(event) => setDeleteFile(event.target.checked)} />
          <label htmlFor={`${ids}-delete`}>{t('travel.away.deleteFile')}</label>
        </div>
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('travel.away.restore')}
          </button>
        </div>
      </form>
    </section>
  );
}
