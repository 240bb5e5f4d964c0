import { useEffect, useId, useState, type FormEvent } from 'react';
import { DESK_CLEANUP_DAYS, type DeskSettingsView } from '../../../common/domain/desk';
import { callApi } from '../api';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { PathText } from '../components/path-text';
import { useT } from '../i18n/use-t';

// Vault settings › Desk: the folder the newsroom shares for review packages. Main's own folder
// dialog picks it; this page never sends a path.

export function DeskSettingsSection() {
  const t = useT();
  const sectionId = useId();
  const [settings, setSettings] = useState<DeskSettingsView | null>(null);
  const [days, setDays] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    void callApi((api) => api.getDeskSettings({})).then((result) => {
      if (!live) return;
      if (result.ok) {
        setSettings(result.value);
        setDays(String(result.value.cleanupDays));
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  async function run(call: () => ReturnType<typeof callApi<DeskSettingsView>>, done: string) {
    setBusy(true);
    setError(null);
    setStatus('');
    const result = await call();
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const changed = result.value.folder !== settings?.folder || result.value.cleanupDays !== settings?.cleanupDays;
    setSettings(result.value);
    setDays(String(result.value.cleanupDays));
    if (changed) setStatus(done);
  }

  function saveDays(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = Number(days);
    if (!Number.isInteger(value) || value < DESK_CLEANUP_DAYS.min || value > DESK_CLEANUP_DAYS.max) {
      setError(t('desk.settings.days.invalid', { min: DESK_CLEANUP_DAYS.min, max: DESK_CLEANUP_DAYS.max }));
      return;
    }
    void run(() => callApi((api) => api.setDeskCleanupDays({ days: value })), t('desk.settings.saved'));
  }

  return (
    <section className="panel" aria-labelledby={sectionId}>
      <h2 id={sectionId} className="panel-title">
        {t('desk.settings.heading')}
      </h2>
      <p className="panel-intro">{t('desk.settings.intro')}</p>
      {settings?.folder ? (
        <dl className="facts">
          <div>
            <dt>{t('desk.settings.folder')}</dt>
            <dd className="mono">
              <PathText path={settings.folder} />
            </dd>
          </div>
          {!settings.reachable ? (
            <div>
              <dt>{t('desk.settings.state')}</dt>
              <dd>{t('desk.settings.unreachable')}</dd>
            </div>
          ) : null}
        </dl>
      ) : settings ? (
        <p className="empty-state">{t('desk.settings.none')}</p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={busy || !settings} onClick={() => void run(() => callApi((api) => api.chooseDeskFolder({})), t('desk.settings.chosen'))}>
          {settings?.folder ? t('desk.settings.change') : t('desk.settings.choose')}
        </button>
        {settings?.folder ? (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run(() => callApi((api) => api.forgetDeskFolder({})), t('desk.settings.forgotten'))}>
            {t('desk.settings.forget')}
          </button>
        ) : null}
      </div>
      {settings?.folder ? (
        <form className="form" onSubmit={saveDays} noValidate>
          <Field
            label={t('desk.settings.days')}
            type="number"
            inputMode="numeric"
            min={DESK_CLEANUP_DAYS.min}
            max={DESK_CLEANUP_DAYS.max}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            disabled={busy}
            hint={t('desk.settings.days.hint')}
          />
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={busy}>
              {t('desk.settings.days.save')}
            </button>
          </div>
        </form>
      ) : null}
      <FormError message={error} />
      {status ? (
        <p role="status" className="form-status">
          {status}
        </p>
      ) : null}
    </section>
  );
}
