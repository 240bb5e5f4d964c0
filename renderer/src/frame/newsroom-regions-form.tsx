import { useId, useState, type FormEvent } from 'react';
import { contract } from '../../../common/api/contract';
import { useSaveCall } from '../app/use-save-call';
import { Field } from '../components/field';
import { SaveActions } from '../components/save-actions';
import { usePreferenceField } from './use-preference-field';

/** Codes as typed ("kr, cn  jp") → ["KR", "CN", "JP"]. */
function parseRegions(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean).map((code) => code.toUpperCase()))];
}

/**
 * The regions the newsroom reports from: a phone stored in national format ("010-…", "138…")
 * is also looked for in those regions' international forms (+82…, 0086…). A vault preference.
 */
export function NewsroomRegionsForm() {
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
      setFieldError('Two-letter region codes separated by commas, such as KR, CN (at most 30).');
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
        Newsroom regions
      </h2>
      <p className="panel-intro">The leak guard also looks for a source’s phone number in the international forms of these regions, when the number was saved without a country code.</p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <Field
          label="Regions the newsroom reports from"
          value={text}
          spellCheck={false}
          autoCapitalize="characters"
          onChange={(event) => {
            setText(event.target.value);
            setSaved(false);
            setFieldError(null);
          }}
          disabled={saving || !loaded}
          hint="Two-letter codes, separated by commas: KR, CN, JP."
          error={fieldError}
        />
        <SaveActions error={error} label="Save regions" disabled={saving || !loaded} saved={saved} />
      </form>
    </section>
  );
}
