import { useId, useState } from 'react';
import { useClipboardNotice } from '../app/use-clipboard-notice';
import { callApi } from '../api';
import { CardScreen } from '../components/card-screen';
import { RecoveryKeyText } from '../components/recovery-key-text';
import { ScreenHeading } from '../components/screen-heading';
import { FormError } from '../components/form-error';

interface SaveRecoveryKeyStepProps {
  recoveryKey: string;
  replacing?: boolean;
  stored: boolean;
  onStoredChange: (stored: boolean) => void;
  onContinue: () => void;
}

export function SaveRecoveryKeyStep({ recoveryKey, replacing = false, stored, onStoredChange, onContinue }: SaveRecoveryKeyStepProps) {
  const [copyMessage, showCopyMessage, clearCopyMessage] = useClipboardNotice();
  const [error, setError] = useState<string | null>(null);
  const checkboxId = useId();

  async function copy() {
    setError(null);
    clearCopyMessage();
    // Main copies the key itself, so it can also wipe the clipboard afterwards.
    const result = await callApi((api) => api.copyRecoveryKey({}));
    if (result.ok) {
      showCopyMessage(`Copied. The clipboard will be cleared in ${result.value.clearsAfterSeconds} seconds.`, result.value.clearsAfterSeconds);
    } else {
      setError(result.error.message);
    }
  }

  return (
    <CardScreen>
      <ScreenHeading>{replacing ? 'Save your new recovery key' : 'Save your recovery key'}</ScreenHeading>
      {replacing ? <p className="lead">Your old recovery key no longer opens this vault or its backups. Destroy the paper it is on.</p> : null}
      <p className="lead">
        If you forget your passphrase, this key is the only way back into your vault. Nobody, not even Shieldnote,
        can reset it for you.
      </p>
      <ul className="notes">
        <li>It is shown only this once.</li>
        <li>Write it on paper or print it, and keep it somewhere safe, away from this laptop.</li>
        <li>Do not keep it in a file, photo or email on this computer.</li>
      </ul>

      <div className="print-area">
        <p className="print-only print-title">Shieldnote recovery key</p>
        <RecoveryKeyText recoveryKey={recoveryKey} />
        <p className="print-only">Keep this page somewhere safe, away from your computer.</p>
      </div>

      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p role="status" className="form-status">
        {copyMessage}
      </p>
      <FormError message={error} />

      <div className="checkbox">
        <input
          id={checkboxId}
          type="checkbox"
          checked={stored}
          onChange={(event) => onStoredChange(event.target.checked)}
        />
        <label htmlFor={checkboxId}>I have stored my recovery key somewhere safe</label>
      </div>
      <button type="button" className="button button-primary button-block" disabled={!stored} onClick={onContinue}>
        Continue
      </button>
    </CardScreen>
  );
}
