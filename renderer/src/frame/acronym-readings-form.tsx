import { useEffect, useId, useState, type FormEvent } from 'react';
import { contract } from '../../../common/api/contract';
import type { AcronymReading } from '../../../common/domain/acronym-readings';
import { callApi } from '../api';
import { useSaveCall } from '../app/use-save-call';
import { SaveActions } from '../components/save-actions';
import { TextAreaField } from '../components/text-area-field';
import { useT } from '../i18n/use-t';

/** "NATO = 나토" lines → entries; null when a line is not of that shape. */
function parseLines(text: string): AcronymReading[] | null {
  const entries: AcronymReading[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const match = /^\s*([^=:]+?)\s*[=:]\s*(.+?)\s*$/.exec(line);
    if (!match) return null;
    entries.push({ acronym: match[1]!, reading: match[2]! });
  }
  return entries;
}

const linesOf = (entries: readonly AcronymReading[]) => entries.map((e) => `${e.acronym} = ${e.reading}`).join('\n');

/**
 * How the vault says acronyms read as words, so a Korean particle after a label ending in one
 * agrees with what is said (NASDAQ 나스닥은, not 나스닥는). Other acronyms are said letter by letter.
 */
export function AcronymReadingsForm() {
  const t = useT();
  const sectionId = useId();
  const [text, setText] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { saving, error, setError, send } = useSaveCall();

  useEffect(() => {
    let live = true;
    void callApi((api) => api.getAcronymReadings({})).then((result) => {
      if (!live) return;
      if (result.ok) {
        setText(linesOf(result.value.entries));
        setLoaded(true);
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [setError]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving || !loaded) return;
    setSaved(false);
    const entries = parseLines(text);
    const parsed = entries && contract.saveAcronymReadings.input.safeParse({ entries });
    if (!parsed?.success) {
      setFieldError(t('settings.readings.invalid'));
      return;
    }
    setFieldError(null);
    const result = await send((api) => api.saveAcronymReadings(parsed.data));
    if (!result) return;
    setText(linesOf(result.entries));
    setSaved(true);
  }

  return (
    <section className="panel" aria-labelledby={sectionId}>
      <h2 id={sectionId} className="panel-title">
        {t('settings.readings.heading')}
      </h2>
      <p className="panel-intro">{t('settings.readings.intro')}</p>
      <form className="form" onSubmit={(event) => void save(event)} noValidate>
        <TextAreaField
          label={t('settings.readings.label')}
          value={text}
          rows={4}
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            setSaved(false);
            setFieldError(null);
          }}
          disabled={saving || !loaded}
          hint={t('settings.readings.hint')}
          error={fieldError}
        />
        <SaveActions error={error} label={t('settings.readings.save')} disabled={saving || !loaded} saved={saved} />
      </form>
    </section>
  );
}
