import type { LocalLabel } from '../../domain/source';
import type { LanguageRules } from './language-rules';
import { dateParts, hasSameNounOther, localLabelOf, placeKey, sameNoun } from './local-label';

// Japanese, as Daily NK Japan, Kyodo and others print it (docs/attribution.md). The place carries
// its own の when the reporter writes one ("咸鏡北道の" + "内部情報筋"); the outlet goes between
// place and noun ("中国のデイリーNK対北朝鮮情報筋"). A separate alike source "別の…", back-reference
// "この…" ("同筋" is not found), plural "複数の…" (copy gives no count). Among sources with the
// same noun the place tells them apart. Dates open the phrase ("5月5日、…"), leaving the particle
// the reporter types after the chip next to the noun.

const key = (l: LocalLabel) => placeKey(l.place, 'の');
/** The place as a modifier: "咸鏡北道の", "韓国政府の". */
const ofPlace = (place: string) => (!place ? '' : place.endsWith('の') ? place : `${place}の`);

function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')}と${items.at(-1)!}`;
}

export const japanese: LanguageRules<LocalLabel> = {
  language: 'ja',
  labelOf: (label) => localLabelOf(label, 'ja'),
  alike: (a, b) => sameNoun(a, b) && key(a) === key(b),
  first: (label, outlet) => `${label.place}${outlet.trim()}${label.noun}`,
  separate: (label) => `${ofPlace(label.place)}別の${label.noun}`,
  backReference: (label, others) => (label.place && hasSameNounOther(label, others) ? `${label.place}${label.noun}` : `この${label.noun}`),
  plural: (labels, outlet) => {
    const first = labels[0]!;
    if (labels.every((l) => sameNoun(l, first))) {
      const place = labels.every((l) => key(l) === key(first)) ? ofPlace(first.place) : '';
      return `${place}複数の${outlet.trim()}${first.noun}`;
    }
    return list(labels.map((l) => `${l.place}${l.noun}`));
  },
  date: (saidOn) => {
    const { year, month, day } = dateParts(saidOn);
    if (day !== undefined) return `${month}月${day}日`;
    return month !== undefined ? `${year}年${month}月` : `${year}年`;
  },
  withDate: (text, date) => `${date}、${text}`,
  atSentenceStart: (text) => text,
  formWords: {
    indefinite: 'place and noun (“咸鏡北道の内部情報筋”, a first mention)',
    separate: '“別の…” (a different person from one cited before)',
    definite: '“この…” (someone already named)',
    ordinal: 'the place and noun again (one of several sources with the same noun)',
    plural: '“複数の…” (several people)',
  },
  keyWords: { separate: '“別の”', definite: '“この…”' },
};
