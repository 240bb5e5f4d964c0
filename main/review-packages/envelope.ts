import { concatBytes, utf8 } from '../vault/encoding';
import { loadSodium } from '../vault/sodium';
import { refuse } from './refusals';

// The outer format of .snreview and .snresponse files (docs/review-packages.md):
//   "SNRV" | version 0x01 | kind (1 package, 2 response) | recipient X25519 public key (32)
//   | crypto_box_seal( signer Ed25519 public key (32) | signature (64) | body )
// The signature covers a domain string, the 38 header bytes and the body, so a signed body
// cannot be re-sealed to another recipient or passed off as the other kind. The recipient key
// is in clear only so a file meant for someone else gets that message instead of "damaged".

const MAGIC = utf8('SNRV');
const VERSION = 1;
export const ENVELOPE_KINDS = { package: 1, response: 2 } as const;
export type EnvelopeKind = keyof typeof ENVELOPE_KINDS;
const HEADER_BYTES = 4 + 1 + 1 + 32;
const SIGNATURE_DOMAIN = utf8('shieldnote/v1/review-envelope');
/** Bigger than any draft with its statements; a larger file is refused before decrypting. */
// A review copy is a draft, its cited statements and profiles (no images): a few MB at most.
// Opening one runs the sealed box in WASM on main's thread, so the cap also bounds that work.
export const ENVELOPE_MAX_BYTES = 16 * 1024 * 1024;

/** Whether bytes start like an envelope of ours (checked before a file is read whole). */
export function looksLikeEnvelope(head: Uint8Array): boolean {
  return head.length >= MAGIC.length && MAGIC.every((byte, i) => head[i] === byte);
}

function header(kind: EnvelopeKind, recipientBoxPublicKey: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  out.set(MAGIC, 0);
  out[4] = VERSION;
  out[5] = ENVELOPE_KINDS[kind];
  out.set(recipientBoxPublicKey, 6);
  return out;
}

export async function sealEnvelope(
  kind: EnvelopeKind,
  body: Uint8Array,
  signer: { signPublicKey: Uint8Array; signSecretKey: Uint8Array },
  recipientBoxPublicKey: Uint8Array,
): Promise<Uint8Array> {
  const sodium = await loadSodium();
  const head = header(kind, recipientBoxPublicKey);
  const signature = sodium.crypto_sign_detached(concatBytes(SIGNATURE_DOMAIN, head, body), signer.signSecretKey);
  const inner = concatBytes(signer.signPublicKey, signature, body);
  try {
    return concatBytes(head, sodium.crypto_box_seal(inner, recipientBoxPublicKey));
  } finally {
    inner.fill(0);
  }
}

export interface OpenedEnvelope {
  signerSignPublicKey: Uint8Array;
  body: Uint8Array;
}

/** Checks the header, opens the seal with our keys and verifies the signature; refuses otherwise. */
export async function openEnvelope(
  file: Uint8Array,
  expected: EnvelopeKind,
  me: { boxPublicKey: Uint8Array; boxSecretKey: Uint8Array },
): Promise<OpenedEnvelope> {
  const sodium = await loadSodium();
  if (file.length < HEADER_BYTES || !MAGIC.every((b, i) => file[i] === b)) refuse('NOT_A_PACKAGE');
  if (file[4] !== VERSION) refuse('UNSUPPORTED');
  if (file[5] !== ENVELOPE_KINDS[expected]) {
    if (file[5] === ENVELOPE_KINDS.package) refuse('WRONG_KIND_RESPONSE');
    if (file[5] === ENVELOPE_KINDS.response) refuse('WRONG_KIND_PACKAGE');
    refuse('UNSUPPORTED');
  }
  const head = file.subarray(0, HEADER_BYTES);
  if (!sodium.memcmp(head.slice(6, 38), me.boxPublicKey)) refuse('WRONG_RECIPIENT');
  let inner: Uint8Array;
  try {
    inner = sodium.crypto_box_seal_open(file.subarray(HEADER_BYTES), me.boxPublicKey, me.boxSecretKey);
  } catch {
    refuse('TAMPERED');
  }
  if (inner.length < 96) refuse('TAMPERED');
  const signerSignPublicKey = inner.slice(0, 32);
  const body = inner.slice(96);
  const valid = sodium.crypto_sign_verify_detached(inner.subarray(32, 96), concatBytes(SIGNATURE_DOMAIN, head, body), signerSignPublicKey);
  inner.fill(0);
  if (!valid) refuse('TAMPERED');
  return { signerSignPublicKey, body };
}
