import { readFileSync } from 'node:fs';
import path from 'node:path';
import sodium from 'libsodium-wrappers-sumo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';
import { b64, canonical, cat, crockford, enc } from '../support/test-decryptor';

// A decryptor written only from docs/vault-format.md with plain libsodium calls: if the format
// page and the code disagree, this fails. It deliberately imports nothing from main/vault (the
// helpers in tests/support/test-decryptor.ts are written from the same page).

describe('independent decryptor (from docs/vault-format.md)', () => {
  const dir = tempDir('shieldnote-indep-');
  const vaultDir = path.join(dir.path, 'vault');
  let recoveryKey = '';

  beforeAll(async () => {
    await sodium.ready;
    const service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    ({ recoveryKey } = await service.createVault({ path: vaultDir, name: 'Dandong desk', passphrase: STRONG_PASSPHRASE }));
    await service.renameVault({ name: 'Dandong border desk' });
    await service.shutdown();
  });
  afterAll(() => dir.remove());

  function openContainer(bytes: Uint8Array, vaultKey: Uint8Array, vaultId: Uint8Array) {
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('SNCF');
    expect(bytes[4]).toBe(1);
    const n = new DataView(bytes.buffer, bytes.byteOffset).getUint32(56);
    expect(bytes.length).toBe(60 + n);
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null, bytes.subarray(60, 60 + n), cat(enc('shieldnote/v1/container'), vaultId, bytes.subarray(0, 32)), bytes.subarray(32, 56), vaultKey,
    );
  }

  it('verifies the header checksum, derives the key and reads the catalog', () => {
    const header = JSON.parse(readFileSync(path.join(vaultDir, 'vault.header'), 'utf8'));
    const { checksum, ...rest } = header;
    expect(sodium.to_hex(sodium.crypto_generichash(32, enc(canonical(rest)), null))).toBe(checksum);

    const vaultId = sodium.from_hex(header.vaultId);
    const { algorithm, memLimitBytes, opsLimit, salt } = header.kdf;
    const kek = sodium.crypto_pwhash(32, enc(STRONG_PASSPHRASE.normalize('NFC')), b64(salt), opsLimit, memLimitBytes, sodium.crypto_pwhash_ALG_ARGON2ID13);
    const ad = cat(enc('shieldnote/v1/key-wrap/passphrase'), vaultId, enc(canonical({ algorithm, memLimitBytes, opsLimit, salt })));
    const vaultKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, b64(header.wrappedKeys.passphrase.ciphertext), ad, b64(header.wrappedKeys.passphrase.nonce), kek);

    const catalog = JSON.parse(new TextDecoder().decode(openContainer(new Uint8Array(readFileSync(path.join(vaultDir, 'catalog.snc'))), vaultKey, vaultId)));
    expect(catalog.schema).toBe(1);
    expect(catalog.meta.name).toBe('Dandong border desk');

    const identityKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null, b64(header.wrappedKeys.identity.ciphertext), cat(enc('shieldnote/v1/key-wrap/identity'), vaultId), b64(header.wrappedKeys.identity.nonce), vaultKey,
    );
    expect(identityKey).toHaveLength(32);
  });

  it('opens the vault key with the recovery key', () => {
    const header = JSON.parse(readFileSync(path.join(vaultDir, 'vault.header'), 'utf8'));
    const vaultId = sodium.from_hex(header.vaultId);
    const bytes = crockford(recoveryKey);
    expect(bytes).toHaveLength(25);
    const wrapping = sodium.crypto_generichash(32, cat(enc('shieldnote/v1/recovery-wrap'), vaultId), bytes.subarray(0, 24));
    const vaultKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null, b64(header.wrappedKeys.recovery.ciphertext), cat(enc('shieldnote/v1/key-wrap/recovery'), vaultId), b64(header.wrappedKeys.recovery.nonce), wrapping,
    );
    const catalog = JSON.parse(new TextDecoder().decode(openContainer(new Uint8Array(readFileSync(path.join(vaultDir, 'catalog.snc'))), vaultKey, vaultId)));
    expect(catalog.meta.recoveryKeyConfirmed).toBe(false);
  });
});
