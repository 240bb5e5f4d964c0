import type { SourceLabel } from '../../domain/source';
import { precisionOf } from '../../domain/statement';
import { capitalizeFirst, definiteForm, indefiniteForm, labelsAlike, ordinalForm, pluralForm, separateForm } from '../label-forms';
import type { LanguageRules } from './language-rules';

// English (DESIGN §4): the rules the fixture story's published copy follows. The spelling of each
// form is in label-forms.ts.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "on May 5", "in May", "in 2018": as precise as the statement's date is known. */
export function englishDate(saidOn: string): string {
  const [year, month, day] = saidOn.split('-');
  switch (precisionOf(saidOn)) {
    case 'day':
      return `on ${MONTHS[Number(month) - 1]} ${Number(day)}`;
    case 'month':
      return `in ${MONTHS[Number(month) - 1]}`;
    default:
      return `in ${year}`;
  }
}

export const english: LanguageRules<SourceLabel> = {
  language: 'en',
  labelOf: (label) => label,
  alike: labelsAlike,
  // English copy names an outlet only for a collective attribution ("Daily NK sources in China").
  first: (label) => indefiniteForm(label),
  separate: (label) => separateForm(label),
  backReference: (label) => definiteForm(label),
  ordinal: ordinalForm,
  plural: (labels, outlet) => pluralForm([...labels], outlet),
  date: englishDate,
  withDate: (text, date) => `${text} ${date}`,
  atSentenceStart: capitalizeFirst,
  formWords: {
    indefinite: '“a …” (a first mention)',
    separate: '“a separate …” (a different person from one cited before)',
    definite: '“the …” (someone already named)',
    ordinal: '“the initial/second …” (one of several alike sources)',
    plural: 'a plural (several people)',
  },
  keyWords: { separate: '“separate”', definite: '“the source”' },
};
