import type { PubBlock, PubImage, PubInline, PublishableDocument } from '../document/publishable';
import { escapeAttr, escapeText } from './markup-escape';

// Clean semantic HTML of the publishable document: a whole page a CMS or a browser can take as
// it is. Nothing of Shieldnote's own goes in: no ids, classes, data- attributes, comments or
// generator tags, only the story's own elements.

export const UNTITLED = 'Untitled story';

function inline(i: PubInline): string {
  let html = i.text.split('\n').map(escapeText).join('<br>');
  if (i.strike) html = `<s>${html}</s>`;
  if (i.underline) html = `<u>${html}</u>`;
  if (i.italic) html = `<em>${html}</em>`;
  if (i.bold) html = `<strong>${html}</strong>`;
  if (i.href) html = `<a href="${escapeAttr(i.href)}">${html}</a>`;
  return html;
}

const inlines = (list: PubInline[]) => list.map(inline).join('');

function block(b: PubBlock): string {
  switch (b.type) {
    case 'heading': {
      // The title is the page's h1: the story's own headings start at h2.
      const tag = b.level === 3 ? 'h3' : 'h2';
      return `<${tag}>${inlines(b.inlines)}</${tag}>`;
    }
    case 'paragraph':
      return `<p>${inlines(b.inlines)}</p>`;
    case 'blockquote':
      return `<blockquote>\n${b.blocks.map(block).join('\n')}\n</blockquote>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((item) => `<li>${item.map(block).join('\n')}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'rule':
      return '<hr>';
  }
}

function figure(image: PubImage): string {
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const caption = [image.caption ? escapeText(image.caption) : '', image.credit ? `<small>${escapeText(image.credit)}</small>` : ''].filter(Boolean).join(' ');
  return [
    '<figure>',
    `<img src="${escapeAttr(image.fileName)}" alt="${escapeAttr(image.alt)}"${size}>`,
    ...(caption ? [`<figcaption>${caption}</figcaption>`] : []),
    '</figure>',
  ].join('\n');
}

/** The story's figures and blocks without page or header: for a CMS that takes the title apart. */
export function toHtmlBody(doc: PublishableDocument): string {
  return [...doc.images.map(figure), ...doc.blocks.map(block)].join('\n');
}

export function toHtml(doc: PublishableDocument, options: { lang?: string } = {}): string {
  const title = escapeText(doc.title || UNTITLED);
  const header = ['<header>', `<h1>${title}</h1>`, ...(doc.byline ? [`<p>${escapeText(doc.byline)}</p>`] : []), ...(doc.dateline ? [`<p>${escapeText(doc.dateline)}</p>`] : []), '</header>'];
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttr(options.lang ?? doc.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    '</head>',
    '<body>',
    '<article>',
    ...header,
    ...(doc.images.length || doc.blocks.length ? [toHtmlBody(doc)] : []),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
