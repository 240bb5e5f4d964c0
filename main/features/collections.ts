import type { AuditEntry } from '../../common/domain/audit';
import type { IdentityTermKind, Source } from '../../common/domain/source';
import type { Statement } from '../../common/domain/statement';
import type { Preferences } from '../../common/api/types';
import type { CatalogData } from '../vault/catalog-adapter';
import type { Vault } from '../vault/vault';

// The catalog collections this layer owns and the shape of their items on disk.

export interface StoredSource extends Omit<Source, 'identity'> {
  identityCounts: Partial<Record<IdentityTermKind, number>>;
  /** Set when deleted: hidden everywhere, restorable until the vault is locked, then purged. */
  deletedAt?: string;
}

export interface StoredStatement extends Statement {
  deletedAt?: string;
  /** Set when the statement went to the trash because its source was deleted. */
  deletedWith?: string;
}

export interface VaultSettings {
  preferences?: Preferences;
  /** Record that holds the identity compartment (absent until the first identity is saved). */
  compartment?: { recordId: string };
  // Travel mode and burn
  /** Present while the identities are away: the compartment is sealed in a travel file. */
  travel?: { since: string; sealedTo: 'recovery-key' | 'travel-key'; sources: number; copies?: number };
  /** Sources whose identity was burned, by id: never restored from any travel file or copy. */
  burned?: Record<string, string>;
  /** The last "Verify vault": when, and how many files it found damaged (for the desk page). */
  lastVerify?: { at: string; damaged: number };
  /** The compartment record travel mode still has to delete (set only mid-way; see travel.ts). */
  travelPendingRemoval?: string;
  /** Review copies' identity records travel mode still has to delete (likewise mid-way only). */
  travelPendingCopyRemovals?: string[];
  /** The desk folder the newsroom shares (main's folder dialog chose it); see review-packages/desk.ts. */
  desk?: { folder: string; cleanupDays?: number };
}

export const COLLECTIONS = {
  sources: 'sources',
  statements: 'statements',
  drafts: 'drafts',
  audit: 'audit',
  settings: 'settings',
} as const;

export const DEFAULT_PREFERENCES: Preferences = { identityRevealSeconds: 30, newsroomRegions: [] };

/** The collection map inside a catalog, created on first use. */
export function collectionIn<T>(data: CatalogData, name: string): Record<string, T> {
  data.collections[name] ??= {};
  return data.collections[name] as Record<string, T>;
}

export function readSettings(vault: Vault): VaultSettings {
  return (vault.collection<unknown>(COLLECTIONS.settings).vault ?? {}) as VaultSettings;
}

export function readPreferences(vault: Vault): Preferences {
  return { ...DEFAULT_PREFERENCES, ...readSettings(vault).preferences };
}

export function writeSettings(data: CatalogData, change: (settings: VaultSettings) => void): void {
  const settings = collectionIn<VaultSettings>(data, COLLECTIONS.settings);
  settings.vault ??= {};
  change(settings.vault);
}

export function newId(vault: Vault): string {
  return vault.newRecordId();
}

export type { AuditEntry };
