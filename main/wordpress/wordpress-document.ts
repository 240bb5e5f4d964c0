import { ShieldnoteError } from '../../common/api/errors';
import type { PubImage, PublishableDocument } from '../../common/document/publishable';
import { toHtmlBody } from '../../common/export/html-export';
import { escapeAttr, escapeText } from '../../common/export/markup-escape';
import { prepareExport, type ExportContext } from '../export/export-draft';
import type { GateFile } from '../export/export-gate';
import type { OutgoingImage } from './wordpress-publish';

// What a WordPress publish sends, built by the same preparation and HTML serializer as the file
// exports: a title, the article's HTML body (WordPress keeps the title apart), and the scrubbed
// images with their captions and alt texts.

export interface WordPressPost {
  doc: PublishableDocument;
  title: string;
  images: OutgoingImage[];
  /** The post body, with each image served from the address WordPress gave it. */
  renderContent: (imageUrl: (fileName: string) => string) => string;
}

export async function prepareWordPressPost(ctx: ExportContext, draftId: string): Promise<WordPressPost> {
  const { doc, images } = await prepareExport(ctx, draftId, 'html', true);
  return {
    doc,
    title: doc.title,
    images: images.map(({ image, pub, bytes }) => {
      if (!bytes || !pub.mimeType) throw new ShieldnoteError('INTERNAL', 'An image was not scrubbed.');
      return { imageId: image.id, fileName: pub.fileName, bytes, mime: pub.mimeType, caption: mediaCaption(pub), alt: pub.alt };
    }),
    // The post keeps the draft's language in its content: WordPress has no field for it.
    renderContent: (imageUrl) => `<div lang="${escapeAttr(doc.language)}">\n${toHtmlBody({ ...doc, images: doc.images.map((i) => ({ ...i, fileName: imageUrl(i.fileName) })) })}\n</div>`,
  };
}

/** The caption WordPress stores with an upload: the caption, then the credit, as the figure shows them. */
export function mediaCaption(image: Pick<PubImage, 'caption' | 'credit'>): string {
  return [image.caption ? escapeText(image.caption) : '', image.credit ? `<small>${escapeText(image.credit)}</small>` : ''].filter(Boolean).join(' ');
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
