import type { DocNode } from '../domain/draft';

// Maps the text of each textblock to ProseMirror positions, from the JSON alone: a text node
// takes one position per UTF-16 unit, an inline atom (citation, hard break) one, and every
// non-leaf node one to open and one to close. Lets main report findings the editor can underline.

export interface PositionedBlock {
  /** Index of the top-level block. */
  block: number;
  /** The textblock's text; each inline atom is one U+FFFC so words on either side stay apart. */
  text: string;
  /** ProseMirror position of each UTF-16 unit of `text`. */
  positions: number[];
}

function nodeSize(node: DocNode): number {
  if (node.type === 'text') return node.text?.length ?? 0;
  if (node.type === 'citation' || node.type === 'hardBreak' || node.type === 'horizontalRule') return 1;
  return 2 + (node.content ?? []).reduce((n, c) => n + nodeSize(c), 0);
}

export function positionedBlocks(doc: DocNode): PositionedBlock[] {
  const out: PositionedBlock[] = [];
  let pos = 0; // position before the first top-level node (doc content starts at 0)
  (doc.content ?? []).forEach((top, block) => {
    const visit = (node: DocNode, start: number) => {
      if (node.type === 'paragraph' || node.type === 'heading') {
        let text = '';
        const positions: number[] = [];
        let p = start + 1;
        for (const child of node.content ?? []) {
          if (child.type === 'text') {
            const t = child.text ?? '';
            for (let i = 0; i < t.length; i++) positions.push(p + i);
            text += t;
            p += t.length;
          } else {
            positions.push(p);
            text += child.type === 'hardBreak' ? '\n' : '\uFFFC';
            p += 1;
          }
        }
        out.push({ block, text, positions });
        return;
      }
      let p = start + 1;
      for (const child of node.content ?? []) {
        visit(child, p);
        p += nodeSize(child);
      }
    };
    visit(top, pos);
    pos += nodeSize(top);
  });
  return out;
}
