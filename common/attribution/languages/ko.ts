import type { LocalLabel } from '../../domain/source';
import type { LanguageRules } from './language-rules';
import { dateParts, hasSameNounOther, localLabelOf, placeKey, sameNoun } from './local-label';

// Korean, as Korean outlets print it (forms and where each was seen: docs/attribution.md).
// - First mention: place + noun with no "한" ("양강도 소식통"), after the outlet when there is
//   one ("데일리NK 양강도 소식통"), which is Daily NK's own usage.
// - A separate alike source: "[place]의 다른 소식통", or "또 다른 소식통" without a place.
// - Back-reference: "이 소식통". Copy does not number sources ("첫 번째 소식통" is not found), so
//   a source among others with the same noun is referred back to by its place ("양강도 소식통"),
//   and among sources with the same place too there is no idiomatic way (the engine flags it).
// - Plural: "복수의 … 소식통" (no count: "두 소식통" is not found in published copy).
// - Dates go before the label, as Daily NK writes "7일 데일리NK 양강도 소식통은"; the particle the
//   reporter types after the chip then follows the noun.

const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
const bare = (place: string) => (place.endsWith('의') ? place.slice(0, -1).trim() : place);

/** 과 after a final consonant, 와 after a vowel; a non-Hangul ending reads differently, so "및". */
function and(label: string): string {
  const cp = label.codePointAt(label.length - 1) ?? 0;
  if (cp < 0xac00 || cp > 0xd7a3) return `${label} 및`;
  return (cp - 0xac00) % 28 === 0 ? `${label}와` : `${label}과`;
}

function list(items: string[]): string {
  if (items.length < 2) return items.join('');
  return [...items.slice(0, -2), `${and(items.at(-2)!)} ${items.at(-1)!}`].join(', ');
}

export const korean: LanguageRules<LocalLabel> = {
  language: 'ko',
  labelOf: (label) => localLabelOf(label, 'ko'),
  alike: (a, b) => sameNoun(a, b) && placeKey(a.place, '의') === placeKey(b.place, '의'),
  first: (label, outlet) => join(outlet.trim(), label.place, label.noun),
  separate: (label) => (label.place ? `${bare(label.place)}의 다른 ${label.noun}` : `또 다른 ${label.noun}`),
  backReference: (label, others) => (label.place && hasSameNounOther(label, others) ? join(label.place, label.noun) : `이 ${label.noun}`),
  plural: (labels, outlet) => {
    const first = labels[0]!;
    if (labels.every((l) => sameNoun(l, first))) {
      const samePlace = labels.every((l) => placeKey(l.place, '의') === placeKey(first.place, '의'));
      return join('복수의', outlet.trim(), samePlace ? first.place : '', first.noun);
    }
    return list(labels.map((l) => join(l.place, l.noun)));
  },
  date: (saidOn) => {
    const { year, month, day } = dateParts(saidOn);
    if (day !== undefined) return `${month}월 ${day}일`;
    return month !== undefined ? `${year}년 ${month}월` : `${year}년`;
  },
  withDate: (text, date) => `${date} ${text}`,
  atSentenceStart: (text) => text,
  formWords: {
    indefinite: 'place and noun (“양강도 소식통”, a first mention)',
    separate: '“…의 다른 …” or “또 다른 …” (a different person from one cited before)',
    definite: '“이 …” (someone already named)',
    ordinal: 'the place and noun again (one of several sources with the same noun)',
    plural: '“복수의 …” (several people)',
  },
  keyWords: { separate: '“다른”', definite: '“이 …”' },
};
