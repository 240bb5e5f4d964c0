import type { DraftLanguage } from '../domain/language';
import type { SourceLabel } from '../domain/source';
import { renderCitations, type CitationInput } from './attribution-engine';
import { rulesFor } from './languages';

// Every form one label takes in one language, for the source form's preview. Rendered by the
// engine itself from small made-up citation sequences, so the preview cannot drift from what
// drafts print.

export const PREVIEW_FORMS = ['first', 'separate', 'backReference', 'ordinal', 'plural', 'outlet', 'dated'] as const;
export type PreviewForm = (typeof PREVIEW_FORMS)[number];

/** Where the outlet's name goes, shown as a slot rather than an invented name. */
export const OUTLET_SLOT = '[outlet]';
/** The date the dated form shows (a day, the most precise a statement's date can be). */
export const PREVIEW_DATE = '2024-05-05';

const A = 'preview-a';
const B = 'preview-b';
const cite = (id: string, sourceIds: string[], extra: Partial<CitationInput> = {}): CitationInput => ({ id, sourceIds, ...extra });

/** The forms in order; null when the source has no label in `language`. */
export function previewForms(label: SourceLabel, language: DraftLanguage): Array<{ form: PreviewForm; text: string }> | null {
  const labels = new Map([[A, label], [B, label]]);
  const run = (citations: CitationInput[]) => renderCitations(citations, labels, language).at(-1)!;
  const first = run([cite('1', [A])]);
  if (first.missingLabel) return null;
  const rows: Array<{ form: PreviewForm; text: string }> = [
    { form: 'first', text: first.text },
    { form: 'separate', text: run([cite('1', [A]), cite('2', [B])]).text },
    { form: 'backReference', text: run([cite('1', [A]), cite('2', [A])]).text },
  ];
  // Only where the language numbers alike sources; elsewhere the label is printed again.
  if (rulesFor(language).ordinal) rows.push({ form: 'ordinal', text: run([cite('1', [A]), cite('2', [B]), cite('3', [A])]).text });
  rows.push(
    { form: 'plural', text: run([cite('1', [A, B])]).text },
    { form: 'outlet', text: run([cite('1', [A, B], { outlet: OUTLET_SLOT })]).text },
    { form: 'dated', text: run([cite('1', [A], { showDate: true, saidOn: PREVIEW_DATE })]).text },
  );
  return rows;
}
