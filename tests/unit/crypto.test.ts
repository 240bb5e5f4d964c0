import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { open, seal } from '../../main/vault/aead';
import { deriveForNewVault, deriveKey, kdfParamsProblem, maxOpsFor, MIB } from '../../main/vault/kdf';
import { loadSodium } from '../../main/vault/sodium';
import { formatRecoveryKey, parseRecoveryKey } from '../../common/vault/recovery-key';
import { assessPassphrase } from '../../common/vault/passphrase-strength';

const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });

describe('XChaCha20-Poly1305 on native ChaCha20', () => {
  it('is byte-for-byte libsodium’s crypto_aead_xchacha20poly1305_ietf, both ways', async () => {
    const sodium = await loadSodium();
    await fc.assert(
      fc.asyncProperty(bytes(32), bytes(24), fc.uint8Array({ maxLength: 2048 }), fc.uint8Array({ maxLength: 96 }), async (key, nonce, message, ad) => {
        const ours = await seal(key, nonce, message, ad);
        const theirs = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(message, ad, null, nonce, key);
        expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
        expect(Buffer.from(await open(key, nonce, theirs, ad)).equals(Buffer.from(message))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a ciphertext whose associated data or tag changed', async () => {
    const key = new Uint8Array(32).fill(7);
    const nonce = new Uint8Array(24).fill(9);
    const sealed = await seal(key, nonce, new TextEncoder().encode('quote'), new TextEncoder().encode('record-1'));
    await expect(open(key, nonce, sealed, new TextEncoder().encode('record-2'))).rejects.toThrow(/authentication/);
    sealed[sealed.length - 1]! ^= 1;
    await expect(open(key, nonce, sealed, new TextEncoder().encode('record-1'))).rejects.toThrow(/authentication/);
  });
});

describe('Argon2id key derivation', () => {
  it('matches libsodium’s crypto_pwhash and runs off the main thread', async () => {
    const sodium = await loadSodium();
    const salt = new Uint8Array(16).fill(3);
    const passphrase = new TextEncoder().encode('correct horse');
    const derived = await deriveKey(passphrase, salt, { opsLimit: 1, memLimitBytes: 8 * MIB });
    const expected = sodium.crypto_pwhash(32, passphrase, salt, 1, 8 * MIB, sodium.crypto_pwhash_ALG_ARGON2ID13);
    expect(Buffer.from(derived.key).equals(Buffer.from(expected))).toBe(true);
    expect(new TextDecoder().decode(passphrase)).toBe('correct horse'); // the caller's copy is left intact
  });

  it('calibrates a new vault to 0.5–1 s without going under 128 MiB', async () => {
    const derived = await deriveForNewVault(new TextEncoder().encode('calibrate me please'), new Uint8Array(16), {
      mode: 'calibrate', targetMinMs: 500, targetMaxMs: 1000, preferredMemBytes: 128 * MIB,
    });
    expect(derived.params.memLimitBytes).toBe(128 * MIB);
    expect(derived.params.opsLimit).toBeGreaterThanOrEqual(1);
    expect(derived.key).toHaveLength(32);
    console.log(`calibrated Argon2id: ops ${derived.params.opsLimit}, ${derived.params.memLimitBytes / MIB} MiB, ${Math.round(derived.ms)} ms`);
  }, 30_000);

  it('refuses out-of-range parameters without deriving', async () => {
    await expect(deriveKey(new Uint8Array(1), new Uint8Array(16), { opsLimit: 1, memLimitBytes: 4096 * MIB })).rejects.toThrow(/memory limit/);
    await expect(deriveKey(new Uint8Array(1), new Uint8Array(16), { opsLimit: 16, memLimitBytes: 1024 * MIB })).rejects.toThrow(/memory limit/);
    await expect(deriveKey(new Uint8Array(1), new Uint8Array(16), { opsLimit: 9, memLimitBytes: 256 * MIB })).rejects.toThrow(/9 passes over 256 MiB/);
  });

  it('caps memory at 256 MiB and memory × passes at 2 GiB', () => {
    for (const [opsLimit, mem] of [[16, 128], [8, 256], [1, 256], [10, 128], [1, 8], [16, 8]] as const) {
      expect(kdfParamsProblem({ opsLimit, memLimitBytes: mem * MIB }), `${opsLimit} × ${mem} MiB`).toBeNull();
    }
    for (const [opsLimit, mem] of [[16, 1024], [1, 1024], [1, 512], [9, 256], [17, 8], [16, 129]] as const) {
      expect(kdfParamsProblem({ opsLimit, memLimitBytes: mem * MIB }), `${opsLimit} × ${mem} MiB`).not.toBeNull();
    }
    expect([maxOpsFor(128 * MIB), maxOpsFor(256 * MIB), maxOpsFor(32 * MIB)]).toEqual([16, 8, 16]);
  });
});

describe('recovery key text', () => {
  it('round-trips any key, tolerating case, spacing and look-alike letters', () => {
    fc.assert(
      fc.property(bytes(24), (key) => {
        const text = formatRecoveryKey(key);
        expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){9}[0-9A-HJKMNP-TV-Z]{4}$/);
        const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
        const parsed = parseRecoveryKey(sloppy);
        expect(parsed.ok && Buffer.from(parsed.key).equals(Buffer.from(key))).toBe(true);
      }),
    );
  });

  it('catches a single mistyped character', () => {
    fc.assert(
      fc.property(bytes(24), fc.nat(39), (key, position) => {
        const chars = formatRecoveryKey(key).replace(/-/g, '').split('');
        chars[position] = chars[position] === 'Z' ? 'Y' : 'Z';
        const parsed = parseRecoveryKey(chars.join(''));
        expect(parsed.ok).toBe(false);
      }),
    );
  });
});

describe('passphrase strength', () => {
  it.each([
    ['', false],
    ['password123456', false],
    ['Tr0ub4dor&3', false],
    ['aaaaaaaaaaaaaaaaaaaa', false],
    ['amber lantern quietly folds seven maps', true],
    ['K7#qv9!Lm2@xZp4', true],
  ])('%j acceptable: %s', (passphrase, acceptable) => {
    expect(assessPassphrase(passphrase).acceptable).toBe(acceptable);
  });
});
