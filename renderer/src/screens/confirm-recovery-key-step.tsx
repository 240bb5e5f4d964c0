import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { callApi } from '../api';
import { recoveryKeyProblem } from '../app/recovery-key-check';
import { CardScreen } from '../components/card-screen';
import { KeyField } from '../components/key-field';
import { ScreenHeading } from '../components/screen-heading';
import { FormError } from '../components/form-error';
import { useT } from '../i18n/use-t';

interface ConfirmRecoveryKeyStepProps {
  /** False after a reload, when the user never sees the key again in this window. */
  keyWasShown: boolean;
  onBack?: () => void;
  onConfirmed: (status: VaultStatus) => void;
}

export function ConfirmRecoveryKeyStep({ keyWasShown, onBack, onConfirmed }: ConfirmRecoveryKeyStepProps) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  // After a mismatch, put the user back in the field with their text selected to correct it.
  useEffect(() => {
    if (failures > 0 && !checking) inputRef.current?.select();
  }, [failures, checking]);

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checking) return;
    const problem = recoveryKeyProblem(typed);
    if (problem) {
      setError(problem);
      setFailures((n) => n + 1);
      return;
    }
    setChecking(true);
    setError(null);
    const result = await callApi((api) => api.confirmRecoveryKey({ recoveryKey: typed }));
    if (result.ok) {
      onConfirmed(result.value);
      return;
    }
    setChecking(false);
    setError(result.error.message);
    setFailures((n) => n + 1);
  }

  return (
    <CardScreen>
      <ScreenHeading>{t('screens.confirmKey.title')}</ScreenHeading>
      <p className="lead">
        {keyWasShown
          ? t('screens.confirmKey.shown')
          : t('screens.confirmKey.notShown')}
      </p>
      <form className="form" onSubmit={(event) => void confirm(event)} noValidate>
        <KeyField
          ref={inputRef}
          label={t('common.recoveryKey')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          disabled={checking}
          hint={t('travel.away.keyHint')}
        />
        <FormError message={error} />
        <div className="button-row">
          {onBack ? (
            <button type="button" className="button button-secondary" onClick={onBack} disabled={checking}>
              {t('screens.back')}
            </button>
          ) : null}
          <button type="submit" className="button button-primary button-grow" disabled={checking}>
            {t('screens.confirmKey.submit')}
          </button>
        </div>
      </form>
    </CardScreen>
  );
}
