import { useId, useState, type FormEvent } from 'react';
import { contract } from '../../../common/api/contract';
import { useSaveCall } from '../app/use-save-call';
import { Field } from '../components/field';
import { SaveActions } from '../components/save-actions';
import { usePreferenceField } from './use-preference-field';
import { useT } from '../i18n/use-t';

/** Codes as typed ("kr, cn  jp") → ["KR", "CN", "JP"]. */
function parseRegions(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean).map((code) => code.toUpperCase()))];
}

/**
 * The regions the newsroom reports from: a phone stored in national format ("010-…", "138…")
 * is also looked for in those regions' international forms (+82…, 0086…). A vault preference.
 */
export function NewsroomRegionsForm() {
  const t = useT();
  const sectionId = useId();
  const [saved, setSaved] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { saving, error, setError, send } = useSaveCall();
  const { text, setText, loaded } = usePreferenceField((p) => p.newsroomRegions.join(', '), setError);


  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving || !loaded) return;
    setSaved(false);
    const parsed = contract.updatePreferences.input.safeParse({ newsroomRegions: parseRegions(text) });
    if (!parsed.success) {
      setFieldError(t('settings.regions.invalid'));
      return;
    }
    setFieldError(null);
    const preferences = await send((api) => api.updatePreferences(parsed.data));
    if (!preferences) return;
    setText(preferences.newsroomRegions.join(', '));
    setSaved(true);
  }

  return (
    <section className="panel" aria-labelledby={sectionId}>
      <h2 id={sectionId} className="panel-title">
        {t('settings.regions.heading')}
      </h2>
      <p className="panel-intro">{t('settings.regions.intro')}</p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <Field
          label={t('settings.regions.label')}
          value={text}
          spellCheck={false}
          autoCapitalize="characters"
          onChange={(event) => {
            setText(event.target.value);
            setSaved(false);
            setFieldError(null);
          }}
          disabled={saving || !loaded}
          hint={t('settings.regions.hint')}
          error={fieldError}
        />
        <SaveActions error={error} label={t('settings.regions.save')} disabled={saving || !loaded} saved={saved} />
      </form>
    </section>
  );
}
