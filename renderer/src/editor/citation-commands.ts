import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { quoteSentenceParts } from '../../../common/attribution/quote-fidelity';
import { citationAttrs, type CitationAttrs } from '../../../common/document/draft-doc';
import type { Statement } from '../../../common/domain/statement';
import { newCitationId } from './citation-data';
import type { QuoteRange } from './extensions/quote-source';

// Editing citations and quotes: ordinary transactions, so undo and redo treat them like text.

function citationNode(editor: Editor, statements: readonly Statement[], showDate: boolean): PMNode {
  const attrs: CitationAttrs = {
    citationId: newCitationId(),
    statementIds: statements.map((s) => s.id),
    revisions: statements.map((s) => s.revision),
    override: null,
    customText: null,
    showDate,
    outlet: '',
    particle: null,
  };
  return editor.schema.nodes.citation!.create(attrs);
}

/** A space before the insertion unless the cursor already follows one (or opens the block). */
function leadingSpace(editor: Editor): string {
  const { $from } = editor.state.selection;
  if (!$from.parent.isTextblock || $from.parentOffset === 0) return '';
  const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 1), $from.parentOffset, undefined, '\uFFFC');
  return /[\s(“‘"'[—–-]$/u.test(before) ? '' : ' ';
}

function insertInline(editor: Editor, nodes: PMNode[]) {
  const tr = closeHistory(editor.state.tr.replaceSelection(new Slice(Fragment.from(nodes), 0, 0)));
  tr.setStoredMarks([]);
  editor.view.dispatch(tr.scrollIntoView());
}

/** “<statement>,” said <citation>. — the quoted words carry the quoteSource mark. */
export function insertQuote(editor: Editor, statements: readonly Statement[], showDate: boolean) {
  const quoted = statements[0];
  if (!quoted) return;
  const { schema } = editor;
  const parts = quoteSentenceParts(quoted.text);
  const mark = schema.marks.quoteSource!.create({ statementId: quoted.id, revision: quoted.revision, original: quoted.text });
  const nodes = [
    schema.text(leadingSpace(editor) + parts.opening),
    ...(parts.quoted ? [schema.text(parts.quoted, [mark])] : []),
    schema.text(`${parts.closing}said `),
    citationNode(editor, statements, showDate),
    schema.text('.'),
  ];
  insertInline(editor, nodes);
}

/** Just the citation, where the cursor is. */
export function insertAttribution(editor: Editor, statements: readonly Statement[], showDate: boolean) {
  if (statements.length === 0) return;
  const space = leadingSpace(editor);
  insertInline(editor, [...(space ? [editor.schema.text(space)] : []), citationNode(editor, statements, showDate)]);
}

export function citationAt(editor: Editor, pos: number): CitationAttrs | null {
  const node = editor.state.doc.nodeAt(pos);
  return node?.type.name === 'citation' ? citationAttrs(node.attrs) : null;
}

export function updateCitation(editor: Editor, pos: number, patch: Partial<CitationAttrs>) {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== 'citation') return;
  // Each change made in a citation's settings is its own undo step.
  editor.view.dispatch(closeHistory(editor.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...patch })));
}

export function addStatementsToCitation(editor: Editor, pos: number, statements: readonly Statement[]) {
  const attrs = citationAt(editor, pos);
  if (!attrs) return;
  const ids = [...attrs.statementIds];
  const revisions = [...attrs.revisions];
  for (const statement of statements) {
    if (ids.includes(statement.id)) continue;
    ids.push(statement.id);
    revisions.push(statement.revision);
  }
  updateCitation(editor, pos, { statementIds: ids, revisions });
}

export function removeStatementFromCitation(editor: Editor, pos: number, statementId: string) {
  const attrs = citationAt(editor, pos);
  if (!attrs || attrs.statementIds.length <= 1) return;
  const index = attrs.statementIds.indexOf(statementId);
  if (index < 0) return;
  updateCitation(editor, pos, {
    statementIds: attrs.statementIds.filter((_, i) => i !== index),
    revisions: attrs.revisions.filter((_, i) => i !== index),
  });
}

export function removeCitation(editor: Editor, pos: number) {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== 'citation') return;
  const tr = closeHistory(editor.state.tr.delete(pos, pos + 1));
  tr.setSelection(TextSelection.create(tr.doc, pos));
  editor.view.dispatch(tr);
}

/** Puts the source's words back, keeping the quote's marks. */
export function restoreQuote(editor: Editor, quote: QuoteRange) {
  const { doc, schema } = editor.state;
  const first = doc.nodeAt(quote.from);
  if (!first?.isText) return;
  const words = quoteSentenceParts(quote.original).quoted;
  if (!words) return;
  const tr = editor.state.tr.replaceWith(quote.from, quote.to, schema.text(words, first.marks));
  editor.view.dispatch(tr);
}

/** Selects a range of the text, scrolls to it and focuses the editor. */
export function showRange(editor: Editor, from: number, to: number) {
  const size = editor.state.doc.content.size;
  const a = Math.max(0, Math.min(from, size));
  const b = Math.max(a, Math.min(to, size));
  const tr = editor.state.tr.setSelection(TextSelection.create(editor.state.doc, a, b)).scrollIntoView();
  editor.view.dispatch(tr);
  editor.view.focus();
}
