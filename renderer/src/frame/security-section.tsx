import { useId, useRef, useState, type FormEvent } from 'react';
import type { CreatedVault } from '../../../common/api/types';
import { callApi } from '../api';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-error';
import { NewPassphraseFields, newPassphraseProblem, type NewPassphrase } from '../components/new-passphrase-fields';
import { PassphraseField } from '../components/passphrase-field';
import { ProgressBar } from '../components/progress-bar';
import { useT } from '../i18n/use-t';

// Calibration plus a derivation or two; only drives the progress bar.
const EXPECTED_REWRAP_MS = 2500;
const EMPTY: NewPassphrase = { passphrase: '', confirmation: '' };

/** Vault settings › Security: change the passphrase, replace the recovery key. */
export function SecuritySection({ onNewRecoveryKey }: { onNewRecoveryKey: (created: CreatedVault) => void }) {
  const t = useT();
  const sectionId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphrase>(EMPTY);
  const [reveal, setReveal] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);

  async function change(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaved(false);
    const problem = current === '' ? t('settings.security.currentMissing') : newPassphraseProblem(next);
    if (problem) {
      setError(problem);
      return;
    }
    setSaving(true);
    setError(null);
    const result = await callApi((api) => api.changePassphrase({ currentPassphrase: current, newPassphrase: next.passphrase }));
    setSaving(false);
    setCurrent('');
    if (!result.ok) {
      setError(result.error.message);
      currentRef.current?.focus();
      return;
    }
    setNext(EMPTY);
    setSaved(true);
  }

  return (
    <section className="panel" aria-labelledby={sectionId}>
      <h2 id={sectionId} className="panel-title">
        {t('settings.security.heading')}
      </h2>
      <p className="panel-intro">{t('settings.security.intro')}</p>
      <form className="form" onSubmit={(event) => void change(event)} noValidate aria-label={t('settings.security.change')}>
        <fieldset className="form-fields" disabled={saving}>
          <PassphraseField
            ref={currentRef}
            label={t('settings.security.current')}
            reveal={reveal}
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
          <NewPassphraseFields value={next} onChange={(value) => { setNext(value); setSaved(false); }} reveal={reveal} />
          <button type="button" className="link-button" onClick={() => setReveal((shown) => !shown)}>
            {reveal ? t('settings.security.hide') : t('settings.security.show')}
          </button>
        </fieldset>
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('settings.security.change')}
          </button>
          <p className="form-status" aria-live="polite">
            {saved ? t('settings.security.changed') : ''}
          </p>
        </div>
        {saving ? <ProgressBar label={t('settings.security.deriving')} expectedMs={EXPECTED_REWRAP_MS} /> : null}
      </form>

      <h3 className="panel-subtitle">{t('common.recoveryKey')}</h3>
      <p className="panel-intro">{t('settings.recovery.intro')}</p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setReplacing(true)}>
          {t('settings.recovery.replaceOpen')}
        </button>
      </div>
      {replacing ? <ReplaceRecoveryKeyDialog onClose={() => setReplacing(false)} onReplaced={onNewRecoveryKey} /> : null}
    </section>
  );
}

function ReplaceRecoveryKeyDialog({ onClose, onReplaced }: { onClose: () => void; onReplaced: (created: CreatedVault) => void }) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function replace(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setError(t('settings.recovery.passphraseMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.replaceRecoveryKey({ passphrase }));
    setPassphrase('');
    if (result.ok) {
      onReplaced(result.value); // the new key's screen replaces the frame
      return;
    }
    setBusy(false);
    setError(result.error.message);
  }

  return (
    <Dialog title={t('settings.recovery.dialogTitle')} onClose={() => !busy && onClose()}>
      <form className="form" onSubmit={(event) => void replace(event)} noValidate>
        <div className="dialog-body">
          <p>{t('settings.recovery.dialogNew')}</p>
          <p>{t('settings.recovery.dialogOld')}</p>
        </div>
        <PassphraseField
          label={t('common.passphrase')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          disabled={busy}
        />
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('settings.recovery.replace')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
