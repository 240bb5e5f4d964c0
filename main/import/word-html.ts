import type { DocMark, DocNode } from '../../common/domain/draft';
import { decodeXmlText } from './xml-text';
import { IMAGE_SRC } from './word-read';

// Mammoth's HTML (well-formed, escaped, a known small set of elements) into what Shieldnote
// holds: an editor document for a draft, or notes text for paste-and-split. Headings, lists,
// emphasis and links are kept; tables become paragraphs; images stay as numbered references.

interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

const VOID = new Set(['br', 'img', 'hr']);

export function parseHtml(html: string): El {
  const root: El = { tag: 'root', attrs: {}, children: [] };
  const stack: El[] = [root];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(\/?)>|([^<]+)/g)) {
    const top = stack.at(-1)!;
    if (m[5] !== undefined) {
      top.children.push(decodeXmlText(m[5]));
      continue;
    }
    const tag = m[2]!.toLowerCase();
    if (m[1]) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) attrs[a[1]!.toLowerCase()] = decodeXmlText(a[2]!);
    const el: El = { tag, attrs, children: [] };
    top.children.push(el);
    if (!m[4] && !VOID.has(tag)) stack.push(el);
  }
  return root;
}

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const MARK_OF: Record<string, DocMark['type']> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strike', del: 'strike' };

function textOf(el: El | string): string {
  return typeof el === 'string' ? el : el.children.map(textOf).join('');
}

function inline(el: El | string, marks: DocMark[], images: number[], out: DocNode[]): void {
  if (typeof el === 'string') {
    const text = el.replace(/\s+/g, ' ');
    if (text) out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
    return;
  }
  if (el.tag === 'br') return void out.push({ type: 'hardBreak' });
  if (el.tag === 'img') {
    const n = el.attrs.src?.startsWith(IMAGE_SRC) ? Number(el.attrs.src.slice(IMAGE_SRC.length)) : NaN;
    if (Number.isInteger(n)) images.push(n);
    return;
  }
  if (el.tag === 'sup' && /^\[\d+\]$/.test(textOf(el).trim())) return; // a footnote reference
  let next = marks;
  const mark = MARK_OF[el.tag];
  if (mark && !marks.some((m) => m.type === mark)) next = [...marks, { type: mark }];
  if (el.tag === 'a' && el.attrs.href && SAFE_HREF.test(el.attrs.href)) next = [...marks.filter((m) => m.type !== 'link'), { type: 'link', attrs: { href: el.attrs.href } }];
  for (const child of el.children) inline(child, next, images, out);
}

function inlines(el: El, images: number[]): DocNode[] {
  const out: DocNode[] = [];
  for (const child of el.children) inline(child, [], images, out);
  // Trim the ends, as Word's own paragraph edges are not text.
  const first = out[0];
  if (first?.type === 'text') first.text = first.text!.replace(/^\s+/, '');
  const last = out.at(-1);
  if (last?.type === 'text') last.text = last.text!.replace(/\s+$/, '');
  return out.filter((n) => n.type !== 'text' || n.text);
}

const para = (content: DocNode[]): DocNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });

function blocks(el: El, images: number[]): DocNode[] {
  const out: DocNode[] = [];
  for (const child of el.children) {
    if (typeof child === 'string') {
      if (child.trim()) out.push(para([{ type: 'text', text: child.trim() }]));
      continue;
    }
    const heading = /^h([1-6])$/.exec(child.tag);
    if (heading) {
      const content = inlines(child, images);
      if (content.length) out.push({ type: 'heading', attrs: { level: Math.min(3, Number(heading[1])) }, content });
    } else if (child.tag === 'p') {
      const content = inlines(child, images);
      if (content.length) out.push(para(content));
    } else if (child.tag === 'ul' || child.tag === 'ol') {
      const items = child.children.filter((c): c is El => typeof c !== 'string' && c.tag === 'li').map((li) => {
        const inner = li.children.some((c) => typeof c !== 'string' && /^(p|ul|ol|h\d|table|blockquote)$/.test(c.tag)) ? blocks(li, images) : [para(inlines(li, images))];
        return { type: 'listItem', content: inner.length ? inner : [para([])] };
      });
      if (items.length) out.push({ type: child.tag === 'ul' ? 'bulletList' : 'orderedList', content: items });
    } else if (child.tag === 'blockquote') {
      const inner = blocks(child, images);
      if (inner.length) out.push({ type: 'blockquote', content: inner });
    } else if (child.tag === 'hr') {
      out.push({ type: 'horizontalRule' });
    } else if (child.tag === 'img') {
      inline(child, [], images, []);
    } else if (child.tag === 'table') {
      for (const cell of collect(child, (e) => e.tag === 'td' || e.tag === 'th')) out.push(...blocks(cell, images));
    } else {
      out.push(...blocks(child, images));
    }
  }
  return out;
}

