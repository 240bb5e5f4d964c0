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
  if (name.trim() === '') return 'Give the vault a name.';
  if (!assessment) return 'Choose a passphrase.';
  if (!assessment.acceptable) {
    return passphrase.length < PASSPHRASE_MIN_LENGTH
      ? `The passphrase needs at least ${PASSPHRASE_MIN_LENGTH} characters.`
      : 'The passphrase is too easy to guess. Add another unrelated word.';
  }
  if (confirmation === '') return 'Type the passphrase again to confirm it.';
  if (confirmation !== passphrase) return 'The two passphrases do not match.';
  return null;
}

export function CreateVaultScreen({ status, onStatus, onCreated }: CreateVaultScreenProps) {
  const [name, setName] = useState('My notebook');
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
      <ScreenHeading>Create your vault</ScreenHeading>
      <p className="lead">
        Your notes are encrypted on this computer before they are saved. Nothing is sent anywhere, and only your
        passphrase can open them.
      </p>
      <SampleVaultOffer disabled={busy} onStatus={onStatus} />

      <form className="form" onSubmit={(event) => void create(event)} noValidate>
        <fieldset className="form-fields" disabled={creating}>
          <Field
            label="Vault name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={NAME_MAX_LENGTH}
            autoComplete="off"
            required
          />

          <Field
            label="Passphrase"
            type={reveal ? 'text' : 'password'}
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            maxLength={PASSPHRASE_MAX_LENGTH}
            autoComplete="new-password"
            spellCheck={false}
            required
            hint="You will type it each time you open the vault. Four or more unrelated words work well."
            describedBy={`${ids}-strength ${ids}-feedback`}
          >
            <StrengthMeter assessment={assessment} labelId={`${ids}-strength`} feedbackId={`${ids}-feedback`} />
          </Field>

          <Field
            label="Confirm passphrase"
            type={reveal ? 'text' : 'password'}
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
            maxLength={PASSPHRASE_MAX_LENGTH}
            autoComplete="new-password"
            spellCheck={false}
            required
          />

          <button type="button" className="link-button" onClick={() => setReveal((shown) => !shown)}>
            {reveal ? 'Hide passphrase' : 'Show passphrase'}
          </button>

          <div className="field" role="group" aria-labelledby={`${ids}-location`}>
            <span id={`${ids}-location`} className="field-label">
              Location
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
                Choose folder…
              </button>
            </div>
          </div>
        </fieldset>

        <FormError message={alert} />

        <p id={`${ids}-missing`} className="form-hint">
          {missing ?? 'Ready. Creating the vault takes a few seconds.'}
        </p>
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={missing !== null || busy}
          aria-describedby={`${ids}-missing`}
        >
          Create vault
        </button>
        {creating ? <ProgressBar label="Deriving your encryption key" expectedMs={EXPECTED_CREATE_MS} /> : null}
      </form>
    </CardScreen>
  );
}
