import type { AuditAction, AuditEntry } from '../../common/domain/audit';
import type { CatalogData } from '../vault/catalog-adapter';
import type { Vault } from '../vault/vault';
import { COLLECTIONS, collectionIn } from './collections';
import { storedProfile } from './profile-record';

// Append-only: entries are added inside the same catalog write as the change they record, and
// nothing in the service edits or removes them.

export function appendAudit(data: CatalogData, vault: Vault, action: AuditAction, sourceId: string | null, detail: string): void {
  const id = vault.newRecordId();
  const me = storedProfile(vault);
  collectionIn<AuditEntry>(data, COLLECTIONS.audit)[id] = { id, at: new Date().toISOString(), action, sourceId, detail, ...(me ? { by: `${me.name} (${me.role})` } : {}) };
}

export function listAudit(vault: Vault, limit = 500): AuditEntry[] {
  return Object.values(vault.collection<AuditEntry>(COLLECTIONS.audit))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(0, limit);
}
