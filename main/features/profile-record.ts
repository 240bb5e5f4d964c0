import type { Role } from '../../common/domain/people';
import type { Vault } from '../vault/vault';

// The stored profile record alone, so the audit log can name who acted without importing the
// profile module (which itself writes audit entries).

export const PROFILE_COLLECTION = 'profile';

export interface StoredProfile {
  name: string;
  role: Role;
  boxPublicKey: string;
  signPublicKey: string;
  secretRecordId: string;
  createdAt: string;
}

export function storedProfile(vault: Vault): StoredProfile | null {
  return vault.collection<StoredProfile>(PROFILE_COLLECTION).me ?? null;
}
