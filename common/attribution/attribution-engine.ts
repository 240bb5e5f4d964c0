import { DEFAULT_DRAFT_LANGUAGE, LANGUAGE_NAMES, type DraftLanguage } from '../domain/language';
import type { SourceLabel } from '../domain/source';
import { englishDate } from './languages/en';
import { rulesFor } from './languages';
import type { LanguageRules } from './languages/language-rules';
import { indefiniteForm } from './label-forms';

// The one renderer of attribution (DESIGN §4, §4b): the editor's chips, the preview, the review
// screen and every export call this, so what the editor approves is what is published. Which
// form a citation takes is decided here the same way in every language; how it is spelled comes
// from the draft language's rules (languages/).

export const CITATION_FORMS = ['indefinite', 'separate', 'definite', 'ordinal', 'plural'] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];

export interface CitationInput {
  id: string;
  /** Sources of the cited statements, in citation order (duplicates are ignored). */
  sourceIds: string[];
  /** When the cited statement was made ("2018-05-05", "2018-05", "2018"), if shown. */
  saidOn?: string | null;
  showDate?: boolean;
  /** Outlet prefix for a collective attribution: "Daily NK sources in China". */
  outlet?: string;
  /** The reporter's choice for this one citation; survives edits around it. */
  override?: CitationForm | null;
  /** Free text that replaces the rendered phrase entirely (still tracked as a citation). */
  customText?: string | null;
  atSentenceStart?: boolean;
}

export interface RenderedCitation {
  id: string;
  text: string;
  form: CitationForm | 'custom';
  /** The form the rules chose, even when overridden: the review screen shows both. */
  ruleForm: CitationForm;
  /** Missing sources (deleted, or not in the vault): rendered as a visible placeholder. */
  unresolved: boolean;
  /**
   * Sources cited here with no label in the draft's language: the text is a visible placeholder
   * naming the language, never the English label passed off as a translation.
   */
  missingLabel?: string[];
  /**
   * A back-reference the language cannot tell apart from another source with the same label
   * (no idiomatic ordinal): the review flags it.
   */
  ambiguous?: true;
}

/** "on May 5", "in May", "in 2018": the English date (the jigsaw check reads dates this way). */
export const datePhrase = englishDate;

/** Renders every citation of a draft, in order, in the draft's language. */
export function renderCitations(citations: CitationInput[], labels: ReadonlyMap<string, SourceLabel>, language: DraftLanguage = DEFAULT_DRAFT_LANGUAGE): RenderedCitation[] {
  return renderWith(rulesFor(language), citations, labels);
}

function renderWith<L>(rules: LanguageRules<L>, citations: CitationInput[], labels: ReadonlyMap<string, SourceLabel>): RenderedCitation[] {
  const local = new Map<string, L | null>();
  const labelOf = (id: string) => {
    if (!local.has(id)) local.set(id, rules.labelOf(labels.get(id)!));
    return local.get(id)!;
  };
  // A source without a label in this language is alike to nothing: it prints a placeholder anyway.
  const alike = (a: string, b: string) => {
    const la = labelOf(a);
    const lb = labelOf(b);
    return la !== null && lb !== null && rules.alike(la, lb);
  };
  const introduced: string[] = []; // sources mentioned individually so far, in order of first mention
  return citations.map((citation) => {
    const sourceIds = [...new Set(citation.sourceIds)];
    const known = sourceIds.filter((id) => labels.has(id));
    if (known.length === 0) {
      return { id: citation.id, text: '[missing source]', form: 'indefinite', ruleForm: 'indefinite', unresolved: true };
    }
    const ruleForm = chooseForm(known, introduced, alike);
    // A collective attribution does not introduce its members one by one (the fixture story's
    // "Daily NK sources in China" is followed by "a source based in China").
    if (known.length === 1 && !introduced.includes(known[0]!)) introduced.push(known[0]!);

    const form = citation.override ?? ruleForm;
    const unresolved = known.length < sourceIds.length;
    const missing = known.filter((id) => labelOf(id) === null);
    if (missing.length > 0 && !citation.customText) {
      const name = LANGUAGE_NAMES[rules.language].english;
      const text = `[no ${name} label: ${missing.map((id) => indefiniteForm(labels.get(id)!)).join('; ')}]`;
      return { id: citation.id, text, form, ruleForm, unresolved, missingLabel: missing };
    }
    let text: string;
    let ambiguous = false;
    if (citation.customText) text = citation.customText;
    else {
      const id = known[0]!;
      const label = labelOf(id)!;
      const outlet = citation.outlet ?? '';
      switch (form) {
        case 'plural':
          text = rules.plural(known.map((k) => labelOf(k)!), outlet);
          break;
        case 'separate':
          text = rules.separate(label, outlet);
          break;
        case 'definite': {
          const others = introduced.filter((other) => other !== id && labelOf(other) !== null).map((other) => labelOf(other)!);
          text = rules.backReference(label, others);
          break;
        }
        case 'ordinal': {
          const group = introduced.filter((other) => alike(other, id));
          if (rules.ordinal) text = rules.ordinal(label, Math.max(1, group.indexOf(id) + 1));
          else {
            // No idiomatic ordinal: the distinguishing label, which alike sources share.
            text = rules.first(label, '');
            ambiguous = group.some((other) => other !== id);
          }
          break;
        }
        default:
          text = rules.first(label, outlet);
      }
    }
    if (citation.showDate && citation.saidOn && !citation.customText) text = rules.withDate(text, rules.date(citation.saidOn));
    if (citation.atSentenceStart) text = rules.atSentenceStart(text);
    return {
      id: citation.id,
      text,
      form: citation.customText ? 'custom' : form,
      ruleForm,
      unresolved,
      ...(ambiguous ? { ambiguous: true as const } : {}),
    };
  });
}

function chooseForm(sourceIds: string[], introduced: string[], alike: (a: string, b: string) => boolean): CitationForm {
  if (sourceIds.length > 1) return 'plural';
  const id = sourceIds[0]!;
  const alikeBefore = introduced.filter((other) => other !== id && alike(other, id));
  if (!introduced.includes(id)) return alikeBefore.length > 0 ? 'separate' : 'indefinite';
  return alikeBefore.length > 0 ? 'ordinal' : 'definite';
}
