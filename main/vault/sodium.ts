import sodium from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodium;

let ready: Promise<Sodium> | null = null;

/** libsodium (sumo build: the standard one has no Argon2id) once its WASM is ready. */
export function loadSodium(): Promise<Sodium> {
  ready ??= sodium.ready.then(() => sodium);
  return ready;
}

/** Overwrites key material we hold; JavaScript strings cannot be wiped, Uint8Arrays can. */
export function wipe(...buffers: (Uint8Array | null | undefined)[]): void {
  for (const buffer of buffers) buffer?.fill(0);
}
