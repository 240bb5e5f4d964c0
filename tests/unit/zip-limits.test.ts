import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../main/import/zip-limits';

const roomy = { maxEntries: 10, maxTotalBytes: 1_000_000_000, maxRatio: 1_000_000 };

describe('opening a zip within budgets', () => {
  it('reads an ordinary zip', () => {
    const entries = readZip(zipSync({ 'a.txt': strToU8('hello'), 'b/c.xml': strToU8('<x/>') }), roomy);
    expect([...entries.keys()]).toEqual(['a.txt', 'b/c.xml']);
  });

  it('stops inflating an entry whose header under-declares its size, whatever the other budgets allow', () => {
    const bytes = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    // The local header's uncompressed size (offset 22) now claims 1,000 bytes.
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(22, 1_000, true);
    expect(() => readZip(bytes, roomy)).toThrow(expect.objectContaining({ reason: 'ZIP_BOMB' }));
  });

  it('refuses too many entries, too much in all, and a file without its end record', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.txt`, strToU8('x')])));
    expect(() => readZip(many, roomy)).toThrow(expect.objectContaining({ reason: 'TOO_MANY_PARTS' }));
    const big = zipSync({ 'a.bin': new Uint8Array(2 * 1024 * 1024) });
    expect(() => readZip(big, { ...roomy, maxTotalBytes: 1024 * 1024 })).toThrow(expect.objectContaining({ reason: 'ZIP_BOMB' }));
    expect(() => readZip(big.subarray(0, big.length - 30), roomy)).toThrow(expect.objectContaining({ reason: 'DAMAGED' }));
  });
});
