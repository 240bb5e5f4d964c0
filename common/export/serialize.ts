import type { PublishableDocument } from '../document/publishable';
import type { ExportFormat } from './export-format';
import { toHtml } from './html-export';
import { toMarkdown } from './markdown-export';
import { toNitf } from './nitf-export';
import { toPlainText } from './text-export';

/** One publishable document in any export format: the exact text written or sent. */
export function serialize(doc: PublishableDocument, format: ExportFormat, options: { date: Date }): string {
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
