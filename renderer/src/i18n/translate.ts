import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import type { InterfaceLanguage } from '../../../common/api/interface-languages';
import { CATALOGS, type MessageId } from './messages';

// Text made outside a component at the moment of an event (a form check's message, an error
// answered by main) is translated here, in the language the provider last rendered with.
// Components use useT() instead, which re-renders them when the language changes.

const cache = createIntlCache();
let active: IntlShape = make('en');

function make(language: InterfaceLanguage): IntlShape {
  return createIntl({ locale: language, defaultLocale: 'en', messages: CATALOGS[language] }, cache);
}

/** Called by InterfaceLanguageProvider whenever the interface language is set. */
export function setActiveLanguage(language: InterfaceLanguage): void {
  if (active.locale !== language) active = make(language);
}

export type MessageValues = Record<string, string | number | Date | null | undefined>;

export function translate(id: MessageId, values?: MessageValues): string {
  return active.formatMessage({ id }, values);
}

/** The interface locale, for Intl formatters outside components. */
export function activeLocale(): InterfaceLanguage {
  return active.locale as InterfaceLanguage;
}
