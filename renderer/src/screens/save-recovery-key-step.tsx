import { useId, useState } from 'react';
import { useClipboardNotice } from '../app/use-clipboard-notice';
import { callApi } from '../api';
import { CardScreen } from '../components/card-screen';
import { RecoveryKeyText } from '../components/recovery-key-text';
import { ScreenHeading } from '../components/screen-heading';
import { FormError } from '../components/form-error';
import { useT } from '../i18n/use-t';

interface SaveRecoveryKeyStepProps {
  recoveryKey: string;
  replacing?: boolean;
  stored: boolean;
  onStoredChange: (stored: boolean) => void;
  onContinue: () => void;
}

export function SaveRecoveryKeyStep({ recoveryKey, replacing = false, stored, onStoredChange, onContinue }: SaveRecoveryKeyStepProps) {
  const t = useT();
  const [copyMessage, showCopyMessage, clearCopyMessage] = useClipboardNotice();
  const [error, setError] = useState<string | null>(null);
  const checkboxId = useId();

  async function copy() {
    setError(null);
    clearCopyMessage();
    // Main copies the key itself, so it can also wipe the clipboard afterwards.
    const result = await callApi((api) => api.copyRecoveryKey({}));
    if (result.ok) {
      showCopyMessage(t('screens.saveKey.copied', { seconds: result.value.clearsAfterSeconds }), result.value.clearsAfterSeconds);
    } else {
      setError(result.error.message);
    }
  }

  return (
    <CardScreen>
      <ScreenHeading>{replacing ? t('screens.saveKey.titleNew') : t('screens.saveKey.title')}</ScreenHeading>
      {replacing ? <p className="lead">{t('screens.saveKey.oldGone')}</p> : null}
      <p className="lead">{t('screens.saveKey.lead')}</p>
      <ul className="notes">
        <li>{t('screens.saveKey.once')}</li>
        <li>{t('screens.saveKey.paper')}</li>
        <li>{t('screens.saveKey.noFile')}</li>
      </ul>

      <div className="print-area">
        <p className="print-only print-title">{t('screens.saveKey.printTitle')}</p>
        <RecoveryKeyText recoveryKey={recoveryKey} />
        <p className="print-only">{t('screens.saveKey.printNote')}</p>
      </div>

      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('screens.saveKey.copy')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('travel.key.print')}
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
        <label htmlFor={checkboxId}>{t('screens.saveKey.stored')}</label>
      </div>
      <button type="button" className="button button-primary button-block" disabled={!stored} onClick={onContinue}>
        {t('screens.saveKey.continue')}
      </button>
    </CardScreen>
  );
}
