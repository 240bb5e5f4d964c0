// Recovery key text format: 24 random key bytes plus one CRC-8 byte, written as 40 Crockford
// base32 characters in ten groups of four. The check byte tells a typo from a wrong key.

export const RECOVERY_KEY_BYTES = 24;
export const RECOVERY_KEY_MAX_INPUT = 200;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function crc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

export function formatRecoveryKey(key: Uint8Array): string {
  if (key.length !== RECOVERY_KEY_BYTES) throw new Error('recovery key must be 24 bytes');
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES + 1);
  bytes.set(key);
  bytes[RECOVERY_KEY_BYTES] = crc8(key);
  let out = '';
  let buffer = 0;
  let bitCount = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bitCount += 8;
    while (bitCount >= 5) {
      bitCount -= 5;
      out += ALPHABET[(buffer >> bitCount) & 31];
    }
    buffer &= (1 << bitCount) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

export type ParsedRecoveryKey =
  | { ok: true; key: Uint8Array }
  | { ok: false; reason: 'length' | 'character' | 'checksum' };

/** A typed key in canonical form: any case, spaces or dashes, and the usual look-alikes (O→0, I/L→1). */
export function normalizeKeyText(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function parseRecoveryKey(text: string): ParsedRecoveryKey {
  const cleaned = normalizeKeyText(text);
  if (cleaned.length !== 40) return { ok: false, reason: 'length' };
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES + 1);
  let buffer = 0;
  let bitCount = 0;
  let index = 0;
  for (const ch of cleaned) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) return { ok: false, reason: 'character' };
    buffer = (buffer << 5) | value;
    bitCount += 5;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[index++] = (buffer >> bitCount) & 0xff;
    }
    buffer &= (1 << bitCount) - 1;
  }
  const key = bytes.slice(0, RECOVERY_KEY_BYTES);
  if (crc8(key) !== bytes[RECOVERY_KEY_BYTES]) return { ok: false, reason: 'checksum' };
  return { ok: true, key };
}
