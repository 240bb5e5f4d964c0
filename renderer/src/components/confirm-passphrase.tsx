import { useState } from 'react';
import { PassphraseField } from './passphrase-field';
import { useT } from '../i18n/use-t';

// The passphrase main asks for before a decision only the user may make (sending identities,
// becoming an editor, a self sign-off, a burn). Main checks it; the form only says when it is
// missing, so one empty field never reaches main as a wrong guess.

export interface ConfirmPassphrase {
  value: string;
  missing: string | null;
  set: (value: string) => void;
  /** False, with the message under the field, when nothing was typed. */
  require: () => boolean;
  clear: () => void;
}

export function useConfirmPassphrase(missingMessage: string): ConfirmPassphrase {
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  return {
    value,
    missing,
    set: (next) => {
      setValue(next);
      setMissing(null);
    },
    require: () => {
      if (value !== '') return true;
      setMissing(missingMessage);
      return false;
    },
    clear: () => setValue(''),
  };
}

export function ConfirmPassphraseField({ state, hint, disabled }: { state: ConfirmPassphrase; hint: string; disabled?: boolean }) {
  const t = useT();
  return <PassphraseField label={t('common.yourPassphrase')} value={state.value} onChange={(event) => state.set(event.target.value)} error={state.missing} hint={hint} disabled={disabled} />;
}
