import type { SourceLabel } from '../domain/source';

// The words of an anonymous label in each grammatical form DESIGN §4 uses. Pure string work:
// the attribution engine decides which form a citation takes, this file only spells it.

const ORDINALS = ['initial', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const IRREGULAR_PLURALS: Record<string, string> = {
  person: 'people', man: 'men', woman: 'women', child: 'children', staff: 'staff', police: 'police',
  personnel: 'personnel', people: 'people', 'chief of staff': 'chiefs of staff',
};
// Fillers that do not change where a source is: "based in China" and "in China" are alike.
// Only before a place: "who works the Tumen at night" keeps its verb.
const PLACE_FILLERS = /^(?:(?:who\s+(?:is|are|was|were)\s+)?(?:based|located|living|residing|stationed|working|who\s+lives|who\s+works)\s+)+(?=(?:in|at|near|on|outside|inside|around|along|across|by)\s)/i;

const clean = (s: string) => s.trim().replace(/\s+/g, ' ');

/** "a" or "an" for the word that follows, by sound where spelling misleads. */
export function articleFor(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/\s+/)[0] ?? '';
  if (/^[A-Z]{2,}\b/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^(hour|honest|honor|honour|heir)/.test(lower)) return 'an';
  if (/^(uni|use|usu|uti|eu|ewe|one|once|ubiq|uran|ur[aeiou])/.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

export function pluralNoun(noun: string): string {
  const n = clean(noun);
  const lower = n.toLowerCase();
  if (IRREGULAR_PLURALS[lower]) return IRREGULAR_PLURALS[lower]!;
  const words = n.split(' ');
  const last = words.pop()!;
  const lastLower = last.toLowerCase();
  let plural: string;
  if (IRREGULAR_PLURALS[lastLower]) plural = IRREGULAR_PLURALS[lastLower]!;
  else if (/(s|x|z|ch|sh)$/i.test(last)) plural = `${last}es`;
  else if (/[^aeiou]y$/i.test(last)) plural = `${last.slice(0, -1)}ies`;
  else plural = `${last}s`;
  return [...words, plural].join(' ');
}

// Third person singular to plural for the verbs a label's relative clause starts with.
const IRREGULAR_VERBS: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do', goes: 'go' };
// "who crosses", "that regularly trades … and ships": the verbs of the clause's subject.
const RELATIVE_CLAUSE = /^((?:who|that)\s+)((?:\p{L}+ly\s+)*)(\p{L}+)((?:\s+(?:and|or)\s+(?:\p{L}+ly\s+)*\p{L}+)*)/iu;

function pluralVerb(verb: string): string {
  const lower = verb.toLowerCase();
  if (IRREGULAR_VERBS[lower]) return IRREGULAR_VERBS[lower]!;
  if (/[^aeiou]ies$/i.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/i.test(verb)) return verb.slice(0, -2);
  if (/[^su]s$/i.test(verb)) return verb.slice(0, -1);
  return verb;
}

/**
 * A qualifier for several people: a relative clause's verbs agree with the plural noun ("traders
 * who cross into China regularly", not "who crosses"). Anything else stays as written.
 */
export function pluralQualifier(qualifier: string): string {
  return clean(qualifier).replace(RELATIVE_CLAUSE, (_m, who: string, adverbs: string, verb: string, more: string) => {
    const rest = more.replace(/(\s+(?:and|or)\s+(?:\p{L}+ly\s+)*)(\p{L}+)/giu, (_n, joint: string, next: string) => joint + pluralVerb(next));
    return who + adverbs + pluralVerb(verb) + rest;
  });
}

/** The place or affiliation with filler removed, lower-cased: what makes two labels alike. */
export function placeKey(label: SourceLabel): string {
  return clean(label.qualifier).replace(PLACE_FILLERS, '').toLowerCase();
}

/** Two sources are alike when their labels share the noun and the place (DESIGN §4). */
export function labelsAlike(a: SourceLabel, b: SourceLabel): boolean {
  return clean(a.noun).toLowerCase() === clean(b.noun).toLowerCase() && placeKey(a) === placeKey(b);
}

function body(label: SourceLabel): string {
  return [clean(label.adjective), clean(label.noun), clean(label.qualifier)].filter(Boolean).join(' ');
}

/** "a source based in China", "an official in Dandong". */
export function indefiniteForm(label: SourceLabel): string {
  const words = body(label);
  return `${articleFor(words)} ${words}`;
}

/**
 * "a separate source in China": a second, different person with an alike label. The qualifier is
 * written without filler, as copy editors shorten it on second use.
 */
export function separateForm(label: SourceLabel): string {
  const qualifier = clean(label.qualifier).replace(PLACE_FILLERS, '');
  return ['a separate', clean(label.adjective), clean(label.noun), qualifier].filter(Boolean).join(' ');
}

/** "the source": a back-reference when no alike source could be confused with it. */
export function definiteForm(label: SourceLabel): string {
  return `the ${clean(label.noun)}`;
}

/** "the initial source", "the second source": a back-reference among alike sources. */
export function ordinalForm(label: SourceLabel, position: number): string {
  const ordinal = ORDINALS[position - 1] ?? `${position}th`;
  return `the ${ordinal} ${clean(label.noun)}`;
}

/**
 * "sources in China", "Daily NK sources in China": several sources in one citation. Labels that
 * share a noun become one plural; otherwise each keeps its indefinite form, joined with "and".
 */
export function pluralForm(labels: SourceLabel[], outlet = ''): string {
  if (labels.length === 0) return '';
  const first = labels[0]!;
  const sameNoun = labels.every((l) => clean(l.noun).toLowerCase() === clean(first.noun).toLowerCase());
  if (!sameNoun) {
    const parts = labels.map(indefiniteForm);
    return parts.length === 2 ? `${parts[0]} and ${parts[1]}` : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  }
  const samePlace = labels.every((l) => placeKey(l) === placeKey(first));
  const sameAdjective = labels.every((l) => clean(l.adjective).toLowerCase() === clean(first.adjective).toLowerCase());
  // The shortest spelling of a shared place reads best: "in China" over "based in China".
  const qualifier = samePlace
    ? labels.map((l) => clean(l.qualifier).replace(PLACE_FILLERS, '')).sort((a, b) => a.length - b.length)[0]!
    : '';
  return [clean(outlet), sameAdjective ? clean(first.adjective) : '', pluralNoun(first.noun), pluralQualifier(qualifier)].filter(Boolean).join(' ');
}

export function capitalizeFirst(text: string): string {
  return text.replace(/^(\s*)(\p{Ll})/u, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

export interface LabelPreview {
  first: string;
  separate: string;
  backReference: string;
  ordinal: string;
  plural: string;
}

/** Every form of one label, for the source form's live preview. */
export function previewLabel(label: SourceLabel): LabelPreview {
  return {
    first: indefiniteForm(label),
    separate: separateForm(label),
    backReference: definiteForm(label),
    ordinal: ordinalForm(label, 1),
    plural: pluralForm([label, label]),
  };
}

/** A label with nothing but the noun ("a source") tells the reader nothing (DESIGN §4a item 6). */
export function isBareLabel(label: SourceLabel): boolean {
  return !clean(label.adjective) && !clean(label.qualifier);
}
