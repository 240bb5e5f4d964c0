import { LABEL_LANGUAGES, type LabelLanguage } from '../../domain/language';
import type { LocalLabel, SourceLabel } from '../../domain/source';
import { indefiniteForm } from '../label-forms';
import { clean } from './language-rules';

// Helpers shared by the languages whose label is a place and a noun (ko, zh-Hans, ja).

/** The label in `language`, trimmed, or null when the reporter wrote none (or only a place). */
export function localLabelOf(label: SourceLabel, language: LabelLanguage): LocalLabel | null {
  const local = label.byLanguage?.[language];
  if (!local || !clean(local.noun)) return null;
  return { place: clean(local.place), noun: clean(local.noun) };
}

/** Compares places without the genitive a reporter may have typed ("양강도의", "咸鏡北道の"). */
export function placeKey(place: string, genitive: string): string {
  const p = clean(place).toLowerCase();
  return genitive && p.endsWith(genitive) ? p.slice(0, -genitive.length).trim() : p;
}

export const sameNoun = (a: LocalLabel, b: LocalLabel) => clean(a.noun).toLowerCase() === clean(b.noun).toLowerCase();

/** One label's own words (place and noun) tell it apart from the others with the same noun. */
export const hasSameNounOther = (label: LocalLabel, others: readonly LocalLabel[]) => others.some((o) => sameNoun(o, label));

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` as numbers (no leading zeros). */
export function dateParts(saidOn: string): { year: number; month?: number; day?: number } {
  const [y, m, d] = saidOn.split('-').map(Number) as [number, number | undefined, number | undefined];
  return { year: y, ...(m === undefined ? {} : { month: m }), ...(d === undefined ? {} : { day: d }) };
}

/** The label as each of its languages writes it (English first): what the leak guard checks. */
export function labelTexts(label: SourceLabel): string[] {
  const local = LABEL_LANGUAGES.map((language) => localLabelOf(label, language)).filter((l): l is LocalLabel => l !== null);
  return [indefiniteForm(label), ...local.map((l) => [l.place, l.noun].filter(Boolean).join(' '))];
}
