import { useId, useState } from 'react';
import { INTERFACE_LANGUAGE_CHOICES, type InterfaceLanguageChoice } from '../../../common/api/interface-languages';
import { SelectField } from '../components/select-field';
import { useInterfaceLanguage } from '../i18n/interface-language';
import { useT } from '../i18n/use-t';

/** The interface language of this installation; applies at once, the lock screen included. */
export function InterfaceLanguageForm() {
  const t = useT();
  const sectionId = useId();
  const { choice, systemLanguage, choose } = useInterfaceLanguage();
  const [saved, setSaved] = useState(false);
  const options = INTERFACE_LANGUAGE_CHOICES.map((value) => ({
    value,
    label: value === 'system' ? t('settings.language.system', { language: t(`settings.language.${systemLanguage}`) }) : t(`settings.language.${value}`),
  }));

  return (
    <section className="panel" aria-labelledby={sectionId}>
      <h2 id={sectionId} className="panel-title">
        {t('settings.language.heading')}
      </h2>
      <SelectField
        label={t('settings.language.label')}
        hint={t('settings.language.hint')}
        options={options}
        value={choice}
        onChange={(event) => {
          setSaved(false);
          void choose(event.target.value as InterfaceLanguageChoice).then(setSaved);
        }}
      />
      <p aria-live="polite" className="form-status">
        {saved ? t('settings.language.saved') : ''}
      </p>
    </section>
  );
}
