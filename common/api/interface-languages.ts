// Languages the interface is translated into. A draft's language (what the story is written in)
// is a separate setting; this one is the language of the app's own screens.
export const INTERFACE_LANGUAGES = ['en', 'ko'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** 'system' follows the operating system's language, falling back to English. */
export const INTERFACE_LANGUAGE_CHOICES = ['system', ...INTERFACE_LANGUAGES] as const;
export type InterfaceLanguageChoice = (typeof INTERFACE_LANGUAGE_CHOICES)[number];

export interface InterfaceLanguageSetting {
  choice: InterfaceLanguageChoice;
}

/** The interface language for a BCP 47 tag such as "ko-KR"; English when not translated. */
export function interfaceLanguageFor(tag: string | undefined): InterfaceLanguage {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (INTERFACE_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as InterfaceLanguage) : 'en';
}
