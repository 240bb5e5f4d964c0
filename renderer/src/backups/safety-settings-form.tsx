import { useEffect, useId, useState, type FormEvent } from 'react';
import { contract } from '../../../common/api/contract';
import type { SafetySettings } from '../../../common/domain/vault-health';
import { callApi } from '../api';
import { useSaveCall } from '../app/use-save-call';
import { Field } from '../components/field';
import { SaveActions } from '../components/save-actions';
import { useT } from '../i18n/use-t';
import { FormattedMessage } from 'react-intl';

type Draft = Record<'autoLockMinutes' | 'backupsKept' | 'backupIntervalMinutes', string> & { contentProtection: boolean };

const toDraft = (s: SafetySettings): Draft => ({
  autoLockMinutes: String(s.autoLockMinutes),
  backupsKept: String(s.backupsKept),
  backupIntervalMinutes: String(s.backupIntervalMinutes),
  contentProtection: s.contentProtection,
});

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** Auto-lock, backup rotation and screen-capture protection: vault settings kept by main. */
export function SafetySettingsForm({ onSaved }: { onSaved?: (settings: SafetySettings) => void }) {
  const t = useT();
  const sectionId = useId();
  const checkboxId = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const { saving, error, setError, send } = useSaveCall();

  useEffect(() => {
    let current = true;
    void callApi((api) => api.getSafetySettings({})).then((result) => {
      if (!current) return;
      if (result.ok) setDraft(toDraft(result.value));
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [setError]);

  function change(patch: Partial<Draft>) {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setSaved(false);
    setFieldErrors({});
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving || !draft) return;
    const input = {
      autoLockMinutes: whole(draft.autoLockMinutes),
      backupsKept: whole(draft.backupsKept),
      backupIntervalMinutes: whole(draft.backupIntervalMinutes),
      contentProtection: draft.contentProtection,
    };
    const parsed = contract.updateSafetySettings.input.safeParse(input);
    if (!parsed.success) {
      const errors: Partial<Record<keyof Draft, string>> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof Draft;
        errors[key] ??= Number.isNaN(input[key as keyof typeof input]) ? t('backups.safety.whole') : issue.message;
      }
      setFieldErrors(errors);
      return;
    }
    const settings = await send((api) => api.updateSafetySettings(parsed.data));
    if (!settings) return;
    setDraft(toDraft(settings));
    setSaved(true);
    onSaved?.(settings);
  }

  const disabled = saving || !draft;
  return (
    <section className="panel" aria-labelledby={sectionId}>
      <h2 id={sectionId} className="panel-title">
        {t('backups.safety.heading')}
      </h2>
      <p className="panel-intro">
        <FormattedMessage id="backups.safety.intro" values={{ k: (keys) => <kbd className="shortcut">{keys}</kbd> }} />
      </p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <Field
          label={t('backups.safety.lockAfter')}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={draft?.autoLockMinutes ?? ''}
          onChange={(event) => change({ autoLockMinutes: event.target.value })}
          disabled={disabled}
          hint={t('backups.safety.lockAfterHint')}
          error={fieldErrors.autoLockMinutes ?? null}
        />
        <Field
          label={t('backups.safety.kept')}
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          value={draft?.backupsKept ?? ''}
          onChange={(event) => change({ backupsKept: event.target.value })}
          disabled={disabled}
          hint={t('backups.safety.keptHint')}
          error={fieldErrors.backupsKept ?? null}
        />
        <Field
          label={t('backups.safety.interval')}
          type="number"
          inputMode="numeric"
          min={1}
          max={1440}
          value={draft?.backupIntervalMinutes ?? ''}
          onChange={(event) => change({ backupIntervalMinutes: event.target.value })}
          disabled={disabled}
          hint={t('backups.safety.intervalHint')}
          error={fieldErrors.backupIntervalMinutes ?? null}
        />
        <div className="checkbox">
          <input
            id={checkboxId}
            type="checkbox"
            checked={draft?.contentProtection ?? true}
            disabled={disabled}
            onChange={(event) => change({ contentProtection: event.target.checked })}
          />
          <label htmlFor={checkboxId}>{t('backups.safety.protection')}</label>
        </div>
        <SaveActions error={error} label={t('backups.safety.save')} disabled={disabled} saved={saved} />
      </form>
    </section>
  );
}