function collect(el: El, match: (e: El) => boolean): El[] {
  return el.children.flatMap((c) => (typeof c === 'string' ? [] : match(c) ? [c] : collect(c, match)));
}

export interface WordDraft {
  title: string;
  byline: string;
  dateline: string;
  body: DocNode;
  /** Image numbers in the order they appear. */
  images: number[];
}

/** A draft: the first Title (or h1) is its title; Byline and Dateline paragraphs fill those fields. */
export function wordDraft(html: string): WordDraft {
  const root = parseHtml(html);
  const field = (pick: (e: El) => boolean, max: number) => {
    const at = root.children.findIndex((c) => typeof c !== 'string' && pick(c));
    if (at < 0) return '';
    const [el] = root.children.splice(at, 1) as [El];
    return textOf(el).replace(/\s+/g, ' ').trim().slice(0, max);
  };
  const title = field((e) => e.tag === 'h1' && e.attrs.class === 'title', 300) || field((e) => e.tag === 'h1', 300);
  const byline = field((e) => e.tag === 'p' && e.attrs.class === 'byline', 200);
  const dateline = field((e) => e.tag === 'p' && e.attrs.class === 'dateline', 120);
  for (const caption of collect(root, (e) => e.attrs.class === 'caption')) caption.children = [];
  const images: number[] = [];
  const content = blocks(root, images);
  return { title, byline, dateline, body: { type: 'doc', content: content.length ? content : [para([])] }, images };
}

export const IMAGE_TOKEN = (n: number) => `\u2063img${n}\u2063`;
export const IMAGE_TOKENS = /\u2063img(\d+)\u2063/g;

/** Notes text for paste-and-split: a paragraph a block, "- " list items, images as tokens. */
export function wordNotes(html: string): string {
  const lines: string[] = [];
  const walk = (el: El, prefix: string) => {
    for (const child of el.children) {
      if (typeof child === 'string') {
        if (child.trim()) lines.push(child.trim());
        continue;
      }
      if (/^(p|h\d|li)$/.test(child.tag)) {
        const nested = child.children.filter((c): c is El => typeof c !== 'string' && /^(ul|ol)$/.test(c.tag));
        const own = { ...child, children: child.children.filter((c) => typeof c === 'string' || !/^(ul|ol)$/.test(c.tag)) };
        const text = lineText(own).trim();
        if (text) lines.push(`${child.tag === 'li' ? `${prefix}- ` : ''}${text}`);
        for (const list of nested) walk(list, `${prefix}  `);
        if (child.tag !== 'li') lines.push('');
      } else if (child.tag === 'img') {
        lines.push(lineText({ tag: 'p', attrs: {}, children: [child] }), '');
      } else {
        walk(child, prefix);
        if (/^(ul|ol|table|blockquote)$/.test(child.tag)) lines.push('');
      }
    }
  };
  walk(parseHtml(html), '');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

function lineText(el: El | string): string {
  if (typeof el === 'string') return el.replace(/\s+/g, ' ');
  if (el.tag === 'br') return '\n';
  if (el.tag === 'img') {
    const n = el.attrs.src?.startsWith(IMAGE_SRC) ? Number(el.attrs.src.slice(IMAGE_SRC.length)) : NaN;
    return Number.isInteger(n) ? ` ${IMAGE_TOKEN(n)} ` : '';
  }
  return el.children.map(lineText).join('');
}
