import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../common/api/errors';
import { CATALOG_FILE } from '../../main/vault/catalog-adapter';
import { canonicalJson } from '../../main/vault/encoding';
import { HEADER_FILE, headerChecksum } from '../../main/vault/vault-header';
import { Vault } from '../../main/vault/vault';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir } from '../support/temp-dirs';

// Damaged vault files: every kind of damage gives its own clear error, and the damaged file is
// never modified by the attempt to open it.

const passphrase = new TextEncoder().encode(STRONG_PASSPHRASE);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('damaged vault files', () => {
  const dir = tempDir('shieldnote-damage-');
  const vaultDir = path.join(dir.path, 'vault');
  let pristine: { header: Buffer; catalog: Buffer; record: Buffer; recordId: string };

  beforeAll(async () => {
    const { vault } = await Vault.create(vaultDir, { name: 'damage', passphrase, kdfPolicy: FAST_KDF });
    const recordId = vault.newRecordId();
    await vault.writeRecord(recordId, 2, new TextEncoder().encode('a draft body'));
    await vault.close();
    pristine = {
      header: readFileSync(path.join(vaultDir, HEADER_FILE)),
      catalog: readFileSync(path.join(vaultDir, CATALOG_FILE)),
      record: readFileSync(path.join(vaultDir, 'records', `${recordId}.snr`)),
      recordId,
    };
  });
  afterAll(() => dir.remove());

  function restore() {
    writeFileSync(path.join(vaultDir, HEADER_FILE), pristine.header);
    writeFileSync(path.join(vaultDir, CATALOG_FILE), pristine.catalog);
    writeFileSync(path.join(vaultDir, 'records', `${pristine.recordId}.snr`), pristine.record);
  }

  /** Writes `bytes` over `file`, tries to open, and returns the error; checks the file is untouched. */
  async function openWith(file: string, bytes: Uint8Array): Promise<{ code: ErrorCode; message: string }> {
    restore();
    const target = path.join(vaultDir, file);
    writeFileSync(target, bytes);
    const before = sha(bytes);
    let error: { code: ErrorCode; message: string } | null = null;
    try {
      const vault = await Vault.unlock(vaultDir, { kind: 'passphrase', passphrase });
      if (file.startsWith('records')) await vault.readRecord(pristine.recordId, 2).finally(() => vault.close());
      else await vault.close();
    } catch (e) {
      error = e as { code: ErrorCode; message: string };
    }
    expect(sha(readFileSync(target)), `${file} was modified`).toBe(before);
    expect(error, `${file} opened despite damage`).not.toBeNull();
    return error!;
  }

  it('opens the undamaged vault (control)', async () => {
    restore();
    const vault = await Vault.unlock(vaultDir, { kind: 'passphrase', passphrase });
    expect(new TextDecoder().decode(await vault.readRecord(pristine.recordId, 2))).toBe('a draft body');
    await vault.close();
  });

  describe('header', () => {
    it('empty', async () => {
      expect(await openWith(HEADER_FILE, new Uint8Array())).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/empty/) });
    });

    it('random bytes', async () => {
      expect(await openWith(HEADER_FILE, randomBytes(600))).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/not readable/) });
    });

    it('wrong magic', async () => {
      const json = JSON.parse(pristine.header.toString());
      json.magic = 'keepass-vault';
      expect(await openWith(HEADER_FILE, Buffer.from(JSON.stringify(json)))).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/wrong magic/) });
    });

    it('future format version, correctly checksummed', async () => {
      const { checksum: _c, ...rest } = JSON.parse(pristine.header.toString());
      rest.formatVersion = 2;
      const bytes = Buffer.from(JSON.stringify({ ...rest, checksum: await headerChecksum(rest) }));
      expect(await openWith(HEADER_FILE, bytes)).toMatchObject({ code: 'VAULT_UNSUPPORTED', message: expect.stringMatching(/format 2.*newer/) });
    });

    it.each([
      ['memory limit of 4 GiB', { memLimitBytes: 4 * 1024 ** 3 }],
      ['memory limit of 1 KiB', { memLimitBytes: 1024 }],
      ['a million passes', { opsLimit: 1_000_000 }],
      ['zero passes', { opsLimit: 0 }],
      ['fractional passes', { opsLimit: 2.5 }],
      ['1 GiB × 16 passes', { memLimitBytes: 1024 ** 3, opsLimit: 16 }],
      ['1 GiB × 1 pass', { memLimitBytes: 1024 ** 3, opsLimit: 1 }],
      ['256 MiB × 9 passes', { memLimitBytes: 256 * 1024 ** 2, opsLimit: 9 }],
      ['17 passes', { opsLimit: 17 }],
    ])('absurd KDF parameters (%s) are refused before any derivation', async (_label, change) => {
      const { checksum: _c, ...rest } = JSON.parse(pristine.header.toString());
      rest.kdf = { ...rest.kdf, ...change };
      const bytes = Buffer.from(JSON.stringify({ ...rest, checksum: await headerChecksum(rest) }));
      expect(await openWith(HEADER_FILE, bytes)).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/unsafe key-derivation/) });
      // Reading the header alone (which derives nothing) already refuses it.
      await expect(Vault.inspect(vaultDir)).rejects.toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/before any derivation/) });
    });

    it('truncated at every 5th byte', async () => {
      for (let cut = 0; cut < pristine.header.length; cut += 5) {
        const error = await openWith(HEADER_FILE, pristine.header.subarray(0, cut));
        expect(error.code, `cut at ${cut}`).toBe('VAULT_DAMAGED');
        expect(error.message).toMatch(cut === 0 ? /empty/ : /not readable|checksum|malformed|wrong magic|no header/);
      }
    });

    it('a flipped byte anywhere reads as damage, never as a wrong passphrase', async () => {
      const seen = new Set<string>();
      for (let i = 0; i < pristine.header.length; i++) {
        const bytes = Buffer.from(pristine.header);
        bytes[i] = bytes[i]! ^ 0x01;
        if (bytes.equals(pristine.header)) continue;
        let error: { code: ErrorCode; message: string } | null = null;
        try {
          error = await openWith(HEADER_FILE, bytes);
        } catch (assertion) {
          // Flipping a bit of JSON whitespace (space ↔ "!") can leave the same parsed header:
          // only acceptable when the header's content really is unchanged.
          const parsed = (() => { try { return canonicalJson(JSON.parse(bytes.toString())); } catch { return null; } })();
          expect(parsed, `byte ${i}: ${String(assertion)}`).toBe(canonicalJson(JSON.parse(pristine.header.toString())));
          continue;
        }
        expect(error.code, `byte ${i}`).toBe('VAULT_DAMAGED');
        seen.add(error.message.replace(/ Your data.*/, ''));
      }
      expect(seen.size).toBeGreaterThanOrEqual(2);
    });

    it('a damaged wrapped key is damage, while the right header with a wrong passphrase is WRONG_PASSPHRASE', async () => {
      const json = JSON.parse(pristine.header.toString());
      const ct = Buffer.from(json.wrappedKeys.passphrase.ciphertext, 'base64');
      ct[3] = ct[3]! ^ 0xff;
      json.wrappedKeys.passphrase.ciphertext = ct.toString('base64');
      expect(await openWith(HEADER_FILE, Buffer.from(JSON.stringify(json)))).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/checksum/) });
      restore();
      await expect(Vault.unlock(vaultDir, { kind: 'passphrase', passphrase: new TextEncoder().encode('wrong') })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    });
  });

  const containers = [
    ['catalog', CATALOG_FILE],
    ['record', 'records/RECORD'],
  ] as const;

  describe.each(containers)('%s container', (what, fileTemplate) => {
    const file = () => fileTemplate.replace('RECORD', `${pristine.recordId}.snr`);
    const original = () => (what === 'catalog' ? pristine.catalog : pristine.record);

    it('empty', async () => {
      expect(await openWith(file(), new Uint8Array())).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/empty/) });
    });

    it('random bytes', async () => {
      expect(await openWith(file(), randomBytes(original().length))).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/wrong magic/) });
    });

    it('wrong magic', async () => {
      const bytes = Buffer.from(original());
      bytes.write('PK\x03\x04', 0, 'latin1');
      expect(await openWith(file(), bytes)).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/wrong magic/) });
    });

    it('future format version', async () => {
      const bytes = Buffer.from(original());
      bytes[4] = 9;
      expect(await openWith(file(), bytes)).toMatchObject({ code: 'VAULT_UNSUPPORTED', message: expect.stringMatching(/format 9/) });
    });

    it('truncated at many points', async () => {
      const length = original().length;
      const cuts = new Set([1, 3, 4, 5, 8, 24, 31, 32, 55, 56, 59, 60, 61, length - 17, length - 16, length - 1]);
      for (let c = 64; c < length; c += Math.max(1, Math.floor(length / 40))) cuts.add(c);
      for (const cut of cuts) {
        const error = await openWith(file(), original().subarray(0, cut));
        expect(error, `cut at ${cut}`).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/truncated|wrong magic/) });
      }
    });

    it('a byte flipped in every region', async () => {
      const length = original().length;
      const regions: [string, number[], RegExp][] = [
        ['magic', [0, 3], /wrong magic/],
        ['kind', [5], /swapped|failed authentication/],
        ['reserved', [6, 7], /failed authentication/],
        ['id', [8, 23], /swapped|failed authentication/],
        ['revision', [24, 31], /failed authentication/],
        ['nonce', [32, 55], /failed authentication/],
        ['length', [56, 59], /truncated|length field/],
        ['ciphertext', [60, Math.floor(length / 2), length - 17], /failed authentication/],
        ['tag', [length - 16, length - 1], /failed authentication/],
      ];
      for (const [region, offsets, expected] of regions) {
        for (const offset of offsets) {
          const bytes = Buffer.from(original());
          bytes[offset] = bytes[offset]! ^ 0x20;
          const error = await openWith(file(), bytes);
          expect(error, `${region} at ${offset}`).toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(expected) });
        }
      }
    });
  });

  it('a record swapped for another record is refused', async () => {
    restore();
    const vault = await Vault.unlock(vaultDir, { kind: 'passphrase', passphrase });
    const otherId = vault.newRecordId();
    await vault.writeRecord(otherId, 2, new TextEncoder().encode('another draft'));
    writeFileSync(path.join(vaultDir, 'records', `${pristine.recordId}.snr`), readFileSync(path.join(vaultDir, 'records', `${otherId}.snr`)));
    await expect(vault.readRecord(pristine.recordId, 2)).rejects.toMatchObject({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/swapped/) });
    await vault.close();
  });
});
