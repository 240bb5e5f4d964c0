import type { PubBlock, PubImage, PubInline, PublishableDocument } from '../document/publishable';
import { UNTITLED } from './html-export';
import { escapeAttr, escapeText } from './markup-escape';

// IPTC NITF 3.6: the news industry's XML for a story (head with title and issue date; body with
// hedline, byline, dateline and content; images as <media>). Only elements and attributes of the
// NITF 3.6 DTD, in the order its content models require; tests validate with xmllint.

export const NITF_VERSION = '-//IPTC//DTD NITF 3.6//EN';

const EXT_MIME: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

// NITF has one emphasis element (<em>) and <a> for links; bold, italic and underline become <em>.
function inline(i: PubInline): string {
  let xml = i.text.split('\n').map(escapeText).join('<br/>');
  if (i.bold || i.italic || i.underline) xml = `<em>${xml}</em>`;
  if (i.href) xml = `<a href="${escapeAttr(i.href)}">${xml}</a>`;
  return xml;
}

const inlines = (list: PubInline[]) => list.map(inline).join('');

/** A list item holds inline content only in NITF: nested blocks become lines. */
function itemText(blocks: PubBlock[]): string {
  return blocks
    .map((b): string => {
      switch (b.type) {
        case 'heading':
        case 'paragraph':
          return inlines(b.inlines);
        case 'blockquote':
          return itemText(b.blocks);
        case 'list':
          return b.items.map(itemText).join('<br/>');
        default:
          return '';
      }
    })
    .filter(Boolean)
    .join('<br/>');
}

function block(b: PubBlock, lang: string): string {
  switch (b.type) {
    case 'heading':
      return `<hl2>${inlines(b.inlines)}</hl2>`;
    case 'paragraph':
      return `<p xml:lang="${escapeAttr(lang)}">${inlines(b.inlines)}</p>`;
    case 'blockquote':
      return b.blocks.length ? `<bq>\n<block>\n${b.blocks.map((inner) => block(inner, lang)).join('\n')}\n</block>\n</bq>` : '';
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return b.items.length ? `<${tag}>\n${b.items.map((item) => `<li>${itemText(item)}</li>`).join('\n')}\n</${tag}>` : '';
    }
    case 'rule':
      return '<hr/>';
  }
}

function media(image: PubImage): string {
  const ext = image.fileName.split('.').pop()?.toLowerCase() ?? '';
  const attrs = [
    `source="${escapeAttr(image.fileName)}"`,
    `mime-type="${escapeAttr(image.mimeType ?? EXT_MIME[ext] ?? 'application/octet-stream')}"`,
    ...(image.alt ? [`alternate-text="${escapeAttr(image.alt)}"`] : []),
    ...(image.width && image.height ? [`height="${image.height}"`, `width="${image.width}"`] : []),
  ];
  return [
    '<media media-type="image">',
    `<media-reference ${attrs.join(' ')}/>`,
    ...(image.caption ? [`<media-caption>${escapeText(image.caption)}</media-caption>`] : []),
    ...(image.credit ? [`<media-producer>${escapeText(image.credit)}</media-producer>`] : []),
    '</media>',
  ].join('\n');
}

/** ISO 8601 basic format, as NITF's norm attributes write dates: 20240505T101500+0000. */
function normDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000').replace(/[-:]/g, '');
}

export function toNitf(doc: PublishableDocument, options: { date: Date }): string {
  const title = escapeText(doc.title || UNTITLED);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // The document's language: `baselang` on the root, `xml:lang` on the text elements that carry it.
    `<nitf version="${NITF_VERSION}" baselang="${escapeAttr(doc.language)}">`,
    '<head>',
    `<title>${title}</title>`,
    '<docdata>',
    `<date.issue norm="${normDate(options.date)}"/>`,
    '</docdata>',
    '</head>',
    '<body>',
    '<body.head>',
    `<hedline><hl1 xml:lang="${escapeAttr(doc.language)}">${title}</hl1></hedline>`,
    ...(doc.byline ? [`<byline>${escapeText(doc.byline)}</byline>`] : []),
    ...(doc.dateline ? [`<dateline>${escapeText(doc.dateline)}</dateline>`] : []),
    '</body.head>',
    '<body.content>',
    ...doc.images.map(media),
    ...doc.blocks.map((b) => block(b, doc.language)).filter(Boolean),
    '</body.content>',
    '</body>',
    '</nitf>',
    '',
  ].join('\n');
}
