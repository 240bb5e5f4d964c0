import type { FormEvent, Ref } from 'react';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';

// The identity panel's passphrase form: main checks the passphrase before any term is shown.

interface IdentityRevealFormProps {
  passphraseRef: Ref<HTMLInputElement>;
  passphrase: string;
  onPassphraseChange: (value: string) => void;
  busy: boolean;
  error: string | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
}

export function IdentityRevealForm({ passphraseRef, passphrase, onPassphraseChange, busy, error, onSubmit, onCancel }: IdentityRevealFormProps) {
  return (
    <form className="form identity-reveal" onSubmit={onSubmit} noValidate>
      <Field
        ref={passphraseRef}
        label="Passphrase"
        type="password"
        value={passphrase}
        onChange={(event) => onPassphraseChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        disabled={busy}
        hint="Every reveal is recorded in the vault’s audit log."
      />
      <FormError message={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          Reveal
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
