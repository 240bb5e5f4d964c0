import { useId, useState, type FormEvent } from 'react';
import type { SealedTo, TravelStatus } from '../../../common/domain/travel';
import { callApi } from '../api';
import { recoveryKeyProblem } from '../app/recovery-key-check';
import { ConfirmDialog } from '../components/confirm-dialog';
import { FormError } from '../components/form-error';
import { KeyField } from '../components/key-field';
import { TravelKeyStep } from './travel-key-step';
import { useT } from '../i18n/use-t';
import { keyName, keyProblem } from './travel-words';

/** While the identities are on this computer: what entering travel mode does, the key to seal to, and the confirmation. */
export function EnterPanel({ travel, onEntered }: { travel: TravelStatus; onEntered: (next: TravelStatus, note: string) => void }) {
  const t = useT();
  const ids = useId();
  const [sealTo, setSealTo] = useState<SealedTo>('recovery-key');
  const [key, setKey] = useState('');
  const [travelKey, setTravelKey] = useState<string | null>(null);
  const [stored, setStored] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function choose(next: SealedTo) {
    setSealTo(next);
    setKey('');
    setError(null);
  }

  async function createTravelKey() {
    setError(null);
    const result = await callApi((api) => api.createTravelKey({}));
    if (result.ok) {
      setTravelKey(result.value.travelKey);
      setStored(false);
      setKey('');
    } else {
      setError(result.error.message);
    }
  }

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let problem: string | null;
    if (sealTo === 'travel-key' && !travelKey) problem = t('travel.enter.createFirst');
    else if (sealTo === 'travel-key' && !stored) problem = t('travel.enter.storeFirst');
    else {
      const found = recoveryKeyProblem(key);
      problem = found ? keyProblem(found, sealTo) : null;
    }
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setConfirming(true);
  }

  async function enter() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.enterTravelMode({ sealTo, key }));
    setBusy(false);
    setConfirming(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (!result.value.done) {
      setError(t('travel.noFile'));
      return;
    }
    setKey('');
    setTravelKey(null);
    onEntered(result.value.status, t('travel.entered', { sources: result.value.sources, copies: result.value.reviewCopies, path: result.value.path }));
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="panel-title">
        {t('travel.enter.heading')}
      </h2>
      <p className="panel-intro">{t('travel.enter.intro', { sources: travel.sources, copies: travel.reviewCopies })}</p>
      <ol className="notes travel-steps">
        <li>{t('travel.enter.step1')}</li>
        <li>{t('travel.enter.step2')}</li>
        <li>{t('travel.enter.step3')}</li>
        <li>{t('travel.enter.step4')}</li>
      </ol>

      <form className="form" onSubmit={review} noValidate>
        <fieldset className="field choice-group" disabled={busy}>
          <legend className="field-label">{t('travel.enter.sealTo')}</legend>
          <div className="choice-row">
            <label className="choice">
              <input type="radio" name={`${ids}-seal`} checked={sealTo === 'recovery-key'} onChange={() => choose('recovery-key')} />
              {t('travel.enter.myRecoveryKey')}
            </label>
            <label className="choice">
              <input type="radio" name={`${ids}-seal`} checked={sealTo === 'travel-key'} onChange={() => choose('travel-key')} />
              {t('travel.enter.newTravelKey')}
            </label>
          </div>
        </fieldset>

        {sealTo === 'travel-key' ? (
          travelKey ? (
            <TravelKeyStep travelKey={travelKey} stored={stored} onStoredChange={setStored} />
          ) : (
            <div className="button-row">
              <button type="button" className="button button-secondary" onClick={() => void createTravelKey()}>
                {t('travel.enter.createKey')}
              </button>
            </div>
          )
        ) : null}

        {sealTo === 'recovery-key' || (travelKey && stored) ? (
          <KeyField
            label={sealTo === 'recovery-key' ? t('common.recoveryKey') : t('travel.enter.typeTravelKey')}
            value={key}
            onChange={(event) => setKey(event.target.value)}
            disabled={busy}
            hint={sealTo === 'recovery-key' ? t('travel.enter.recoveryHint') : t('travel.enter.travelHint')}
          />
        ) : null}

        {!confirming ? <FormError message={error} /> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('travel.enter.open')}
          </button>
        </div>
      </form>

      {confirming ? (
        <ConfirmDialog
          title={t('travel.enter.confirmTitle')}
          confirmLabel={t('travel.enter.confirm')}
          danger
          busy={busy}
          error={error}
          onConfirm={() => void enter()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('travel.enter.confirmBody', { sources: travel.sources, copies: travel.reviewCopies, key: keyName(sealTo) })}</p>
          <p>{t('travel.enter.confirmBackups')}</p>
          <p>{t('travel.enter.confirmRestore', { key: keyName(sealTo) })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
