import { useState, type Ref } from 'react';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { useT } from '../i18n/use-t';

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
  const t = useT();
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
        label={t('sources.identity.passphrase')}
        type="password"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        disabled={busy}
        hint={t('sources.identity.passphraseHint')}
      />
      <FormError message={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('sources.identity.revealButton')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
          {t('sources.identity.cancel')}
        </button>
      </div>
    </form>
  );
}
