import { Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { OFFICE_LOCALES } from '../domain/language';
import type { PubBlock, PubImage, PubInline, PublishableDocument } from '../document/publishable';
import { UNTITLED } from './html-export';

// Word (.docx) of the publishable document, written with the `docx` library. Like the HTML and
// NITF exports, nothing of Shieldnote's or the reporter's goes in: the document properties are
// blank (no author, company, template, revision or title), no comments, no custom XML or custom
// properties, and the file's timestamps are the export date. The styles it uses have plain
// names ("Byline", "Dateline", "Quote") so that Shieldnote's own Word import reads them back.

const BULLETS = 'bullets';
const NUMBERS = 'numbers';

function runs(inlines: PubInline[]): ParagraphChild[] {
  return inlines.flatMap((i): ParagraphChild[] => {
    const parts = i.text.split('\n').map(
      (text, n) => new TextRun({ text, break: n > 0 ? 1 : undefined, bold: i.bold, italics: i.italic, underline: i.underline ? {} : undefined, strike: i.strike }),
    );
    return i.href ? [new ExternalHyperlink({ link: i.href, children: parts })] : parts;
  });
}

function paragraphs(b: PubBlock, context: { style?: string; list?: { ordered: boolean; level: number; instance: number } }): Paragraph[] {
  const list = context.list;
  const listOptions = list ? { numbering: { reference: list.ordered ? NUMBERS : BULLETS, level: list.level, instance: list.instance } } : {};
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: runs(b.inlines) })];
    case 'paragraph':
      return [new Paragraph({ style: context.style, children: runs(b.inlines), ...listOptions })];
    case 'blockquote':
      return b.blocks.flatMap((inner) => paragraphs(inner, { ...context, style: 'Quote' }));
    case 'list': {
      const level = list ? Math.min(list.level + 1, 8) : 0;
      const instance = nextInstance++;
      return b.items.flatMap((item) => item.flatMap((inner) => paragraphs(inner, { ...context, list: { ordered: b.ordered, level, instance } })));
    }
    case 'rule':
      return [new Paragraph({ thematicBreak: true, children: [] })];
  }
}

let nextInstance = 1;

function figure(image: PubImage): Paragraph {
  const words = [image.caption, image.credit].filter(Boolean).join(' ');
  return new Paragraph({ style: 'Caption', children: [new TextRun({ text: words ? `${image.fileName}: ${words}` : image.fileName })] });
}

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  Array.from({ length: 9 }, (_, level) => ({ level, format, text: text(level), style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } }));

/** The .docx bytes of a publishable document. `date` stamps the file as created and modified then. */
export async function toDocx(doc: PublishableDocument, options: { date: Date }): Promise<Uint8Array> {
  nextInstance = 1;
  const header = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title || UNTITLED)] }),
    ...(doc.byline ? [new Paragraph({ style: 'Byline', children: [new TextRun(doc.byline)] })] : []),
    ...(doc.dateline ? [new Paragraph({ style: 'Dateline', children: [new TextRun(doc.dateline)] })] : []),
  ];
  const document = new Document({
    creator: '',
    lastModifiedBy: '',
    title: '',
    description: '',
    subject: '',
    keywords: '',
    styles: {
      // The draft's language for every run: spelling, hyphenation and East Asian line breaking.
      default: { document: { run: { language: { value: OFFICE_LOCALES[doc.language], eastAsia: OFFICE_LOCALES[doc.language] } } } },
      paragraphStyles: [
        { id: 'Byline', name: 'Byline', basedOn: 'Normal', next: 'Normal', run: { italics: true } },
        { id: 'Dateline', name: 'Dateline', basedOn: 'Normal', next: 'Normal', run: { smallCaps: true } },
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 720 } }, run: { italics: true } },
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { size: 18 } },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: levels(LevelFormat.BULLET, () => '•') },
        { reference: NUMBERS, levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
      ],
    },
    sections: [{ children: [...header, ...doc.images.map(figure), ...doc.blocks.flatMap((b) => paragraphs(b, {}))] }],
  });
  return Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreProperties(options.date) }]);
}

// The library stamps docProps/core.xml with the millisecond of packing; the file says only the
// export day, as the NITF does. Every other core property stays absent.
function coreProperties(date: Date): string {
  const day = `${date.toISOString().slice(0, 10)}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${day}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${day}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
