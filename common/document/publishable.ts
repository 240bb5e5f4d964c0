import { renderCitations, type RenderedCitation } from '../attribution/attribution-engine';
import { withParticle, type AcronymReadings } from '../attribution/korean-particles';
import type { DocNode } from '../domain/draft';
import { draftLanguageOf, type DraftLanguage } from '../domain/language';
import type { SourceLabel } from '../domain/source';
import { citationAttrs, citationInputs } from './draft-doc';

// The one publishable document built from a draft (DESIGN §5a): what the reader preview shows
// and what every export format serializes. Citations are already rendered to words; nothing of
// Shieldnote's own (ids, statement references, marks) survives into it.

export interface PubInline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  /** Only http(s) and mailto links survive. */
  href?: string;
}

export type PubBlock =
  | { type: 'heading'; level: 1 | 2 | 3; inlines: PubInline[] }
  | { type: 'paragraph'; inlines: PubInline[] }
  | { type: 'blockquote'; blocks: PubBlock[] }
  | { type: 'list'; ordered: boolean; items: PubBlock[][] }
  | { type: 'rule' };

export interface PubImage {
  /** The neutral name it is exported under ("<slug>-1.jpg"), never the name it was added with. */
  fileName: string;
  caption: string;
  credit: string;
  alt: string;
  /** Known once the image has been scrubbed: the exported bytes' type and pixel size. */
  mimeType?: string;
  width?: number;
  height?: number;
}

export interface PublishableDocument {
  /** BCP 47 tag of the draft's language: every format marks it (lang, xml:lang, front matter). */
  language: DraftLanguage;
  title: string;
  dateline: string;
  byline: string;
  blocks: PubBlock[];
  images: PubImage[];
}

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

type NextCitation = (particle: string | null) => string;

function inlinesOf(node: DocNode, nextCitation: NextCitation): PubInline[] {
  const out: PubInline[] = [];
  const push = (inline: PubInline) => {
    const last = out.at(-1);
    const same = last && last.bold === inline.bold && last.italic === inline.italic && last.underline === inline.underline && last.strike === inline.strike && last.href === inline.href;
    if (same) last.text += inline.text;
    else out.push(inline);
  };
  for (const child of node.content ?? []) {
    if (child.type === 'citation') {
      push({ text: nextCitation(citationAttrs(child.attrs).particle) });
    } else if (child.type === 'hardBreak') {
      push({ text: '\n' });
    } else if (child.type === 'text') {
      const inline: PubInline = { text: child.text ?? '' };
      for (const mark of child.marks ?? []) {
        if (mark.type === 'bold') inline.bold = true;
        if (mark.type === 'italic') inline.italic = true;
        if (mark.type === 'underline') inline.underline = true;
        if (mark.type === 'strike') inline.strike = true;
        if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && SAFE_HREF.test(mark.attrs.href)) inline.href = mark.attrs.href;
      }
      push(inline);
    }
  }
  return out.filter((i) => i.text.length > 0);
}

function blocksOf(nodes: DocNode[], nextCitation: NextCitation): PubBlock[] {
  const out: PubBlock[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(3, Math.max(1, Number(node.attrs?.level ?? 2))) as 1 | 2 | 3;
        out.push({ type: 'heading', level, inlines: inlinesOf(node, nextCitation) });
        break;
      }
      case 'paragraph': {
        const inlines = inlinesOf(node, nextCitation);
        if (inlines.length) out.push({ type: 'paragraph', inlines });
        break;
      }
      case 'blockquote':
        out.push({ type: 'blockquote', blocks: blocksOf(node.content ?? [], nextCitation) });
        break;
      case 'bulletList':
      case 'orderedList':
        out.push({ type: 'list', ordered: node.type === 'orderedList', items: (node.content ?? []).map((item) => blocksOf(item.content ?? [], nextCitation)) });
        break;
      case 'horizontalRule':
        out.push({ type: 'rule' });
        break;
    }
  }
  return out;
}

export function buildPublishable(
  meta: { title: string; dateline: string; byline: string; language?: DraftLanguage | undefined },
  doc: DocNode,
  statements: ReadonlyMap<string, { sourceId: string; saidOn: string | null }>,
  labels: ReadonlyMap<string, SourceLabel>,
  images: PubImage[] = [],
  readings?: AcronymReadings,
): PublishableDocument {
  const language = draftLanguageOf(meta);
  const rendered: RenderedCitation[] = renderCitations(citationInputs(doc, statements), labels, language);
  let next = 0;
  // The chip's particle is spelled here as the editor spells it (korean-particles.ts).
  // Only Korean copy has particles: a draft switched to another language prints the words alone.
  const nextCitation: NextCitation = (particle) => withParticle(rendered[next++]?.text ?? '', language === 'ko' ? particle : null, readings);
  return {
    language,
    title: meta.title.trim(),
    dateline: meta.dateline.trim(),
    byline: meta.byline.trim(),
    blocks: blocksOf(doc.content ?? [], nextCitation),
    images,
  };
}

export function publishableText(doc: PublishableDocument): string {
  const inline = (i: PubInline[]) => i.map((x) => x.text).join('');
  const block = (b: PubBlock): string => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return inline(b.inlines);
      case 'blockquote':
        return b.blocks.map(block).join('\n\n');
      case 'list':
        return b.items.map((item) => item.map(block).join('\n')).join('\n');
      default:
        return '';
    }
  };
  return [doc.title, [doc.dateline, doc.byline].filter(Boolean).join(' — '), ...doc.blocks.map(block)].filter(Boolean).join('\n\n');
}
