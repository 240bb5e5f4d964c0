import { useId, useState, type FormEvent } from 'react';
import type { CreatedVault, VaultStatus } from '../../../common/api/types';
import { callApi } from '../api';
import { formatDate } from '../app/format';
import { Field } from '../components/field';
import { PathText } from '../components/path-text';
import { ScreenHeading } from '../components/screen-heading';
import { NewsroomRegionsForm } from './newsroom-regions-form';
import { RevealTimeForm } from './reveal-time-form';
import { InterfaceLanguageForm } from './interface-language-form';
import { AcronymReadingsForm } from './acronym-readings-form';
import { FormError } from '../components/form-error';
// WordPress
import { WordPressSettingsSection } from '../export/wordpress-settings-section';
import { SecuritySection } from './security-section';
import { DeskSettingsSection } from '../desk/desk-settings-section';
import { useT } from '../i18n/use-t';

const NAME_MAX_LENGTH = 80;

interface VaultSettingsPageProps {
  status: VaultStatus;
  onStatus: (status: VaultStatus) => void;
  onNewRecoveryKey: (created: CreatedVault) => void;
}

export function VaultSettingsPage({ status, onStatus, onNewRecoveryKey }: VaultSettingsPageProps) {
  const t = useT();
  const [name, setName] = useState(status.name ?? '');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameSectionId = useId();
  const factsId = useId();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaved(false);
    if (name.trim() === '') {
      setError(t('settings.name.missing'));
      return;
    }
    setSaving(true);
    setError(null);
    const result = await callApi((api) => api.renameVault({ name: name.trim() }));
    setSaving(false);
    if (result.ok) {
      onStatus(result.value);
      setName(result.value.name ?? name.trim());
      setSaved(true);
    } else {
      setError(result.error.message);
    }
  }

  return (
    <article className="page">
      <ScreenHeading className="page-title">{t('nav.settings')}</ScreenHeading>
      <p className="page-subtitle">{t('settings.subtitle')}</p>

      <section className="panel" aria-labelledby={nameSectionId}>
        <h2 id={nameSectionId} className="panel-title">
          {t('settings.name.heading')}
        </h2>
        <form className="form" onSubmit={(event) => void save(event)} noValidate>
          <Field
            label={t('settings.name.label')}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setSaved(false);
            }}
            maxLength={NAME_MAX_LENGTH}
            autoComplete="off"
            disabled={saving}
            hint={t('settings.name.hint')}
          />
          <FormError message={error} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={saving}>
              {t('settings.name.save')}
            </button>
            <p role="status" className="form-status">
              {saved ? t('common.saved') : ''}
            </p>
          </div>
        </form>
      </section>

      <InterfaceLanguageForm />

      <RevealTimeForm />

      <NewsroomRegionsForm />

      <AcronymReadingsForm />

      {/* --- wordpress --- */}
      <WordPressSettingsSection />
      <DeskSettingsSection />
      <SecuritySection onNewRecoveryKey={onNewRecoveryKey} />

      <section className="panel" aria-labelledby={factsId}>
        <h2 id={factsId} className="panel-title">
          {t('settings.about.heading')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('settings.about.location')}</dt>
            <dd className="mono">
              <PathText path={status.path} />
            </dd>
          </div>
          <div>
            <dt>{t('settings.about.created')}</dt>
            <dd>{formatDate(status.createdAt)}</dd>
          </div>
        </dl>
      </section>
    </article>
  );
}
