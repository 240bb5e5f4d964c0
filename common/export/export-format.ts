// The formats a draft leaves Shieldnote in, and the neutral names of the files written.

export const EXPORT_FORMATS = ['html', 'markdown', 'text', 'nitf', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Formats whose file is text; the others (Word) are bytes the gate reads back as text. */
export type TextExportFormat = Exclude<ExportFormat, 'docx'>;

export const EXPORT_FORMAT_LABELS: Record<ExportFormat, string> = {
  html: 'HTML',
  markdown: 'Markdown (Hugo, Decap)',
  text: 'Plain text',
  nitf: 'NITF XML (IPTC)',
  docx: 'Word (.docx)',
};

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  html: 'html',
  markdown: 'md',
  text: 'txt',
  nitf: 'xml',
  docx: 'docx',
};

export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
  nitf: 'application/xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const MAX_SLUG = 60;

/**
 * The file stem for a story: its title in lower-case ASCII words, or "story". File names go out
 * with the story, so they are made from what the reader sees and nothing else.
 */
export function exportSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug || 'story';
}

/**
 * A working copy says so in its name ("<slug>-working-copy.html", its images "<slug>-working-copy-1.jpg"),
 * so a file passed around the desk is never mistaken for the approved story.
 */
export function exportStem(title: string, final: boolean): string {
  const slug = exportSlug(title);
  return final ? slug : `${slug}-working-copy`;
}

export function exportFileName(slug: string, format: ExportFormat): string {
  return `${slug}.${EXPORT_EXTENSIONS[format]}`;
}

/** "<slug>-1.jpg": images are numbered in story order, whatever they were called when added. */
export function exportImageName(slug: string, index: number, ext: string): string {
  return `${slug}-${index + 1}.${ext}`;
}

/**
 * The stem of the `version`th export of a story into one folder: "<slug>", then "<slug>-v2"…
 * An export never replaces a file that is already there; it takes the next free version.
 */
export function versionedSlug(slug: string, version: number): string {
  return version <= 1 ? slug : `${slug}-v${version}`;
}
