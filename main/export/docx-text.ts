import { strFromU8, unzipSync } from 'fflate';
import { decodeXmlText } from '../import/xml-text';

// What the export gate reads of a Word file Shieldnote itself just wrote: every part of the zip
// as the exact XML it holds (document properties, styles, relationships, numbering…), and the
// words a reader sees, paragraph by paragraph. Only for our own output: imports go through
// main/import/zip-limits.ts first.

export interface DocxText {
  /** Every part, "name\nxml", in zip order: the exact bytes' XML (and part names). */
  xml: string;
  /** The document's words as Word shows them, one paragraph a line. */
  reading: string;
}

export function docxText(bytes: Uint8Array): DocxText {
  const parts = unzipSync(bytes);
  const xml = Object.entries(parts)
    .map(([name, data]) => `${name}\n${strFromU8(data)}`)
    .join('\n');
  const body = parts['word/document.xml'] ? strFromU8(parts['word/document.xml']) : '';
  return { xml, reading: paragraphTexts(body).join('\n') };
}

/** The text of each <w:p> (runs' w:t, tabs and breaks), entities decoded. */
export function paragraphTexts(documentXml: string): string[] {
  const out: string[] = [];
  for (const paragraph of documentXml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let text = '';
    for (const piece of paragraph[0].matchAll(/<w:(t|delText)(?:\s[^>]*)?>([^<]*)<\/w:\1>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
      text += piece[3] ? (piece[3] === 'tab' ? '\t' : '\n') : decodeXmlText(piece[2] ?? '');
    }
    out.push(text);
  }
  return out;
}
