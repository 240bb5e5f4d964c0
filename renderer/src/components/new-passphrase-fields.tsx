import { useId, useMemo } from 'react';
import {
  PASSPHRASE_MAX_LENGTH,
  PASSPHRASE_MIN_LENGTH,
  assessPassphrase,
} from '../../../common/vault/passphrase-strength';
import { Field } from './field';
import { StrengthMeter } from './strength-meter';

export interface NewPassphrase {
  passphrase: string;
  confirmation: string;
}

/** What is still missing before a new passphrase can be set, said plainly; null when ready. */
export function newPassphraseProblem({ passphrase, confirmation }: NewPassphrase): string | null {
  if (passphrase === '') return 'Choose a new passphrase.';
  const assessment = assessPassphrase(passphrase);
  if (!assessment.acceptable) {
    return passphrase.length < PASSPHRASE_MIN_LENGTH
      ? `The passphrase needs at least ${PASSPHRASE_MIN_LENGTH} characters.`
      : 'The passphrase is too easy to guess. Add another unrelated word.';
  }
  if (confirmation === '') return 'Type the new passphrase again to confirm it.';
  if (confirmation !== passphrase) return 'The two passphrases do not match.';
  return null;
}

interface NewPassphraseFieldsProps {
  value: NewPassphrase;
  onChange: (value: NewPassphrase) => void;
  reveal: boolean;
  label?: string;
}

/** A new passphrase typed twice, with the strength meter under the first field. */
export function NewPassphraseFields({ value, onChange, reveal, label = 'New passphrase' }: NewPassphraseFieldsProps) {
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
        hint="Four or more unrelated words work well."
        describedBy={`${ids}-strength ${ids}-feedback`}
      >
        <StrengthMeter assessment={assessment} labelId={`${ids}-strength`} feedbackId={`${ids}-feedback`} />
      </Field>
      <Field
        label={`Confirm ${label.charAt(0).toLowerCase()}${label.slice(1)}`}
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
