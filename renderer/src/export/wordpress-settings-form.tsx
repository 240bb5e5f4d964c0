import { useState } from 'react';
import { applicationPasswordSchema, checkSiteUrl, keepsSavedPassword, wordPressUserSchema, type WordPressSettingsView } from '../../../common/domain/wordpress';
import type { Checked } from '../app/use-validated-form';
import { useValidatedForm } from '../app/use-validated-form';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { useT } from '../i18n/use-t';
import { translate } from '../i18n/translate';
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

// Examples of what is typed, the same in every language.
const SITE_PLACEHOLDER = 'https://news.example.org';
const PASSWORD_PLACEHOLDER = 'xxxx xxxx xxxx xxxx xxxx xxxx';

type SettingsFields = { siteUrl: string; user: string; applicationPassword?: string };

/** Whether the saved password may stay: same origin and user as the saved settings. */
function keepsPassword(current: WordPressSettingsView | null, draft: SettingsDraft): boolean {
  if (!current) return false;
  const site = checkSiteUrl(draft.siteUrl);
  return site.ok && keepsSavedPassword(current, { siteUrl: site.url, user: draft.user.trim() });
}

function validate(draft: SettingsDraft, current: WordPressSettingsView | null): Checked<SettingsFields, keyof SettingsDraft> {
  const errors: Partial<Record<keyof SettingsDraft, string>> = {};
  const site = checkSiteUrl(draft.siteUrl);
  if (!site.ok) errors.siteUrl = site.problem;
  const user = wordPressUserSchema.safeParse(draft.user);
  if (!user.success) errors.user = user.error.issues[0]?.message ?? translate('export.wordpress.checkUser');
  const empty = draft.password.trim() === '';
  const password = empty && keepsPassword(current, draft) ? null : applicationPasswordSchema.safeParse(draft.password);
  if (password && !password.success) errors.password = empty && current ? translate('export.wordpress.passwordAgain') : (password.error.issues[0]?.message ?? translate('export.wordpress.checkPassword'));
  if (Object.keys(errors).length > 0 || !site.ok || !user.success) return { ok: false, errors };
  return { ok: true, fields: { siteUrl: site.url, user: user.data, ...(password?.success ? { applicationPassword: password.data } : {}) } };
}

interface WordPressSettingsFormProps {
  current: WordPressSettingsView | null;
  onSaved: (settings: WordPressSettingsView) => void;
  onCancel?: () => void;
}

export function WordPressSettingsForm({ current, onSaved, onCancel }: WordPressSettingsFormProps) {
  const t = useT();
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
      aria-label={t('export.wordpress.connection')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field
        label={t('export.wordpress.site')}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder={SITE_PLACEHOLDER}
        value={draft.siteUrl}
        error={errors.siteUrl}
        disabled={saving}
        onChange={(event) => update({ siteUrl: event.target.value })}
        hint={t('export.wordpress.siteHint')}
      />
      <Field label={t('export.wordpress.user')} autoComplete="off" spellCheck={false} value={draft.user} error={errors.user} disabled={saving} onChange={(event) => update({ user: event.target.value })} />
      <Field
        label={t('export.wordpress.password')}
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        spellCheck={false}
        inputClassName="input-mono"
        value={draft.password}
        error={errors.password}
        disabled={saving}
        placeholder={keeps && current ? t('export.wordpress.passwordSaved', { ending: current.passwordEnding }) : PASSWORD_PLACEHOLDER}
        onChange={(event) => update({ password: event.target.value })}
        hint={
          keeps
            ? t('export.wordpress.passwordKeepHint')
            : current
              ? t('export.wordpress.passwordChangedHint')
              : t('export.wordpress.passwordNewHint')
        }
      >
        <button type="button" className="link-button wordpress-password-toggle" aria-pressed={shown} disabled={saving} onClick={() => setShown((s) => !s)}>
          {t('export.wordpress.showPassword')}
        </button>
      </Field>
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {current ? t('export.wordpress.save') : t('export.wordpress.connect')}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" disabled={saving} onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
