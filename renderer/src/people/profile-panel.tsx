import { useId, useState, type FormEvent } from 'react';
import { ConfirmPassphraseField, useConfirmPassphrase } from '../components/confirm-passphrase';
import { ROLES, type MyProfile, type Role } from '../../../common/domain/people';
import { callApi } from '../api';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { SelectField } from '../components/select-field';
import { useT } from '../i18n/use-t';


/** My name and role (set at first use), my fingerprint, and my key string to give to others. */
export function ProfilePanel({ profile, onSaved }: { profile: MyProfile | null; onSaved: (profile: MyProfile) => void }) {
  const t = useT();
  const headingId = useId();
  const [name, setName] = useState(profile?.name ?? '');
  const [role, setRole] = useState<Role>(profile?.role ?? 'reporter');
  const passphrase = useConfirmPassphrase(t('people.profile.passphraseMissing'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  // An editor signs drafts off, so taking the role is confirmed with the passphrase (main checks it).
  const becomesEditor = role === 'editor' && profile?.role !== 'editor';

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setError(t('people.profile.nameMissing'));
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
    setStatus(profile ? t('common.saved') : t('people.profile.created'));
  }

  async function copyKey() {
    setError(null);
    const result = await callApi((api) => api.copyMyKey({}));
    if (!result.ok) return setError(result.error.message);
    const message = t('people.profile.copied', { seconds: result.value.clearsAfterSeconds });
    setStatus(message);
    // Gone with the clipboard's copy: the message must not outlive what it describes.
    window.setTimeout(() => setStatus((current) => (current === message ? '' : current)), result.value.clearsAfterSeconds * 1000);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('people.profile.heading')}
      </h2>
      <p className="panel-intro">{profile ? t('people.profile.introSet') : t('people.profile.introNew')}</p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <Field label={t('people.profile.name')} value={name} onChange={(event) => setName(event.target.value)} maxLength={80} autoComplete="off" disabled={busy} />
        <SelectField label={t('people.profile.role')} options={ROLES.map((value) => ({ value, label: t(`people.role.${value}`) }))} value={role} onChange={(event) => setRole(event.target.value as Role)} disabled={busy} />
        {becomesEditor ? (
          <ConfirmPassphraseField state={passphrase} hint={t('people.profile.editorHint')} disabled={busy} />
        ) : null}
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {profile ? t('people.profile.save') : t('people.profile.create')}
          </button>
          {profile ? (
            <button type="button" className="button button-secondary" onClick={() => void copyKey()}>
              {t('people.profile.copyKey')}
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
            <dt>{t('people.profile.fingerprint')}</dt>
            <dd className="mono fingerprint" aria-label={t('people.profile.fingerprintLabel', { fingerprint: profile.fingerprint })}>
              {profile.fingerprint}
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
