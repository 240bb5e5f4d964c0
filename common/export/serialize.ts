import type { PublishableDocument } from '../document/publishable';
import type { TextExportFormat } from './export-format';
import { toHtml } from './html-export';
import { toMarkdown } from './markdown-export';
import { toNitf } from './nitf-export';
import { toPlainText } from './text-export';

/** One publishable document in any text export format: the exact text written or sent (Word: docx-export.ts). */
export function serialize(doc: PublishableDocument, format: TextExportFormat, options: { date: Date }): string {
  switch (format) {
    case 'html':
      return toHtml(doc);
    case 'markdown':
      return toMarkdown(doc, options);
    case 'text':
      return toPlainText(doc);
    case 'nitf':
      return toNitf(doc, options);
  }
}
