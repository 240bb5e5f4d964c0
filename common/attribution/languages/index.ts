import type { DraftLanguage } from '../../domain/language';
import { english } from './en';
import { japanese } from './ja';
import { korean } from './ko';
import type { LanguageRules } from './language-rules';
import { chinese } from './zh';

// Every language the engine renders, by BCP 47 tag (common/domain/language.ts).

// The engine only passes each language's labels back to the same language's functions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const LANGUAGE_RULES: Record<DraftLanguage, LanguageRules<any>> = {
  en: english,
  ko: korean,
  'zh-Hans': chinese,
  ja: japanese,
};

export function rulesFor(language: DraftLanguage): LanguageRules<unknown> {
  return LANGUAGE_RULES[language];
}
