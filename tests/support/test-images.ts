import sharp from 'sharp';

/** A small JPEG that carries camera EXIF (make, model, serial, capture time): what a phone writes. */
export async function jpegWithExif(width = 32, height = 24): Promise<Uint8Array> {
  const buffer = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Shieldnote Test Camera', Model: 'Model X', Copyright: 'Zhenhai Studio' }, IFD2: { BodySerialNumber: 'SN-0417-2291', DateTimeOriginal: '2024:05:05 06:12:00' } })
    .toBuffer();
  return new Uint8Array(buffer);
}

/** True when the bytes still hold an EXIF block or XMP packet. */
export function hasMetadata(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes).toString('latin1');
  return text.includes('Exif\0\0') || text.includes('http://ns.adobe.com/xap/') || text.includes('Shieldnote Test Camera');
}
