import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ShieldnoteError } from '../../common/api/errors';
import { scrubImage } from '../../main/export/image-scrub';
import { cameraImage } from '../support/camera-image';
import { exiftoolMissingReason, metadataBeyondBasics } from '../support/exiftool';

const missing = exiftoolMissingReason();

describe.skipIf(missing !== null)('image scrubbing', () => {
  it.each(['jpg', 'png', 'webp'] as const)(
    'a %s with EXIF, GPS, serial, capture time, XMP, IPTC, ICC and thumbnail leaves with none of it',
    async (format) => {
      const input = await cameraImage(format);
      const before = Object.keys(metadataBeyondBasics(input, format)).join(' ');
      expect(before).toMatch(/GPSLatitude/);
      expect(before).toMatch(/SerialNumber/);
      expect(before).toMatch(/XMP/);
      expect(before).toMatch(/ICC_Profile/);

      const out = await scrubImage(input, `photo.${format}`);

      expect(out.ext).toBe(format);
      expect(metadataBeyondBasics(out.bytes, out.ext)).toEqual({});
      expect(Buffer.from(out.bytes).includes('Rana')).toBe(false);
      expect(Buffer.from(out.bytes).includes('R.H.')).toBe(false);
    },
  );

  it('a JPEG with its IPTC, comment and thumbnail really had them before scrubbing', async () => {
    const before = metadataBeyondBasics(await cameraImage('jpg'), 'jpg');
    expect(before['IPTC:By-line']).toBe('Rana Haddad');
    expect(before['EXIF:ThumbnailImage']).toBeDefined();
    expect(before['File:Comment']).toBe('source R.H.');
  });

  it('applies the orientation tag to the pixels so the picture still looks right', async () => {
    // Orientation 6: the camera was turned; viewers rotate 90° clockwise, so red ends up on top.
    const out = await scrubImage(await cameraImage('jpg', 6), 'turned.jpg');
    expect([out.width, out.height]).toEqual([20, 40]);
    const { data, info } = await sharp(out.bytes).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3));
    const [r1, , b1] = pixel(10, 5);
    const [r2, , b2] = pixel(10, 35);
    expect(r1).toBeGreaterThan(200);
    expect(b1).toBeLessThan(60);
    expect(b2).toBeGreaterThan(200);
    expect(r2).toBeLessThan(60);
    expect(metadataBeyondBasics(out.bytes, 'jpg')).toEqual({});
  });

  it('takes the format from the bytes, not the name', async () => {
    const png = await cameraImage('png');
    const out = await scrubImage(png, 'holiday.jpg');
    expect(out).toMatchObject({ ext: 'png', mime: 'image/png', width: 40, height: 20 });
  });
});

describe('image scrubbing refuses what it cannot clean', () => {
  async function refusal(bytes: Uint8Array, name: string): Promise<ShieldnoteError> {
    const error: unknown = await scrubImage(bytes, name).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ShieldnoteError);
    expect((error as ShieldnoteError).code).toBe('VALIDATION');
    return error as ShieldnoteError;
  }

  it('refuses HEIC/HEIF (ISO media files) with a message that says what to do', async () => {
    const avif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).avif().toBuffer();
    const heicHeader = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic')]);
    for (const [bytes, name] of [
      [avif, 'a.avif'],
      [heicHeader, 'IMG_0001.HEIC'],
    ] as const) {
      const error = await refusal(new Uint8Array(bytes), name);
      expect(error.message).toMatch(/HEIC/);
      expect(error.message).toMatch(/JPEG, PNG or WebP/);
    }
  });

  it('refuses other formats, even under an image name', async () => {
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).gif().toBuffer();
    await refusal(new Uint8Array(gif), 'photo.jpg');
    await refusal(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.png');
    await refusal(new Uint8Array(0), 'empty.jpg');
  });

  it('refuses a damaged file with a clear message', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const error = await refusal(new Uint8Array(jpeg.subarray(0, jpeg.length / 2)), 'cut.jpg');
    expect(error.message).toMatch(/cut\.jpg.*damaged/);
  });

  it('refuses a decompression bomb from its header, before decoding it', async () => {
    const error = await refusal(pngClaiming(20_000, 20_000), 'bomb.png');
    expect(error.message).toMatch(/megapixels/);
  });
});

/** A tiny PNG whose header claims a huge size (its data is a few zero bytes). */
function pngClaiming(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return new Uint8Array(
    Buffer.concat([
      Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.alloc(1024))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
