import { useState, type Ref } from 'react';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';

// The identity panel's passphrase form: main checks the passphrase before any term is shown. The
// field is emptied as soon as the form is sent, and is gone with the form.

interface IdentityRevealFormProps {
  /** What was typed; the panel says so if it is empty. */
  onReveal: (typed: string) => void;
  onCancel: () => void;
  passphraseRef: Ref<HTMLInputElement>;
  busy: boolean;
  error: string | null;
}

export function IdentityRevealForm({ onReveal, onCancel, passphraseRef, busy, error }: IdentityRevealFormProps) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="form identity-reveal"
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        setPassphrase('');
        onReveal(passphrase);
      }}
      noValidate
    >
      <Field
        ref={passphraseRef}
        label="Passphrase"
        type="password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
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
