import { useId, useRef, useState, type FormEvent } from 'react';
import type { CreatedVault } from '../../../common/api/types';
import { callApi } from '../api';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-error';
import { NewPassphraseFields, newPassphraseProblem, type NewPassphrase } from '../components/new-passphrase-fields';
import { PassphraseField } from '../components/passphrase-field';
import { ProgressBar } from '../components/progress-bar';

// Calibration plus a derivation or two; only drives the progress bar.
const EXPECTED_REWRAP_MS = 2500;
const EMPTY: NewPassphrase = { passphrase: '', confirmation: '' };

/** Vault settings › Security: change the passphrase, replace the recovery key. */
export function SecuritySection({ onNewRecoveryKey }: { onNewRecoveryKey: (created: CreatedVault) => void }) {
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
    const problem = current === '' ? 'Enter your current passphrase.' : newPassphraseProblem(next);
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
        Security
      </h2>
      <p className="panel-intro">
        Changing the passphrase re-locks the vault key with the new one; your notes are not re-encrypted. Backups on this
        computer change with it, so the old passphrase opens nothing here.
      </p>
      <form className="form" onSubmit={(event) => void change(event)} noValidate aria-label="Change passphrase">
        <fieldset className="form-fields" disabled={saving}>
          <PassphraseField
            ref={currentRef}
            label="Current passphrase"
            reveal={reveal}
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
          <NewPassphraseFields value={next} onChange={(value) => { setNext(value); setSaved(false); }} reveal={reveal} />
          <button type="button" className="link-button" onClick={() => setReveal((shown) => !shown)}>
            {reveal ? 'Hide passphrases' : 'Show passphrases'}
          </button>
        </fieldset>
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            Change passphrase
          </button>
          <p className="form-status" aria-live="polite">
            {saved ? 'Passphrase changed. Use the new one from now on.' : ''}
          </p>
        </div>
        {saving ? <ProgressBar label="Deriving your new encryption key" expectedMs={EXPECTED_REWRAP_MS} /> : null}
      </form>

      <h3 className="panel-subtitle">Recovery key</h3>
      <p className="panel-intro">
        If your recovery key may have been seen or lost, replace it. The new key is shown once; the old one stops opening
        this vault and its backups.
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setReplacing(true)}>
          Replace recovery key…
        </button>
      </div>
      {replacing ? <ReplaceRecoveryKeyDialog onClose={() => setReplacing(false)} onReplaced={onNewRecoveryKey} /> : null}
    </section>
  );
}

function ReplaceRecoveryKeyDialog({ onClose, onReplaced }: { onClose: () => void; onReplaced: (created: CreatedVault) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function replace(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (passphrase === '') {
      setError('Enter your passphrase.');
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
    <Dialog title="Replace the recovery key" onClose={() => !busy && onClose()}>
      <form className="form" onSubmit={(event) => void replace(event)} noValidate>
        <div className="dialog-body">
          <p>A new recovery key will be shown once, for you to write down or print and then type back.</p>
          <p>The old key stops working at once, for this vault and for its backups on this computer.</p>
        </div>
        <PassphraseField
          label="Passphrase"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          disabled={busy}
        />
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Replace recovery key
          </button>
        </div>
      </form>
    </Dialog>
  );
}
