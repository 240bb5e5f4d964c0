import type { LocalLabel } from '../../domain/source';
import type { LanguageRules } from './language-rules';
import { dateParts, hasSameNounOther, localLabelOf, placeKey, sameNoun } from './local-label';

// Simplified Chinese, as Daily NK Chinese and Hong Kong and mainland outlets print it
// (docs/attribution.md). No spaces between words; the outlet goes straight before the place
// ("DailyNK平壤消息人士"). First mention "平壤消息人士"; a separate alike source "另一名…消息人士";
// back-reference "该消息人士"; plural with a count ("两名", "3名"). No ordinal is printed
// ("上述消息人士" is not found), so among sources with the same noun the place tells them apart.
// Dates follow the label ("平壤消息人士5月5日表示").

const key = (l: LocalLabel) => placeKey(l.place, '的');

function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')}和${items.at(-1)!}`;
}

export const chinese: LanguageRules<LocalLabel> = {
  language: 'zh-Hans',
  labelOf: (label) => localLabelOf(label, 'zh-Hans'),
  alike: (a, b) => sameNoun(a, b) && key(a) === key(b),
  first: (label, outlet) => `${outlet.trim()}${label.place}${label.noun}`,
  separate: (label) => `另一名${label.place}${label.noun}`,
  backReference: (label, others) => (label.place && hasSameNounOther(label, others) ? `${label.place}${label.noun}` : `该${label.noun}`),
  plural: (labels, outlet) => {
    const first = labels[0]!;
    if (labels.every((l) => sameNoun(l, first))) {
      const place = labels.every((l) => key(l) === key(first)) ? first.place : '';
      // Two is 两 before a measure word; copy writes larger counts in digits ("3位", "6名").
      const count = labels.length === 2 ? '两' : String(labels.length);
      return `${count}名${outlet.trim()}${place}${first.noun}`;
    }
    return list(labels.map((l) => `${l.place}${l.noun}`));
  },
  date: (saidOn) => {
    const { year, month, day } = dateParts(saidOn);
    if (day !== undefined) return `${month}月${day}日`;
    return month !== undefined ? `${year}年${month}月` : `${year}年`;
  },
  withDate: (text, date) => `${text}${date}`,
  atSentenceStart: (text) => text,
  formWords: {
    indefinite: 'place and noun (“平壤消息人士”, a first mention)',
    separate: '“另一名…” (a different person from one cited before)',
    definite: '“该…” (someone already named)',
    ordinal: 'the place and noun again (one of several sources with the same noun)',
    plural: 'a count (“两名…”, several people)',
  },
  keyWords: { separate: '“另一名”', definite: '“该…”' },
};
