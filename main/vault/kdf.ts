import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { wipe } from './sodium';

// Argon2id runs in a short-lived worker thread: the WASM heap grows to the memory limit and
// never shrinks, so it must die with the worker, and the main process stays responsive.

export const KDF_ALGORITHM = 'argon2id13' as const;
export const SALT_BYTES = 16;
export const MIB = 1024 * 1024;

/**
 * Bounds checked on every header before any derivation: outside them the header is refused, so
 * a planted header (a synced folder is writable by others) cannot make an unlock allocate or
 * spin without end. Memory: at most 256 MiB, twice what calibration ever uses (128 MiB), which
 * keeps the app's process under 500 MB while the worker runs. Work: memory × passes at most
 * 2 GiB (128 MiB × 16, 256 MiB × 8): 1 GiB × 16 passes would be refused on both counts. Every
 * vault calibration has made fits.
 */
export const KDF_LIMITS = {
  minOps: 1,
  maxOps: 16,
  minMemBytes: 8 * MIB,
  maxMemBytes: 256 * MIB,
  maxWorkBytes: 2048 * MIB,
} as const;

/** The most passes allowed at this memory size (see KDF_LIMITS.maxWorkBytes). */
export function maxOpsFor(memLimitBytes: number): number {
  return Math.max(KDF_LIMITS.minOps, Math.min(KDF_LIMITS.maxOps, Math.floor(KDF_LIMITS.maxWorkBytes / memLimitBytes)));
}

export interface KdfParams {
  opsLimit: number;
  memLimitBytes: number;
}

export interface DerivedKey {
  key: Uint8Array;
  params: KdfParams;
  ms: number;
}

export type KdfPolicy =
  | { mode: 'calibrate'; targetMinMs: number; targetMaxMs: number; preferredMemBytes: number }
  | { mode: 'fixed'; params: KdfParams };

export const DEFAULT_KDF_POLICY: KdfPolicy = {
  mode: 'calibrate',
  targetMinMs: 500,
  targetMaxMs: 1000,
  preferredMemBytes: 128 * MIB,
};

export function kdfParamsProblem(params: KdfParams): string | null {
  const { opsLimit, memLimitBytes } = params;
  if (!Number.isInteger(opsLimit) || opsLimit < KDF_LIMITS.minOps || opsLimit > KDF_LIMITS.maxOps) {
    return `Argon2id operations limit ${opsLimit} is outside ${KDF_LIMITS.minOps}–${KDF_LIMITS.maxOps}`;
  }
  if (
    !Number.isInteger(memLimitBytes) ||
    memLimitBytes < KDF_LIMITS.minMemBytes ||
    memLimitBytes > KDF_LIMITS.maxMemBytes ||
    memLimitBytes % 1024 !== 0
  ) {
    return `Argon2id memory limit ${memLimitBytes} bytes is outside 8 MiB–${KDF_LIMITS.maxMemBytes / MIB} MiB`;
  }
  if (opsLimit * memLimitBytes > KDF_LIMITS.maxWorkBytes) {
    return `Argon2id asks for ${opsLimit} passes over ${Math.round(memLimitBytes / MIB)} MiB, more than the ${KDF_LIMITS.maxWorkBytes / MIB} MiB × passes one unlock may cost`;
  }
  return null;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
sodium.ready.then(() => {
  const { passphrase, salt, opsLimit, memLimitBytes } = workerData;
  const started = performance.now();
  try {
    const key = sodium.crypto_pwhash(32, passphrase, salt, opsLimit, memLimitBytes,
      sodium.crypto_pwhash_ALG_ARGON2ID13);
    const ms = performance.now() - started;
    passphrase.fill(0);
    parentPort.postMessage({ key, ms }, [key.buffer]);
  } catch (error) {
    passphrase.fill(0);
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
}, (error) => parentPort.postMessage({ error: String(error) }));
`;

let sodiumPath: string | null = null;
function resolveSodium(): string {
  // In a packaged app the module is unpacked next to app.asar (electron-builder.config.cjs):
  // the worker thread loads it by path and cannot read inside the archive.
  sodiumPath ??= createRequire(import.meta.url).resolve('libsodium-wrappers-sumo').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  return sodiumPath;
}

/** One Argon2id derivation in a fresh worker. The caller's passphrase bytes are left intact. */
export function deriveKey(passphrase: Uint8Array, salt: Uint8Array, params: KdfParams): Promise<DerivedKey> {
  const problem = kdfParamsProblem(params);
  if (problem) return Promise.reject(new Error(problem));
  if (salt.length !== SALT_BYTES) return Promise.reject(new Error('salt must be 16 bytes'));
  const copy = new Uint8Array(passphrase);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sodiumPath: resolveSodium(), passphrase: copy, salt: new Uint8Array(salt), ...params },
      transferList: [copy.buffer],
    });
    let settled = false;
    worker.once('message', (message: { key?: Uint8Array; ms?: number; error?: string }) => {
      settled = true;
      // Wait for the worker to be gone (with its WASM heap) before main carries on.
      const done = () => {
        if (message.key && message.ms !== undefined) resolve({ key: new Uint8Array(message.key), params, ms: message.ms });
        else reject(new Error(`key derivation failed: ${message.error ?? 'unknown error'}`));
      };
      void worker.terminate().then(done, done);
    });
    worker.once('error', (error) => {
      if (!settled) reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`key derivation worker exited with code ${code}`));
    });
  });
}

/**
 * Derives the key for a new vault, choosing parameters that take targetMin–targetMax ms on this
 * machine. The first measurement doubles as the real derivation when it lands in range.
 */
export async function deriveForNewVault(
  passphrase: Uint8Array,
  salt: Uint8Array,
  policy: KdfPolicy,
): Promise<DerivedKey> {
  if (policy.mode === 'fixed') return deriveKey(passphrase, salt, policy.params);
  const target = (policy.targetMinMs + policy.targetMaxMs) / 2;
  let params: KdfParams = { opsLimit: 2, memLimitBytes: policy.preferredMemBytes };
  for (let attempt = 0; attempt < 4; attempt++) {
    let result: DerivedKey;
    try {
      result = await deriveKey(passphrase, salt, params);
    } catch (error) {
      // The machine could not allocate this much: halve memory, never below 32 MiB.
      if (params.memLimitBytes / 2 < 32 * MIB) throw error;
      params = { ...params, memLimitBytes: params.memLimitBytes / 2 };
      continue;
    }
    const { ms } = result;
    const inRange = ms >= policy.targetMinMs && ms <= policy.targetMaxMs;
    if (inRange || attempt === 3) return result;
    wipe(result.key);
    if (ms < policy.targetMinMs) {
      const ops = Math.min(maxOpsFor(params.memLimitBytes), Math.max(params.opsLimit + 1, Math.round((params.opsLimit * target) / ms)));
      if (ops === params.opsLimit) return deriveKey(passphrase, salt, params);
      params = { ...params, opsLimit: ops };
    } else if (params.opsLimit > 1) {
      params = { ...params, opsLimit: Math.max(1, Math.floor((params.opsLimit * target) / ms)) };
    } else if (params.memLimitBytes / 2 >= 32 * MIB) {
      params = { ...params, memLimitBytes: params.memLimitBytes / 2 };
    } else {
      return deriveKey(passphrase, salt, params);
    }
  }
  throw new Error('unreachable');
}
