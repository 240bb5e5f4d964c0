import { useId, useMemo, useState, type FormEvent } from 'react';
import type { CreatedVault, VaultStatus } from '../../../common/api/types';
import {
  PASSPHRASE_MAX_LENGTH,
  PASSPHRASE_MIN_LENGTH,
  assessPassphrase,
  type PassphraseAssessment,
} from '../../../common/vault/passphrase-strength';
import { callApi } from '../api';
import { useKnownVaults } from '../app/use-known-vaults';
import { useVaultPicker } from '../app/use-vault-picker';
import { CardScreen } from '../components/card-screen';
import { Field } from '../components/field';
import { KnownVaultList } from '../components/known-vault-list';
import { PathText } from '../components/path-text';
import { ProgressBar } from '../components/progress-bar';
import { ScreenHeading } from '../components/screen-heading';
import { StrengthMeter } from '../components/strength-meter';
import { FormError } from '../components/form-error';
import { SampleVaultOffer } from './sample-vault-offer';
import { useT } from '../i18n/use-t';
import { translate } from '../i18n/translate';

interface CreateVaultScreenProps {
  status: VaultStatus;
  onStatus: (status: VaultStatus) => void;
  onCreated: (created: CreatedVault) => void;
}

// Calibration plus one derivation; only drives the progress bar.
const EXPECTED_CREATE_MS = 2000;
const NAME_MAX_LENGTH = 80;

/** The first thing still missing, said plainly, so a disabled button is never a mystery. */
function missingStep(name: string, assessment: PassphraseAssessment | null, passphrase: string, confirmation: string) {
  if (name.trim() === '') return translate('settings.name.missing');
  if (!assessment) return translate('screens.create.choosePassphrase');
  if (!assessment.acceptable) {
    return passphrase.length < PASSPHRASE_MIN_LENGTH
      ? translate('passphrase.problem.short', { min: PASSPHRASE_MIN_LENGTH })
      : translate('passphrase.problem.guessable');
  }
  if (confirmation === '') return translate('screens.create.confirmEmpty');
  if (confirmation !== passphrase) return translate('passphrase.problem.mismatch');
  return null;
}

export function CreateVaultScreen({ status, onStatus, onCreated }: CreateVaultScreenProps) {
  const t = useT();
  const [name, setName] = useState(() => translate('screens.create.defaultName'));
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [reveal, setReveal] = useState(false);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const picker = useVaultPicker(onStatus);
  const otherVaults = useKnownVaults(status.path);
  const ids = useId();

  const assessment = useMemo(() => (passphrase === '' ? null : assessPassphrase(passphrase)), [passphrase]);
  const missing = missingStep(name, assessment, passphrase, confirmation);
  const busy = creating || picker.busy;
  const alert = error ?? picker.error;

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (missing !== null || busy) return;
    setCreating(true);
    setError(null);
    const result = await callApi((api) => api.createVault({ path: status.path, name: name.trim(), passphrase }));
    if (result.ok) {
      onCreated(result.value); // This screen goes away with the new status.
      return;
    }
    setCreating(false);
    setError(result.error.message);
  }

  return (
    <CardScreen
      footer={<KnownVaultList vaults={otherVaults} disabled={busy} onSelect={(path) => void picker.select(path)} />}
    >
      <ScreenHeading>{t('screens.create.title')}</ScreenHeading>
      <p className="lead">{t('screens.create.lead')}</p>
      <SampleVaultOffer disabled={busy} onStatus={onStatus} />

      <form className="form" onSubmit={(event) => void create(event)} noValidate>
        <fieldset className="form-fields" disabled={creating}>
          <Field
            label={t('settings.name.label')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={NAME_MAX_LENGTH}
            autoComplete="off"
            required
          />

          <Field
            label={t('common.passphrase')}
            type={reveal ? 'text' : 'password'}
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            maxLength={PASSPHRASE_MAX_LENGTH}
            autoComplete="new-password"
            spellCheck={false}
            required
            hint={t('screens.create.passphraseHint')}
            describedBy={`${ids}-strength ${ids}-feedback`}
          >
            <StrengthMeter assessment={assessment} labelId={`${ids}-strength`} feedbackId={`${ids}-feedback`} />
          </Field>

          <Field
            label={t('screens.create.confirm')}
            type={reveal ? 'text' : 'password'}
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
            maxLength={PASSPHRASE_MAX_LENGTH}
            autoComplete="new-password"
            spellCheck={false}
            required
          />

          <button type="button" className="link-button" onClick={() => setReveal((shown) => !shown)}>
            {reveal ? t('screens.hidePassphrase') : t('screens.showPassphrase')}
          </button>

          <div className="field" role="group" aria-labelledby={`${ids}-location`}>
            <span id={`${ids}-location`} className="field-label">
              {t('settings.about.location')}
            </span>
            <div className="location-row">
              <span className="location-path">
                <PathText path={status.path} />
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={busy}
                onClick={() => void picker.choose()}
              >
                {t('screens.create.chooseFolder')}
              </button>
            </div>
          </div>
        </fieldset>

        <FormError message={alert} />

        <p id={`${ids}-missing`} className="form-hint">
          {missing ?? t('screens.create.ready')}
        </p>
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={missing !== null || busy}
          aria-describedby={`${ids}-missing`}
        >
          {t('screens.create.submit')}
        </button>
        {creating ? <ProgressBar label={t('screens.deriving')} expectedMs={EXPECTED_CREATE_MS} /> : null}
      </form>
    </CardScreen>
  );
}
