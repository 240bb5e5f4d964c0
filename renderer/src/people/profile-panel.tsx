import { useId, useState, type FormEvent } from 'react';
import { ConfirmPassphraseField, useConfirmPassphrase } from '../components/confirm-passphrase';
import { ROLES, ROLE_LABELS, type MyProfile, type Role } from '../../../common/domain/people';
import { callApi } from '../api';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { SelectField } from '../components/select-field';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** My name and role (set at first use), my fingerprint, and my key string to give to others. */
export function ProfilePanel({ profile, onSaved }: { profile: MyProfile | null; onSaved: (profile: MyProfile) => void }) {
  const headingId = useId();
  const [name, setName] = useState(profile?.name ?? '');
  const [role, setRole] = useState<Role>(profile?.role ?? 'reporter');
  const passphrase = useConfirmPassphrase('Type your passphrase to become an editor.');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  // An editor signs drafts off, so taking the role is confirmed with the passphrase (main checks it).
  const becomesEditor = role === 'editor' && profile?.role !== 'editor';

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setError('Enter your name as colleagues know it.');
      return;
    }
    if (becomesEditor && !passphrase.require()) return;
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.saveProfile({ name: name.trim(), role, ...(becomesEditor ? { passphrase: passphrase.value } : {}) }));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    passphrase.clear();
    onSaved(result.value);
    setStatus(profile ? 'Saved' : 'Profile created. Your keys are ready.');
  }

  async function copyKey() {
    setError(null);
    const result = await callApi((api) => api.copyMyKey({}));
    if (!result.ok) return setError(result.error.message);
    const message = `Your key is on the clipboard. It is cleared in ${result.value.clearsAfterSeconds} seconds.`;
    setStatus(message);
    // Gone with the clipboard's copy: the message must not outlive what it describes.
    window.setTimeout(() => setStatus((current) => (current === message ? '' : current)), result.value.clearsAfterSeconds * 1000);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        My profile
      </h2>
      <p className="panel-intro">
        {profile
          ? 'Review packages you send are signed with your keys; others see this name and role.'
          : 'Set your name and role to send or receive review packages. Shieldnote then makes your keys; the secret halves never leave this vault.'}
      </p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <Field label="Your name" value={name} onChange={(event) => setName(event.target.value)} maxLength={80} autoComplete="off" disabled={busy} />
        <SelectField label="Role" options={ROLE_OPTIONS} value={role} onChange={(event) => setRole(event.target.value as Role)} disabled={busy} />
        {becomesEditor ? (
          <ConfirmPassphraseField state={passphrase} hint="An editor signs drafts off. Shieldnote checks your passphrase before it gives this vault that role." disabled={busy} />
        ) : null}
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {profile ? 'Save profile' : 'Create profile'}
          </button>
          {profile ? (
            <button type="button" className="button button-secondary" onClick={() => void copyKey()}>
              Copy my key
            </button>
          ) : null}
        </div>
        <p role="status" className="form-status">
          {status}
        </p>
      </form>
      {profile ? (
        <dl className="facts">
          <div>
            <dt>My fingerprint</dt>
            <dd className="mono fingerprint" aria-label={`My fingerprint: ${profile.fingerprint}`}>
              {profile.fingerprint}
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
