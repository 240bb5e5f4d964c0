import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { interfaceLanguageFor, type InterfaceLanguage, type InterfaceLanguageChoice } from '../../../common/api/interface-languages';
import { callApi } from '../api';
import { CATALOGS } from './messages';
import { setActiveLanguage } from './translate';

interface InterfaceLanguageState {
  choice: InterfaceLanguageChoice;
  /** The language in use: the choice, or the system's when the choice is 'system'. */
  language: InterfaceLanguage;
  systemLanguage: InterfaceLanguage;
  choose: (choice: InterfaceLanguageChoice) => Promise<boolean>;
}

const LanguageContext = createContext<InterfaceLanguageState | null>(null);

function systemLanguage(): InterfaceLanguage {
  return interfaceLanguageFor(typeof navigator === 'undefined' ? undefined : navigator.language);
}

/** Loads this installation's interface language from main and provides the matching catalog. */
export function InterfaceLanguageProvider({ children }: { children: ReactNode }) {
  const [choice, setChoice] = useState<InterfaceLanguageChoice>('system');
  const system = systemLanguage();
  const language = choice === 'system' ? system : choice;
  // Before the children render: their event-time text (form checks, main's errors) follows too.
  setActiveLanguage(language);

  useEffect(() => {
    let live = true;
    void callApi((api) => api.getInterfaceLanguage()).then((result) => {
      if (live && result.ok) setChoice(result.value.choice);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const choose = useCallback(async (next: InterfaceLanguageChoice) => {
    const result = await callApi((api) => api.setInterfaceLanguage({ choice: next }));
    if (result.ok) setChoice(result.value.choice);
    return result.ok;
  }, []);

  const state = useMemo(() => ({ choice, language, systemLanguage: system, choose }), [choice, language, system, choose]);
  return (
    <LanguageContext.Provider value={state}>
      <IntlProvider locale={language} defaultLocale="en" messages={CATALOGS[language]}>
        {children}
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

export function useInterfaceLanguage(): InterfaceLanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useInterfaceLanguage outside InterfaceLanguageProvider');
  return state;
}
