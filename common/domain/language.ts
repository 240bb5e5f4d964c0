import { z } from 'zod';

// The languages a draft can be written in, as BCP 47 tags. Everything that depends on a draft's
// language (attribution rules, export markup, search) keys on these tags. Chinese is the
// simplified script ("zh-Hans"): the forms in common/attribution/languages/zh.ts are mainland
// and Daily NK Chinese usage.

export const DRAFT_LANGUAGES = ['en', 'ko', 'zh-Hans', 'ja'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];
export const draftLanguageSchema = z.enum(DRAFT_LANGUAGES);

/** Drafts written before drafts had a language are English (docs/vault-format.md). */
export const DEFAULT_DRAFT_LANGUAGE: DraftLanguage = 'en';

/** Languages whose label is a place and a noun, kept beside the English label (source.ts). */
export const LABEL_LANGUAGES = ['ko', 'zh-Hans', 'ja'] as const satisfies readonly DraftLanguage[];
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** Each language's own name (a picker shows it as its readers write it) and its English name. */
export const LANGUAGE_NAMES: Record<DraftLanguage, { native: string; english: string }> = {
  en: { native: 'English', english: 'English' },
  ko: { native: '한국어', english: 'Korean' },
  'zh-Hans': { native: '简体中文', english: 'Chinese (simplified)' },
  ja: { native: '日本語', english: 'Japanese' },
};

/** The locale Word files mark text with (w:lang), which wants a region. */
export const OFFICE_LOCALES: Record<DraftLanguage, string> = { en: 'en-US', ko: 'ko-KR', 'zh-Hans': 'zh-CN', ja: 'ja-JP' };

export function draftLanguageOf(meta: { language?: DraftLanguage | undefined }): DraftLanguage {
  return meta.language ?? DEFAULT_DRAFT_LANGUAGE;
}

export function isLabelLanguage(language: DraftLanguage): language is LabelLanguage {
  return (LABEL_LANGUAGES as readonly string[]).includes(language);
}
