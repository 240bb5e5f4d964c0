import { useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { callApi } from '../api';
import { CardScreen } from '../components/card-screen';
import { FormError } from '../components/form-error';
import { NewPassphraseFields, newPassphraseProblem, type NewPassphrase } from '../components/new-passphrase-fields';
import { ProgressBar } from '../components/progress-bar';
import { ScreenHeading } from '../components/screen-heading';
import { useT } from '../i18n/use-t';

interface SetPassphraseScreenProps {
  onStatus: (status: VaultStatus) => void;
  onSkip: () => void;
}

// Calibration plus one derivation; only drives the progress bar.
const EXPECTED_REWRAP_MS = 2000;

/** Right after a recovery-key unlock: the usual reason is a forgotten passphrase. */
export function SetPassphraseScreen({ onStatus, onSkip }: SetPassphraseScreenProps) {
  const t = useT();
  const [value, setValue] = useState<NewPassphrase>({ passphrase: '', confirmation: '' });
  const [reveal, setReveal] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const missing = newPassphraseProblem(value);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    if (missing) {
      setError(missing);
      return;
    }
    setSaving(true);
    setError(null);
    const result = await callApi((api) => api.setPassphraseAfterRecovery({ newPassphrase: value.passphrase }));
    if (result.ok) {
      onStatus(result.value);
      return;
    }
    setSaving(false);
    setError(result.error.message);
  }

  return (
    <CardScreen>
      <ScreenHeading>{t('screens.setPassphrase.title')}</ScreenHeading>
      <p className="lead">{t('screens.setPassphrase.lead')}</p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <fieldset className="form-fields" disabled={saving}>
          <NewPassphraseFields value={value} onChange={setValue} reveal={reveal} />
          <button type="button" className="link-button" onClick={() => setReveal((shown) => !shown)}>
            {reveal ? t('screens.hidePassphrase') : t('screens.showPassphrase')}
          </button>
        </fieldset>
        <FormError message={error} />
        <button type="submit" className="button button-primary button-block" disabled={saving}>
          {t('screens.setPassphrase.submit')}
        </button>
        {saving ? <ProgressBar label={t('settings.security.deriving')} expectedMs={EXPECTED_REWRAP_MS} /> : null}
        <button type="button" className="link-button" disabled={saving} onClick={onSkip}>
          {t('screens.setPassphrase.notNow')}
        </button>
      </form>
    </CardScreen>
  );
}
