import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp-dirs';

/** exiftool is a test tool (Debian libimage-exiftool-perl); in CI its absence fails the tests. */
export function exiftoolMissingReason(): string | null {
  const probe = spawnSync('exiftool', ['-ver'], { encoding: 'utf8' });
  if (probe.status === 0) return null;
  const reason = 'exiftool is not installed (apt-get install libimage-exiftool-perl)';
  if (process.env.CI) throw new Error(`${reason}; CI must have it`);
  return reason;
}

/** Every tag exiftool finds, keyed `Group:Tag` (family 0), duplicates and unknown tags included. */
export function readAllMetadata(bytes: Uint8Array, ext: string): Record<string, unknown> {
  const dir = tempDir('shieldnote-exif-');
  try {
    const file = path.join(dir.path, `image.${ext}`);
    writeFileSync(file, bytes);
    const json = execFileSync('exiftool', ['-json', '-a', '-u', '-G0', file], { encoding: 'utf8' });
    const [tags] = JSON.parse(json) as [Record<string, unknown>];
    return tags;
  } finally {
    dir.remove();
  }
}

// What a bare re-encoded file carries: the file system, the container's geometry, nothing else.
const BASIC_TAGS = new Set([
  'SourceFile',
  'ExifTool:ExifToolVersion',
  ...['FileName', 'Directory', 'FileSize', 'FileModifyDate', 'FileAccessDate', 'FileInodeChangeDate']
    .concat(['FilePermissions', 'FileType', 'FileTypeExtension', 'MIMEType', 'ImageWidth', 'ImageHeight'])
    .concat(['EncodingProcess', 'BitsPerSample', 'ColorComponents', 'YCbCrSubSampling'])
    .map((t) => `File:${t}`),
  ...['JFIFVersion', 'ResolutionUnit', 'XResolution', 'YResolution'].map((t) => `JFIF:${t}`),
  ...['ImageWidth', 'ImageHeight', 'BitDepth', 'ColorType', 'Compression', 'Filter', 'Interlace']
    .concat(['PixelsPerUnitX', 'PixelsPerUnitY', 'PixelUnits', 'Gamma', 'SRGBRendering', 'Palette'])
    .map((t) => `PNG:${t}`),
  ...['VP8Version', 'ImageWidth', 'ImageHeight', 'HorizontalScale', 'VerticalScale', 'WebP_Flags']
    .concat(['ImageWidth', 'ImageHeight', 'AlphaPreprocessing', 'AlphaFiltering', 'AlphaCompression'])
    .concat(['VP8L_Version', 'AlphaIsUsed'])
    .map((t) => `RIFF:${t}`),
  'Composite:ImageSize',
  'Composite:Megapixels',
]);

/** Tags beyond the basic file and image ones: EXIF, GPS, XMP, IPTC, ICC, maker notes, thumbnails… */
export function metadataBeyondBasics(bytes: Uint8Array, ext: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(readAllMetadata(bytes, ext)).filter(([key]) => !BASIC_TAGS.has(key)));
}

/** Adds what sharp cannot write (IPTC, an embedded thumbnail, a PNG text chunk) with exiftool. */
export function addWithExiftool(
  bytes: Uint8Array,
  ext: string,
  args: string[],
  sideFiles: Record<string, Uint8Array> = {},
): Uint8Array {
  const dir = tempDir('shieldnote-exif-');
  try {
    const file = path.join(dir.path, `image.${ext}`);
    writeFileSync(file, bytes);
    for (const [name, content] of Object.entries(sideFiles)) writeFileSync(path.join(dir.path, name), content);
    execFileSync('exiftool', ['-overwrite_original', ...args, file], { encoding: 'utf8', cwd: dir.path });
    return new Uint8Array(readFileSync(file));
  } finally {
    dir.remove();
  }
}
