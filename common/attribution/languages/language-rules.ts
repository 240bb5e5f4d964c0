import type { DraftLanguage } from '../../domain/language';
import type { SourceLabel } from '../../domain/source';

// What the attribution engine asks of a language. The engine decides which form a citation takes
// (first mention, separate, back-reference, ordinal, plural) the same way in every language; a
// language only says how each form is spelled, which labels are alike, how a date reads and where
// it goes. Adding a language is one more file like en.ts or ko.ts and one line in index.ts.

export type RuleForm = 'indefinite' | 'separate' | 'definite' | 'ordinal' | 'plural';

export interface LanguageRules<L> {
  language: DraftLanguage;
  /** This language's label of a source, or null when the reporter has not written one. */
  labelOf(label: SourceLabel): L | null;
  /** Same noun and same place: a second such source is "separate", and refers back ambiguously. */
  alike(a: L, b: L): boolean;
  /** First mention; `outlet` ("데일리NK") where the language prefixes one to a single source. */
  first(label: L, outlet: string): string;
  /** First mention of a source alike to one cited before. */
  separate(label: L, outlet: string): string;
  /** A later mention; `others` are the labels of the other sources cited one by one before. */
  backReference(label: L, others: readonly L[]): string;
  /**
   * A later mention among alike sources (1-based position among them). Absent where published
   * copy has no idiomatic ordinal: the engine prints the label and marks the citation ambiguous.
   */
  ordinal?: (label: L, position: number) => string;
  /** Several sources in one citation; `outlet` prefixes a collective attribution. */
  plural(labels: readonly L[], outlet: string): string;
  /** When the statement was made, as precisely as known ("2018", "2018-05", "2018-05-05"). */
  date(saidOn: string): string;
  /** Puts the date where the language puts it (after the label in English, before it in Korean). */
  withDate(text: string, date: string): string;
  /** Capitalization where the language has it. */
  atSentenceStart(text: string): string;
  /** How the review names each form, with an example, for item 7's reasons. */
  formWords: Record<RuleForm, string>;
  /** The words a wrong override says, quoted in item 7's reasons. */
  keyWords: { separate: string; definite: string };
}

export const clean = (s: string) => s.trim().replace(/\s+/g, ' ');
