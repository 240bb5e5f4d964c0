import { useEffect, useId, useState } from 'react';
import type { WordPressSettingsView } from '../../../common/domain/wordpress';
import { callApi } from '../api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { WordPressSettingsForm } from './wordpress-settings-form';
import { useT } from '../i18n/use-t';

const MASK = '•••• ';

// The saved WordPress connection as Vault settings shows it: the site, the user and the last four
// characters of the password; replace or remove it.

/** Loads the saved settings; `undefined` while loading. */
export function useWordPressSettings() {
  const [settings, setSettings] = useState<WordPressSettingsView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void callApi((api) => api.getWordPressSettings({})).then((result) => {
      if (!current) return;
      if (result.ok) setSettings(result.value.settings);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, []);
  return { settings, setSettings, error };
}

export function WordPressSettingsSummary({ settings }: { settings: WordPressSettingsView }) {
  const t = useT();
  return (
    <dl className="facts">
      <div>
        <dt>{t('export.wordpress.summary.site')}</dt>
        <dd className="mono wordpress-site">{settings.siteUrl}</dd>
      </div>
      <div>
        <dt>{t('export.wordpress.summary.user')}</dt>
        <dd>{settings.user}</dd>
      </div>
      <div>
        <dt>{t('export.wordpress.password')}</dt>
        <dd>
          <span className="visually-hidden">{t('export.wordpress.summary.endsIn')}</span>
          <span aria-hidden="true">{MASK}</span>
          <span className="mono">{settings.passwordEnding}</span>
        </dd>
      </div>
    </dl>
  );
}

export function WordPressSettingsSection() {
  const t = useT();
  const sectionId = useId();
  const { settings, setSettings, error: loadError } = useWordPressSettings();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function remove() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.forgetWordPressSettings({}));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setRemoving(false);
    setSettings(null);
    setStatus(t('export.wordpress.removed'));
  }

  return (
    <section className="panel" aria-labelledby={sectionId}>
      <h2 id={sectionId} className="panel-title">
        {t('export.wordpress.heading')}
      </h2>
      <p className="panel-intro">{t('export.wordpress.intro')}</p>
      {/* Not an alert: the page has its own forms, and this section only failed to load. */}
      {loadError ? <p className="field-hint">{t('export.wordpress.loadFailed', { error: loadError })}</p> : null}
      {settings === undefined ? null : editing || settings === null ? (
        <WordPressSettingsForm
          current={settings}
          onSaved={(saved) => {
            setSettings(saved);
            setEditing(false);
            setStatus(t('export.wordpress.saved'));
          }}
          onCancel={settings ? () => setEditing(false) : undefined}
        />
      ) : (
        <>
          <WordPressSettingsSummary settings={settings} />
          <div className="button-row wordpress-settings-actions">
            <button type="button" className="button button-secondary button-small" onClick={() => { setStatus(''); setEditing(true); }}>
              {t('export.wordpress.replace')}
            </button>
            <button type="button" className="button button-secondary button-small button-danger-text" onClick={() => setRemoving(true)}>
              {t('export.wordpress.remove')}
            </button>
          </div>
        </>
      )}
      {status ? (
        <p role="status" className="form-status">
          {status}
        </p>
      ) : null}
      {removing ? (
        <ConfirmDialog title={t('export.wordpress.removeTitle')} confirmLabel={t('export.wordpress.removeConfirm')} danger busy={busy} error={error} onConfirm={() => void remove()} onCancel={() => setRemoving(false)}>
          {t('export.wordpress.removeBody')}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
