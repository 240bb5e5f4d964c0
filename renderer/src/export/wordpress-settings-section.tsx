import { useEffect, useId, useState } from 'react';
import type { WordPressSettingsView } from '../../../common/domain/wordpress';
import { callApi } from '../api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { WordPressSettingsForm } from './wordpress-settings-form';

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
  return (
    <dl className="facts">
      <div>
        <dt>Site</dt>
        <dd className="mono wordpress-site">{settings.siteUrl}</dd>
      </div>
      <div>
        <dt>User</dt>
        <dd>{settings.user}</dd>
      </div>
      <div>
        <dt>Application password</dt>
        <dd>
          <span className="visually-hidden">ends in </span>
          <span aria-hidden="true">•••• </span>
          <span className="mono">{settings.passwordEnding}</span>
        </dd>
      </div>
    </dl>
  );
}

export function WordPressSettingsSection() {
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
    setStatus('WordPress settings removed.');
  }

  return (
    <section className="panel" aria-labelledby={sectionId}>
      <h2 id={sectionId} className="panel-title">
        WordPress
      </h2>
      <p className="panel-intro">Where approved drafts are published as WordPress drafts. The only place Shieldnote connects to.</p>
      {/* Not an alert: the page has its own forms, and this section only failed to load. */}
      {loadError ? <p className="field-hint">The WordPress settings could not be loaded: {loadError}</p> : null}
      {settings === undefined ? null : editing || settings === null ? (
        <WordPressSettingsForm
          current={settings}
          onSaved={(saved) => {
            setSettings(saved);
            setEditing(false);
            setStatus('WordPress settings saved.');
          }}
          onCancel={settings ? () => setEditing(false) : undefined}
        />
      ) : (
        <>
          <WordPressSettingsSummary settings={settings} />
          <div className="button-row wordpress-settings-actions">
            <button type="button" className="button button-secondary button-small" onClick={() => { setStatus(''); setEditing(true); }}>
              Replace…
            </button>
            <button type="button" className="button button-secondary button-small button-danger-text" onClick={() => setRemoving(true)}>
              Remove…
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
        <ConfirmDialog title="Remove the WordPress settings?" confirmLabel="Remove" danger busy={busy} error={error} onConfirm={() => void remove()} onCancel={() => setRemoving(false)}>
          The site address, user and application password are deleted from this vault. Posts already on WordPress stay there; revoke the application password in WordPress too if it should no longer work.
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
