import { useId, useState, type FormEvent } from 'react';
import { contract } from '../../../common/api/contract';
import { useSaveCall } from '../app/use-save-call';
import { Field } from '../components/field';
import { SaveActions } from '../components/save-actions';
import { usePreferenceField } from './use-preference-field';
import { useT } from '../i18n/use-t';

/** How long a revealed identity stays on screen: a vault preference, kept by main. */
export function RevealTimeForm() {
  const t = useT();
  const sectionId = useId();
  const [saved, setSaved] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { saving, error, setError, send } = useSaveCall();
  const { text: seconds, setText: setSeconds, loaded } = usePreferenceField((p) => String(p.identityRevealSeconds), setError);


  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving || !loaded) return;
    setSaved(false);
    const parsed = contract.updatePreferences.input.safeParse({
      identityRevealSeconds: /^\d+$/.test(seconds.trim()) ? Number(seconds.trim()) : Number.NaN,
    });
    if (!parsed.success) {
      setFieldError(t('settings.reveal.invalid'));
      return;
    }
    setFieldError(null);
    const preferences = await send((api) => api.updatePreferences(parsed.data));
    if (!preferences) return;
    setSeconds(String(preferences.identityRevealSeconds));
    setSaved(true);
  }

  return (
    <section className="panel" aria-labelledby={sectionId}>
      <h2 id={sectionId} className="panel-title">
        {t('settings.reveal.heading')}
      </h2>
      <p className="panel-intro">{t('settings.reveal.intro')}</p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <Field
          label={t('settings.reveal.label')}
          type="number"
          inputMode="numeric"
          min={5}
          max={600}
          step={1}
          value={seconds}
          onChange={(event) => {
            setSeconds(event.target.value);
            setSaved(false);
            setFieldError(null);
          }}
          disabled={saving || !loaded}
          hint={t('settings.reveal.hint')}
          error={fieldError}
        />
        <SaveActions error={error} label={t('settings.reveal.save')} disabled={saving || !loaded} saved={saved} />
      </form>
    </section>
  );
}
