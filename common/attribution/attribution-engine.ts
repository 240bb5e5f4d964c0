import type { SourceLabel } from '../domain/source';
import { precisionOf } from '../domain/statement';
import {
  capitalizeFirst,
  definiteForm,
  indefiniteForm,
  labelsAlike,
  ordinalForm,
  pluralForm,
  separateForm,
} from './label-forms';

// The one renderer of attribution (DESIGN §4): the editor's chips, the preview, the review
// screen and every export call this, so what the editor approves is what is published.

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
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "on May 5", "in May", "in 2018": as precise as the statement's date is known. */
export function datePhrase(saidOn: string): string {
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

/** Renders every citation of a draft, in order. */
export function renderCitations(citations: CitationInput[], labels: ReadonlyMap<string, SourceLabel>): RenderedCitation[] {
  const introduced: string[] = []; // sources mentioned individually so far, in order of first mention
  return citations.map((citation) => {
    const sourceIds = [...new Set(citation.sourceIds)];
    const known = sourceIds.filter((id) => labels.has(id));
    if (known.length === 0) {
      return { id: citation.id, text: '[missing source]', form: 'indefinite', ruleForm: 'indefinite', unresolved: true };
    }
    const ruleForm = chooseForm(known, introduced, labels);
    // A collective attribution does not introduce its members one by one (the fixture story's
    // "Daily NK sources in China" is followed by "a source based in China").
    if (known.length === 1 && !introduced.includes(known[0]!)) introduced.push(known[0]!);

    const form = citation.override ?? ruleForm;
    let text: string;
    if (citation.customText) text = citation.customText;
    else text = spell(form, known, introduced, labels, citation.outlet ?? '');
    if (citation.showDate && citation.saidOn && !citation.customText) text = `${text} ${datePhrase(citation.saidOn)}`;
    if (citation.atSentenceStart) text = capitalizeFirst(text);
    return { id: citation.id, text, form: citation.customText ? 'custom' : form, ruleForm, unresolved: known.length < sourceIds.length };
  });
}

function chooseForm(sourceIds: string[], introduced: string[], labels: ReadonlyMap<string, SourceLabel>): CitationForm {
  if (sourceIds.length > 1) return 'plural';
  const id = sourceIds[0]!;
  const label = labels.get(id)!;
  const alikeBefore = introduced.filter((other) => other !== id && labelsAlike(labels.get(other)!, label));
  if (!introduced.includes(id)) return alikeBefore.length > 0 ? 'separate' : 'indefinite';
  return alikeBefore.length > 0 ? 'ordinal' : 'definite';
}

function spell(form: CitationForm, sourceIds: string[], introduced: string[], labels: ReadonlyMap<string, SourceLabel>, outlet: string): string {
  const label = labels.get(sourceIds[0]!)!;
  switch (form) {
    case 'plural':
      return pluralForm(sourceIds.map((id) => labels.get(id)!), outlet);
    case 'separate':
      return separateForm(label);
    case 'definite':
      return definiteForm(label);
    case 'ordinal': {
      const group = introduced.filter((other) => labelsAlike(labels.get(other)!, label));
      return ordinalForm(label, Math.max(1, group.indexOf(sourceIds[0]!) + 1));
    }
    default:
      return indefiniteForm(label);
  }
}
