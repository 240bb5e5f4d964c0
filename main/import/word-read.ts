import mammoth from 'mammoth';
import type { ImportWarnings } from '../../common/domain/import';
import { refuseImport } from './import-refusals';
import { wordWarnings } from './word-warnings';
import { readZip } from './zip-limits';

// A Word document read by mammoth, after the zip has passed its budgets. Styles map to plain
// HTML (Shieldnote's own export styles included, so an exported story reads back as one);
// images are taken out as bytes and left in the HTML as numbered placeholders.

export const WORD_MAX_BYTES = 50 * 1024 * 1024;
const WORD_ZIP_BUDGET = { maxEntries: 2_000, maxTotalBytes: 200 * 1024 * 1024, maxRatio: 200 };
export const IMAGE_SRC = 'shieldnote-image:';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Byline'] => p.byline:fresh",
  "p[style-name='Dateline'] => p.dateline:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  'u => u',
];

export interface WordImage {
  mimeType: string;
  data: Uint8Array;
}

export interface WordContent {
  html: string;
  images: WordImage[];
  warnings: Pick<ImportWarnings, 'metadata' | 'comments' | 'changes'>;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = new Uint8Array([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0;
}

export async function readWord(bytes: Uint8Array): Promise<WordContent> {
  if (bytes.length > WORD_MAX_BYTES) refuseImport('TOO_LARGE');
  // A password-protected .docx is an OLE container holding the encrypted package; so is an old .doc.
  if (OLE.every((b, i) => bytes[i] === b)) refuseImport(contains(bytes, ENCRYPTION_INFO) ? 'ENCRYPTED' : 'NOT_WORD');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) refuseImport('NOT_WORD');
  const parts = readZip(bytes, WORD_ZIP_BUDGET);
  if (!parts.has('word/document.xml')) refuseImport('NOT_WORD');
  const warnings = wordWarnings(parts);
  const images: WordImage[] = [];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        includeEmbeddedStyleMap: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          images.push({ mimeType: image.contentType, data: new Uint8Array(await image.readAsBuffer()) });
          return { src: `${IMAGE_SRC}${images.length - 1}` };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    refuseImport('DAMAGED', error);
  }
  return { html, images, warnings };
}
