import { ShieldnoteError } from '../../common/api/errors';
import type { IdentityTerm } from '../../common/domain/identity';
import { RecordKind } from '../vault/container';
import type { Vault } from '../vault/vault';
import { readSettings, writeSettings } from './collections';

// Every source's identity terms, in one record sealed with the identity compartment key (not the
// vault key), so the compartment can later leave the device on its own. Decrypted on demand and
// never cached: the plaintext lives only as long as the call that needs it.

export type IdentityMap = Record<string, IdentityTerm[]>;

export async function readIdentities(vault: Vault): Promise<IdentityMap> {
  const recordId = readSettings(vault).compartment?.recordId;
  if (!recordId) return {};
  const bytes = await vault.readRecord(recordId, RecordKind.identityCompartment);
  try {
    const parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as { sources?: IdentityMap };
    return parsed.sources ?? {};
  } catch {
    throw new ShieldnoteError('VAULT_DAMAGED', 'The identity compartment decrypted but is not readable.');
  } finally {
    bytes.fill(0);
  }
}

// Read-modify-write of one shared record: writes queue behind each other (per vault) so two
// saves for different sources never drop one another's terms.
const queues = new WeakMap<Vault, Promise<unknown>>();

/** Replaces one source's terms (or removes them with an empty list). */
export function writeIdentity(vault: Vault, sourceId: string, terms: IdentityTerm[] | null): Promise<void> {
  const run = (queues.get(vault) ?? Promise.resolve()).catch(() => undefined).then(() => writeIdentityNow(vault, sourceId, terms));
  queues.set(vault, run);
  return run;
}

async function writeIdentityNow(vault: Vault, sourceId: string, terms: IdentityTerm[] | null): Promise<void> {
  // Travel mode may have started on another device since this write was asked for (a merged
  // catalog brought it): identities still in this device's memory are never written back.
  if (readSettings(vault).travel) throw new ShieldnoteError('FORBIDDEN', 'Identities are away (travel mode, started on another device). Nothing was saved.');
  const all = await readIdentities(vault);
  if (terms && terms.length > 0) all[sourceId] = terms;
  else delete all[sourceId];
  await writeCompartment(vault, all);
}

async function writeCompartment(vault: Vault, all: IdentityMap): Promise<void> {
  let recordId = readSettings(vault).compartment?.recordId;
  const isNew = !recordId;
  recordId ??= vault.newRecordId();
  const plaintext = Buffer.from(JSON.stringify({ schema: 1, sources: all }), 'utf8');
  try {
    await vault.writeRecord(recordId, RecordKind.identityCompartment, plaintext);
  } finally {
    plaintext.fill(0);
  }
  if (isNew) {
    const id = recordId;
    await vault.update((data) => writeSettings(data, (s) => (s.compartment = { recordId: id })));
  }
}

/** Every identity term of every source: for the leak guard, never for the renderer. */
export async function allIdentityTerms(vault: Vault): Promise<{ sourceId: string; term: IdentityTerm }[]> {
  const all = await readIdentities(vault);
  return Object.entries(all).flatMap(([sourceId, terms]) => terms.map((term) => ({ sourceId, term })));
}

// Travel mode and burn
/** Waits for queued compartment writes, then runs `work` before any later one. */
export function afterIdentityWrites<T>(vault: Vault, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(vault) ?? Promise.resolve()).catch(() => undefined).then(work);
  queues.set(vault, run);
  return run;
}

/** Replaces the whole compartment at once (restoring from a travel file). */
export function writeAllIdentities(vault: Vault, identities: IdentityMap): Promise<void> {
  return afterIdentityWrites(vault, () => writeCompartment(vault, identities));
}
