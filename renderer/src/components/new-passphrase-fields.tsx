import { useId, useMemo } from 'react';
import {
  PASSPHRASE_MAX_LENGTH,
  PASSPHRASE_MIN_LENGTH,
  assessPassphrase,
} from '../../../common/vault/passphrase-strength';
import { Field } from './field';
import { StrengthMeter } from './strength-meter';
import { useT } from '../i18n/use-t';
import { translate } from '../i18n/translate';

export interface NewPassphrase {
  passphrase: string;
  confirmation: string;
}

/** What is still missing before a new passphrase can be set, said plainly; null when ready. */
export function newPassphraseProblem({ passphrase, confirmation }: NewPassphrase): string | null {
  if (passphrase === '') return translate('passphrase.problem.empty');
  const assessment = assessPassphrase(passphrase);
  if (!assessment.acceptable) {
    return passphrase.length < PASSPHRASE_MIN_LENGTH
      ? translate('passphrase.problem.short', { min: PASSPHRASE_MIN_LENGTH })
      : translate('passphrase.problem.guessable');
  }
  if (confirmation === '') return translate('passphrase.problem.confirmEmpty');
  if (confirmation !== passphrase) return translate('passphrase.problem.mismatch');
  return null;
}

interface NewPassphraseFieldsProps {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  reveal: boolean;
  label?: string;
}

/** A new passphrase typed twice, with the strength meter under the first field. */
export function NewPassphraseFields({ value, onChange, reveal, label: givenLabel }: NewPassphraseFieldsProps) {
  const t = useT();
  const label = givenLabel ?? t('passphrase.new');
  const ids = useId();
  const assessment = useMemo(() => (value.passphrase === '' ? null : assessPassphrase(value.passphrase)), [value.passphrase]);
  return (
    <>
      <Field
        label={label}
        type={reveal ? 'text' : 'password'}
        value={value.passphrase}
        onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
        maxLength={PASSPHRASE_MAX_LENGTH}
        autoComplete="new-password"
        spellCheck={false}
        hint={t('passphrase.new.hint')}
        describedBy={`${ids}-strength ${ids}-feedback`}
      >
        <StrengthMeter assessment={assessment} labelId={`${ids}-strength`} feedbackId={`${ids}-feedback`} />
      </Field>
      <Field
        label={t('passphrase.confirm', { label: label.charAt(0).toLowerCase() + label.slice(1) })}
        type={reveal ? 'text' : 'password'}
        value={value.confirmation}
        onChange={(event) => onChange({ ...value, confirmation: event.target.value })}
        maxLength={PASSPHRASE_MAX_LENGTH}
        autoComplete="new-password"
        spellCheck={false}
      />
    </>
  );
}
