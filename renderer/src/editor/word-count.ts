import type { Node as PMNode } from '@tiptap/pm/model';

// Words of the document, counted as common/document/draft-doc.ts wordCount() counts the saved
// JSON: a citation is one word ("source"), a line break separates words.

export function pmWordCount(doc: PMNode): number {
  const text = doc.textBetween(0, doc.content.size, '\n\n', (leaf: PMNode) =>
    leaf.type.name === 'citation' ? 'source' : leaf.type.name === 'hardBreak' ? '\n' : '',
  );
  let count = 0;
  for (const word of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(word)) count++;
  return count;
}
