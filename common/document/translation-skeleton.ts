import type { DocNode } from '../domain/draft';
import { citationAttrs } from './draft-doc';

// "Translate…": the linked draft in another language starts as the original's skeleton. Every
// block keeps its place and kind; the words go (the reporter writes them in the new language);
// every citation stays, in order, citing the same statements at the same revisions, with a new
// id and none of the original's wording choices (override, custom text, particle are
// language-bound).

const TEXTBLOCKS = new Set(['paragraph', 'heading']);

function textblockSkeleton(node: DocNode, newId: () => string): DocNode {
  const content: DocNode[] = [];
  for (const child of node.content ?? []) {
    if (child.type !== 'citation') continue;
    const a = citationAttrs(child.attrs);
    // A space between two chips, so the caret has a place to write between them.
    if (content.length > 0) content.push({ type: 'text', text: ' ' });
    content.push({
      type: 'citation',
      attrs: { citationId: newId(), statementIds: a.statementIds, revisions: a.revisions, override: null, customText: null, showDate: a.showDate, outlet: a.outlet, particle: null },
    });
  }
  const out: DocNode = { type: node.type };
  if (node.attrs) out.attrs = { ...node.attrs };
  if (content.length) out.content = content;
  return out;
}

function blockSkeleton(node: DocNode, newId: () => string): DocNode {
  if (TEXTBLOCKS.has(node.type)) return textblockSkeleton(node, newId);
  const out: DocNode = { type: node.type };
  if (node.attrs) out.attrs = { ...node.attrs };
  if (node.content) out.content = node.content.map((child) => blockSkeleton(child, newId));
  return out;
}

/** The skeleton of `doc` for a linked translation: same blocks, same citations in order, no words. */
export function translationSkeleton(doc: DocNode, newId: () => string): DocNode {
  return { type: 'doc', content: (doc.content ?? [{ type: 'paragraph' }]).map((block) => blockSkeleton(block, newId)) };
}
