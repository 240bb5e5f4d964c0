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

/** A window event: the interface language was set in main by something other than this provider. */
export const INTERFACE_LANGUAGE_CHANGED = 'shieldnote:interface-language-changed';

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
    const read = () =>
      void callApi((api) => api.getInterfaceLanguage()).then((result) => {
        if (live && result.ok) setChoice(result.value.choice);
      });
    read();
    // Set outside this window's settings form (the screenshot tour photographs each screen in
    // both languages this way): read main's setting again, the screen keeps its state.
    window.addEventListener(INTERFACE_LANGUAGE_CHANGED, read);
    return () => {
      live = false;
      window.removeEventListener(INTERFACE_LANGUAGE_CHANGED, read);
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
