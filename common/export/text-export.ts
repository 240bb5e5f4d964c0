import type { PubBlock, PubImage, PublishableDocument } from '../document/publishable';
import { cleanText } from './markup-escape';

// Plain text, as a wire desk pastes it: title, byline, dateline, then the story. No markup;
// lists keep their markers and block quotes their indent so the structure still reads.

function block(b: PubBlock): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return b.inlines.map((i) => i.text).join('');
    case 'blockquote':
      return b.blocks
        .map(block)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `    ${line}` : ''))
        .join('\n');
    case 'list':
      return b.items
        .map((item, i) => {
          const marker = b.ordered ? `${i + 1}. ` : '- ';
          return item
            .map(block)
            .join('\n')
            .split('\n')
            .map((line, j) => (j === 0 ? marker : ' '.repeat(marker.length)) + line)
            .join('\n');
        })
        .join('\n');
    case 'rule':
      return '* * *';
  }
}

function image(img: PubImage): string {
  return [`[Image: ${img.fileName}]`, img.caption, img.credit ? `(${img.credit})` : '', img.alt ? `Description: ${img.alt}` : ''].filter(Boolean).join('\n');
}

export function toPlainText(doc: PublishableDocument): string {
  const head = [doc.title, [doc.byline, doc.dateline].filter(Boolean).join('\n')].filter(Boolean);
  const parts = [...head, ...doc.images.map(image), ...doc.blocks.map(block)].filter(Boolean);
  return `${cleanText(parts.join('\n\n'))}\n`;
}
