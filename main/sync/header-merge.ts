import type { UnsignedHeader, VaultHeader } from '../vault/vault-header';
import { canonicalJson } from '../vault/encoding';

// Two copies of the vault header (a passphrase changed on one device, the recovery key replaced
// on another) merge part by part: the passphrase part (KDF parameters and passphrase wrap), the
// recovery wrap and the identity wrap each come from the copy that changed it last. The vault key
// is the same in every copy, so any merge still opens everything.

export type HeaderPart = 'passphrase' | 'recovery' | 'identity';
export const HEADER_PARTS: readonly HeaderPart[] = ['passphrase', 'recovery', 'identity'];

type Stamp = [number, string];

function stampOf(header: VaultHeader | UnsignedHeader, part: HeaderPart): Stamp {
  return header.stamps?.[part] ?? [0, ''];
}

function partOf(header: VaultHeader | UnsignedHeader, part: HeaderPart): string {
  return canonicalJson(part === 'passphrase' ? { kdf: header.kdf, wrap: header.wrappedKeys.passphrase } : header.wrappedKeys[part]);
}

/** Whether `b` wins part `part` over `a`: later stamp, then device id, then the bytes (any fixed order). */
function laterPart(a: VaultHeader | UnsignedHeader, b: VaultHeader | UnsignedHeader, part: HeaderPart): boolean {
  const [ta, da] = stampOf(a, part);
  const [tb, db] = stampOf(b, part);
  if (ta !== tb) return tb > ta;
  if (da !== db) return db > da;
  return partOf(b, part) > partOf(a, part);
}

/** The merged header (unsigned), or null when `a` already holds every part's winner. */
export function mergeHeaders(a: VaultHeader, b: VaultHeader): UnsignedHeader | null {
  if (a.vaultId !== b.vaultId) return null;
  const { checksum: _c, stamps: _s, ...merged } = a;
  let changed = false;
  const stamps: NonNullable<UnsignedHeader['stamps']> = { ...a.stamps };
  const wrappedKeys = { ...a.wrappedKeys };
  for (const part of HEADER_PARTS) {
    if (partOf(a, part) === partOf(b, part) || !laterPart(a, b, part)) continue;
    changed = true;
    if (part === 'passphrase') merged.kdf = b.kdf;
    wrappedKeys[part] = b.wrappedKeys[part];
    if (b.stamps?.[part]) stamps[part] = b.stamps[part];
    else delete stamps[part];
  }
  if (!changed) return null;
  return { ...merged, wrappedKeys, ...(Object.keys(stamps).length > 0 ? { stamps } : {}) } as UnsignedHeader;
}

/** The parts that differ between two headers. */
export function changedParts(a: VaultHeader | UnsignedHeader, b: VaultHeader | UnsignedHeader): HeaderPart[] {
  return HEADER_PARTS.filter((part) => partOf(a, part) !== partOf(b, part));
}
