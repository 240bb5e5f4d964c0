import { useState } from 'react';
import { applicationPasswordSchema, checkSiteUrl, keepsSavedPassword, wordPressUserSchema, type WordPressSettingsView } from '../../../common/domain/wordpress';
import type { Checked } from '../app/use-validated-form';
import { useValidatedForm } from '../app/use-validated-form';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import '../styles/wordpress.css';

// Where the reporter enters the WordPress site, user and application password. The password goes
// to main and into the vault; it is never sent back. It stays bound to the site it was entered
// for: the field may be left empty only while the origin (scheme, host, port) and the user are
// the saved ones; main refuses anything else.

interface SettingsDraft {
  siteUrl: string;
  user: string;
  password: string;
}

type SettingsFields = { siteUrl: string; user: string; applicationPassword?: string };

/** Whether the saved password may stay: same origin and user as the saved settings. */
function keepsPassword(current: WordPressSettingsView | null, draft: SettingsDraft): boolean {
  if (!current) return false;
  const site = checkSiteUrl(draft.siteUrl);
  return site.ok && keepsSavedPassword(current, { siteUrl: site.url, user: draft.user.trim() });
}

const PASSWORD_AGAIN = 'The site or user changed: paste the application password for it. A saved password is only sent to the site and user it was entered for.';

function validate(draft: SettingsDraft, current: WordPressSettingsView | null): Checked<SettingsFields, keyof SettingsDraft> {
  const errors: Partial<Record<keyof SettingsDraft, string>> = {};
  const site = checkSiteUrl(draft.siteUrl);
  if (!site.ok) errors.siteUrl = site.problem;
  const user = wordPressUserSchema.safeParse(draft.user);
  if (!user.success) errors.user = user.error.issues[0]?.message ?? 'Check the user name';
  const empty = draft.password.trim() === '';
  const password = empty && keepsPassword(current, draft) ? null : applicationPasswordSchema.safeParse(draft.password);
  if (password && !password.success) errors.password = empty && current ? PASSWORD_AGAIN : (password.error.issues[0]?.message ?? 'Check the application password');
  if (Object.keys(errors).length > 0 || !site.ok || !user.success) return { ok: false, errors };
  return { ok: true, fields: { siteUrl: site.url, user: user.data, ...(password?.success ? { applicationPassword: password.data } : {}) } };
}

interface WordPressSettingsFormProps {
  current: WordPressSettingsView | null;
  onSaved: (settings: WordPressSettingsView) => void;
  onCancel?: () => void;
}

export function WordPressSettingsForm({ current, onSaved, onCancel }: WordPressSettingsFormProps) {
  const [shown, setShown] = useState(false);
  const { draft, update, errors, saving, error, formRef, submit } = useValidatedForm<SettingsDraft, SettingsFields>(
    () => ({ siteUrl: current?.siteUrl ?? '', user: current?.user ?? '', password: '' }),
    (d) => validate(d, current),
  );
  const keeps = keepsPassword(current, draft);

  async function save() {
    const saved = await submit((api, fields) => api.saveWordPressSettings(fields));
    if (saved) onSaved(saved);
  }

  return (
    <form
      ref={formRef}
      className="form wordpress-settings-form"
      aria-label="WordPress connection"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field
        label="Site address"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://news.example.org"
        value={draft.siteUrl}
        error={errors.siteUrl}
        disabled={saving}
        onChange={(event) => update({ siteUrl: event.target.value })}
        hint="The address of the WordPress site. Shieldnote sends nothing anywhere else."
      />
      <Field label="User name" autoComplete="off" spellCheck={false} value={draft.user} error={errors.user} disabled={saving} onChange={(event) => update({ user: event.target.value })} />
      <Field
        label="Application password"
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        spellCheck={false}
        inputClassName="input-mono"
        value={draft.password}
        error={errors.password}
        disabled={saving}
        placeholder={keeps && current ? `Saved, ending in ${current.passwordEnding}` : 'xxxx xxxx xxxx xxxx xxxx xxxx'}
        onChange={(event) => update({ password: event.target.value })}
        hint={
          keeps
            ? 'Leave empty to keep the saved password. Changing the site’s host or the user means entering it again: it is only ever sent to the site it was entered for.'
            : current
              ? 'The site or user changed, so the saved password is not used: paste the application password for this site and user.'
              : 'Made in WordPress under Users → Profile → Application passwords. Stored encrypted in the vault and never shown again.'
        }
      >
        <button type="button" className="link-button wordpress-password-toggle" aria-pressed={shown} disabled={saving} onClick={() => setShown((s) => !s)}>
          Show password
        </button>
      </Field>
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {current ? 'Save WordPress settings' : 'Connect WordPress'}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" disabled={saving} onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
