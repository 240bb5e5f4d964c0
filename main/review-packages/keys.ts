import { createHash } from 'node:crypto';
import { ROLES, type Role } from '../../common/domain/people';

// The public half of a person's keys, as a string they paste to each other and a fingerprint
// they read out by phone. Format (docs/review-packages.md):
//   shieldnote-key-1:<base64url of: version 0x01 | role byte | box pk (32) | sign pk (32) |
//                      name length (1) | name UTF-8 | checksum (4, BLAKE2b-512 of all before)>
// The checksum catches a mistyped or truncated paste before anyone compares fingerprints.

export const KEY_STRING_PREFIX = 'shieldnote-key-1:';
export const PUBLIC_KEY_BYTES = 32;
const VERSION = 1;
const CHECKSUM_BYTES = 4;
export const PERSON_NAME_MAX_BYTES = 120;

const ROLE_BYTE: Record<Role, number> = { reporter: 1, editor: 2 };

export interface PublicPerson {
  name: string;
  role: Role;
  /** X25519 public key (crypto_box_seal recipient). */
  boxPublicKey: Uint8Array;
  /** Ed25519 public key (crypto_sign_detached verifier). */
  signPublicKey: Uint8Array;
}

export function blake2b(...parts: Uint8Array[]): Uint8Array {
  const hash = createHash('blake2b512');
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

const FINGERPRINT_DOMAIN = new TextEncoder().encode('shieldnote/v1/fingerprint');

/**
 * Six groups of five digits from BLAKE2b-512(domain | box pk | sign pk): each group is 3 hash
 * bytes mod 100000, about 99.7 bits in all. Digits read out the same in any language.
 */
export function fingerprintOf(boxPublicKey: Uint8Array, signPublicKey: Uint8Array): string {
  const hash = blake2b(FINGERPRINT_DOMAIN, boxPublicKey, signPublicKey);
  const groups: string[] = [];
  for (let i = 0; i < 6; i++) {
    const n = ((hash[i * 3]! << 16) | (hash[i * 3 + 1]! << 8) | hash[i * 3 + 2]!) % 100_000;
    groups.push(String(n).padStart(5, '0'));
  }
  return groups.join(' ');
}

function toBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

export function formatKeyString(person: PublicPerson): string {
  const name = new TextEncoder().encode(person.name);
  if (name.length > PERSON_NAME_MAX_BYTES) throw new Error('name too long for a key string');
  const body = new Uint8Array(2 + 32 + 32 + 1 + name.length);
  body[0] = VERSION;
  body[1] = ROLE_BYTE[person.role];
  body.set(person.boxPublicKey, 2);
  body.set(person.signPublicKey, 34);
  body[66] = name.length;
  body.set(name, 67);
  const checksum = blake2b(body).subarray(0, CHECKSUM_BYTES);
  const all = new Uint8Array(body.length + CHECKSUM_BYTES);
  all.set(body);
  all.set(checksum, body.length);
  return KEY_STRING_PREFIX + toBase64Url(all);
}

export type KeyStringProblem = 'prefix' | 'characters' | 'length' | 'checksum' | 'version' | 'role' | 'name';

export const KEY_STRING_PROBLEMS: Record<KeyStringProblem, string> = {
  prefix: 'it should start with "shieldnote-key-1:". Ask them to copy it again with "Copy my key".',
  characters: 'it holds characters a key string never uses (letters, digits, "-" and "_" only after the colon).',
  length: 'it is too short or too long; part of it may be missing.',
  checksum: 'a character is wrong or missing (the checksum does not match). Paste it again rather than retyping it.',
  version: 'it was made by a newer version of Shieldnote.',
  role: 'it names a role this version does not know.',
  name: 'the name in it is not readable text.',
};

export type ParsedKeyString = { ok: true; person: PublicPerson } | { ok: false; problem: KeyStringProblem };

/** Reads a pasted key string; whitespace and line breaks (from mail or chat) are ignored. */
export function parseKeyString(text: string): ParsedKeyString {
  const compact = text.replace(/\s+/g, '');
  if (!compact.toLowerCase().startsWith(KEY_STRING_PREFIX)) return { ok: false, problem: 'prefix' };
  const payload = compact.slice(KEY_STRING_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(payload)) return { ok: false, problem: 'characters' };
  const bytes = new Uint8Array(Buffer.from(payload, 'base64url'));
  if (bytes.length < 67 + CHECKSUM_BYTES) return { ok: false, problem: 'length' };
  const nameLength = bytes[66]!;
  if (bytes.length !== 67 + nameLength + CHECKSUM_BYTES) return { ok: false, problem: 'length' };
  const body = bytes.subarray(0, 67 + nameLength);
  const expected = blake2b(body).subarray(0, CHECKSUM_BYTES);
  if (!expected.every((b, i) => b === bytes[body.length + i])) return { ok: false, problem: 'checksum' };
  if (bytes[0] !== VERSION) return { ok: false, problem: 'version' };
  const role = ROLES.find((r) => ROLE_BYTE[r] === bytes[1]);
  if (!role) return { ok: false, problem: 'role' };
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(67, 67 + nameLength));
  } catch {
    return { ok: false, problem: 'name' };
  }
  if (!name.trim() || /[\u0000-\u001f\u007f]/.test(name)) return { ok: false, problem: 'name' };
  return { ok: true, person: { name, role, boxPublicKey: bytes.slice(2, 34), signPublicKey: bytes.slice(34, 66) } };
}

export function sameKeys(a: Pick<PublicPerson, 'boxPublicKey' | 'signPublicKey'>, b: Pick<PublicPerson, 'boxPublicKey' | 'signPublicKey'>): boolean {
  return Buffer.from(a.boxPublicKey).equals(Buffer.from(b.boxPublicKey)) && Buffer.from(a.signPublicKey).equals(Buffer.from(b.signPublicKey));
}
