import type { PubImage, PublishableDocument } from '../../common/document/publishable';
import { exportImageName, exportSlug } from '../../common/export/export-format';
import { toHtml } from '../../common/export/html-export';
import { escapeText } from '../../common/export/markup-escape';
import type { ExportContext } from '../export/export-draft';
import type { GateFile } from '../export/export-gate';
import { scrubImage } from '../export/image-scrub';
import { listDraftImages, readDraftImage } from '../features/draft-images';
import { storedDraft } from '../features/drafts';
import type { OutgoingImage } from './wordpress-publish';

// What a WordPress publish sends, built from the same publishable document and HTML serializer
// as the file exports: a title, the article's HTML body (WordPress keeps the title apart), and
// the scrubbed images with their captions and alt texts.

export interface WordPressPost {
  doc: PublishableDocument;
  title: string;
  images: OutgoingImage[];
  /** The post body, with each image served from the address WordPress gave it. */
  renderContent: (imageUrl: (fileName: string) => string) => string;
}

export async function prepareWordPressPost(ctx: ExportContext, draftId: string): Promise<WordPressPost> {
  const slug = exportSlug(storedDraft(ctx.vault, draftId).title);
  const scrubbed = [];
  for (const [index, image] of listDraftImages(ctx.vault, draftId).entries()) {
    const { data } = await readDraftImage(ctx.vault, draftId, image.id);
    const clean = await scrubImage(data, image.name);
    const pub: PubImage = { fileName: exportImageName(slug, index, clean.ext), caption: image.caption, credit: image.credit, alt: image.alt, mimeType: clean.mime, width: clean.width, height: clean.height };
    scrubbed.push({ id: image.id, pub, clean });
  }
  const doc = await ctx.publishable(draftId, scrubbed.map((s) => s.pub));
  return {
    doc,
    title: doc.title,
    images: scrubbed.map(({ id, pub, clean }) => ({ imageId: id, fileName: pub.fileName, bytes: clean.bytes, mime: clean.mime, caption: mediaCaption(pub), alt: pub.alt })),
    renderContent: (imageUrl) => articleBody(toHtml({ ...doc, images: doc.images.map((i) => ({ ...i, fileName: imageUrl(i.fileName) })) })),
  };
}

/** The caption WordPress stores with an upload: the caption, then the credit, as the figure shows them. */
export function mediaCaption(image: Pick<PubImage, 'caption' | 'credit'>): string {
  return [image.caption ? escapeText(image.caption) : '', image.credit ? `<small>${escapeText(image.credit)}</small>` : ''].filter(Boolean).join(' ');
}

/** The inside of the exported page's <article>, without its <header> (title, byline, dateline). */
export function articleBody(page: string): string {
  const start = page.indexOf('</header>');
  const end = page.lastIndexOf('</article>');
  if (start < 0 || end < start) throw new Error('The HTML export no longer has the <article><header> shape the WordPress body is cut from.');
  return page.slice(start + '</header>'.length, end).trim();
}

/** Everything a publish sends that a reader can see, as the export gate scans it. */
export function wordPressGateFiles(post: WordPressPost, content: string): GateFile[] {
  return [
    { name: 'WordPress post title', kind: 'text', text: post.title },
    { name: 'WordPress post content', kind: 'markup', text: content },
    ...post.images.flatMap((image): GateFile[] => [
      { name: image.fileName, kind: 'binary' },
      { name: `WordPress caption of ${image.fileName}`, kind: 'markup', text: image.caption },
      { name: `WordPress alt text of ${image.fileName}`, kind: 'text', text: image.alt },
    ]),
  ];
}
