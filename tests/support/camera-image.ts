import sharp from 'sharp';
import type { ScrubbedFormat } from '../../main/export/image-scrub';
import { addWithExiftool } from './exiftool';

// Test pictures that carry what a phone or camera writes: GPS, make, model, serial, capture
// time, XMP, an ICC profile, and (via exiftool) IPTC, a thumbnail and comments.

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Rana Haddad</dc:creator></rdf:Description>
</rdf:RDF></x:xmpmeta>`;

export const CAMERA_EXIF = {
  IFD0: { Make: 'Canon', Model: 'EOS R5', Copyright: 'Rana Haddad', ImageDescription: 'Meeting at the crossing' },
  IFD2: { DateTimeOriginal: '2024:05:01 10:00:00', BodySerialNumber: 'SN0123456789' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 46/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '35/1 13/1 0/1' },
};

/** A left-red, right-blue picture carrying what a phone or camera writes, in the given format. */
export async function cameraImage(format: ScrubbedFormat, orientation = 1): Promise<Uint8Array> {
  const left = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#ff0000' } }).png().toBuffer();
  const image = sharp({ create: { width: 40, height: 20, channels: 3, background: '#0000ff' } }).composite([
    { input: left, left: 0, top: 0 },
  ]);
  const encoded = format === 'jpg' ? image.jpeg() : format === 'png' ? image.png() : image.webp({ lossless: true });
  const withMetadata = await encoded
    .withExif(CAMERA_EXIF)
    .withXmp(XMP)
    .withIccProfile('p3')
    .withMetadata({ orientation })
    .toBuffer();
  const thumbnail = await sharp({ create: { width: 8, height: 4, channels: 3, background: '#00ff00' } }).jpeg().toBuffer();
  const extra =
    format === 'jpg'
      ? ['-IPTC:By-line=Rana Haddad', '-IPTC:City=Rafah', '-ThumbnailImage<=thumb.jpg', '-Comment=source R.H.']
      : format === 'png'
        ? ['-PNG:Comment=source R.H.', '-PNG:Author=Rana Haddad']
        : ['-XMP-dc:Subject=source R.H.'];
  return addWithExiftool(new Uint8Array(withMetadata), format, extra, { 'thumb.jpg': thumbnail });
}

/** A noisy photo (JPEG cannot squeeze noise) of about `megabytes` (q92: ~0.77 bytes a pixel), with GPS and camera EXIF. */
export async function largePhotoWithGps(megabytes: number): Promise<Uint8Array> {
  const side = Math.round(Math.sqrt(megabytes * 1024 * 1024 * 1.3));
  const noise = sharp({ create: { width: side, height: side, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } });
  return new Uint8Array(await noise.jpeg({ quality: 92 }).withExif(CAMERA_EXIF).toBuffer());
}

/** A small JPEG with GPS and camera EXIF written by sharp alone (no exiftool needed). */
export async function photoWithGps(width = 48, height = 32): Promise<Uint8Array> {
  const image = sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } });
  return new Uint8Array(await image.jpeg().withExif(CAMERA_EXIF).toBuffer());
}
