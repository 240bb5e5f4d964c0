import type { PubBlock, PubImage, PubInline, PublishableDocument } from '../document/publishable';
import { cleanText } from './markup-escape';

// Markdown with YAML front matter, as Hugo and Decap CMS read a post: title, date, author and
// draft: true (the CMS, not Shieldnote, decides when it goes live). CommonMark with the GFM
// strikethrough Hugo's goldmark renders; everything the reporter typed is escaped, so no text
// can turn into markup, raw HTML or a Hugo shortcode.

/** A YAML double-quoted scalar: safe for any text (YAML 1.1 and 1.2 readers alike). */
export function yamlString(value: string): string {
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (ch) => {
    if (ch === '\\' || ch === '"') return `\\${ch}`;
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/** Any ASCII punctuation may be backslash-escaped in CommonMark; these are the ones that act. */
function escapeMarkdown(text: string): string {
  return cleanText(text)
    .replace(/[\\`*_{}[\]<>#|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

// What would start a block at the beginning of a line: list markers, setext underlines, indents.
function escapeLineStarts(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, '').replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1'))
    .join('\n');
}

function linkTarget(href: string): string {
  return href.replace(/[\s()<>\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function inline(i: PubInline): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(i.text) ?? [];
  if (!core) return i.text.replace(/\n/g, '\\\n');
  let md = escapeMarkdown(core).replace(/\n/g, '\\\n');
  // Emphasis must hug its text: leading and trailing spaces stay outside the markers.
  if (i.strike) md = `~~${md}~~`;
  if (i.italic) md = `*${md}*`;
  if (i.bold) md = `**${md}**`;
  if (i.href) md = `[${md}](${linkTarget(i.href)})`;
  return `${lead.replace(/\n/g, '\\\n')}${md}${trail.replace(/\n/g, '\\\n')}`;
}

const inlines = (list: PubInline[]) => escapeLineStarts(list.map(inline).join(''));

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line ? rest : '') + line)
    .join('\n');
}

function block(b: PubBlock): string {
  switch (b.type) {
    case 'heading':
      return `${b.level === 3 ? '###' : '##'} ${inlines(b.inlines).replace(/\\\n/g, ' ')}`;
    case 'paragraph':
      return inlines(b.inlines);
    case 'blockquote':
      return b.blocks
        .map(block)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'list':
      return b.items
        .map((item, i) => {
          const marker = b.ordered ? `${i + 1}. ` : '- ';
          return indent(item.map(block).join('\n\n'), marker, ' '.repeat(marker.length));
        })
        .join('\n');
    case 'rule':
      return '* * *';
  }
}

function image(img: PubImage): string {
  const picture = `![${escapeMarkdown(img.alt).replace(/\n/g, ' ')}](${linkTarget(img.fileName)})`;
  const caption = [img.caption ? inline({ text: img.caption, italic: true }) : '', img.credit ? escapeMarkdown(img.credit) : ''].filter(Boolean).join(' ');
  return caption ? `${picture}\n\n${escapeLineStarts(caption)}` : picture;
}

/** "2024-05-05T10:00:00Z": a YAML timestamp Hugo and Decap take as the post's date. */
function yamlTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function toMarkdown(doc: PublishableDocument, options: { date: Date }): string {
  const author = doc.byline.replace(/^by\s+/i, '').trim();
  const front = [
    '---',
    `title: ${yamlString(doc.title)}`,
    `date: ${yamlTimestamp(options.date)}`,
    ...(author ? [`author: ${yamlString(author)}`] : []),
    ...(doc.dateline ? [`dateline: ${yamlString(doc.dateline)}`] : []),
    // The draft's language as a BCP 47 tag (Hugo and Decap read a page's language from `lang`).
    `lang: ${yamlString(doc.language)}`,
    'draft: true',
    '---',
  ];
  const body = [...doc.images.map(image), ...doc.blocks.map(block)].filter(Boolean);
  return `${front.join('\n')}\n\n${body.join('\n\n')}\n`;
}
