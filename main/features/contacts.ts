import { message } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import type { AddedContact, Contact, ContactPreview, Role } from '../../common/domain/people';
import type { Platform } from '../service/platform';
import { KEY_STRING_PROBLEMS, fingerprintOf, parseKeyString, sameKeys, type PublicPerson } from '../review-packages/keys';
import { fromBase64, toBase64 } from '../vault/encoding';
import type { Vault } from '../vault/vault';
import { appendAudit } from './audit-log';
import { collectionIn } from './collections';
import { publicPersonOf } from './profile';
import { storedProfile } from './profile-record';

// Other people's public keys, added by pasting their key string. Saving needs the user's
// confirmation that the fingerprint matches what the person read out: the paste alone may come
// through a channel someone else controls. Main asks that in its own dialog (Platform.confirm):
// a contact is trusted with identities, so no request field may stand for that answer.

export const CONTACTS_COLLECTION = 'contacts';

export interface StoredContact {
  id: string;
  name: string;
  role: Role;
  boxPublicKey: string;
  signPublicKey: string;
  addedAt: string;
}

export function toContact(stored: StoredContact): Contact {
  const { id, name, role, addedAt } = stored;
  return { id, name, role, addedAt, fingerprint: fingerprintOf(fromBase64(stored.boxPublicKey), fromBase64(stored.signPublicKey)) };
}

export function contactPerson(stored: StoredContact): PublicPerson {
  return publicPersonOf({ ...stored, secretRecordId: '', createdAt: stored.addedAt });
}

export function listContacts(vault: Vault): Contact[] {
  return Object.values(vault.collection<StoredContact>(CONTACTS_COLLECTION))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(toContact);
}

export function storedContact(vault: Vault, id: string): StoredContact {
  const contact = vault.collection<StoredContact>(CONTACTS_COLLECTION)[id];
  if (!contact) throw new ShieldnoteError('NOT_FOUND', 'That contact does not exist (it may have been removed).');
  return contact;
}

/** The contact whose Ed25519 key this is, if any: how a package's signer is recognised. */
export function contactBySigningKey(vault: Vault, signPublicKey: Uint8Array): StoredContact | null {
  const wanted = toBase64(signPublicKey);
  return Object.values(vault.collection<StoredContact>(CONTACTS_COLLECTION)).find((c) => c.signPublicKey === wanted) ?? null;
}

function parseOrRefuse(vault: Vault, keyString: string): PublicPerson {
  const parsed = parseKeyString(keyString);
  if (!parsed.ok) throw new ShieldnoteError('VALIDATION', `That is not a Shieldnote key string: ${KEY_STRING_PROBLEMS[parsed.problem]}`);
  const me = storedProfile(vault);
  if (me && sameKeys(publicPersonOf(me), parsed.person)) throw new ShieldnoteError('CONFLICT', 'That is your own key. Paste the key string the other person sent you.');
  return parsed.person;
}

function existingWithKeys(vault: Vault, person: PublicPerson): StoredContact | null {
  return Object.values(vault.collection<StoredContact>(CONTACTS_COLLECTION)).find((c) => sameKeys(contactPerson(c), person)) ?? null;
}

/** Reads a pasted key string for the confirm step; saves nothing. */
export function previewContact(vault: Vault, keyString: string): ContactPreview {
  const person = parseOrRefuse(vault, keyString);
  return {
    name: person.name,
    role: person.role,
    fingerprint: fingerprintOf(person.boxPublicKey, person.signPublicKey),
    existingContactId: existingWithKeys(vault, person)?.id ?? null,
  };
}

/** Main's own question: the fingerprint to compare, and what saying yes means. */
export function fingerprintQuestion(person: Pick<PublicPerson, 'name' | 'role'>, fingerprint: string) {
  return {
    title: 'Check the fingerprint',
    message: `Add ${person.name} (${person.role}) to your contacts?`,
    detail:
      `Fingerprint:\n${fingerprint}\n\n` +
      `Ask ${person.name} to read their fingerprint to you, in person or on a call you trust. Add them only if every group matches: ` +
      'drafts and identities you send for review are sealed to this key.',
    confirmLabel: 'Fingerprints match: add',
  };
}

export async function addContact(vault: Vault, platform: Platform, keyString: string): Promise<AddedContact> {
  const person = parseOrRefuse(vault, keyString);
  const existing = existingWithKeys(vault, person);
  if (existing) throw new ShieldnoteError('CONFLICT', `${existing.name} is already in your contacts with these keys.`);
  const fingerprint = fingerprintOf(person.boxPublicKey, person.signPublicKey);
  if (!(await platform.confirm(fingerprintQuestion(person, fingerprint)))) {
    await vault.update((data) => appendAudit(data, vault, 'confirmation.refused', null, message('audit.detail.contactRefused', { name: person.name, role: person.role })));
    return { contact: null };
  }
  // The vault may have changed while the dialog was open.
  if (existingWithKeys(vault, person)) throw new ShieldnoteError('CONFLICT', `${person.name} is already in your contacts with these keys.`);
  const id = vault.newRecordId();
  const stored: StoredContact = {
    id,
    name: person.name,
    role: person.role,
    boxPublicKey: toBase64(person.boxPublicKey),
    signPublicKey: toBase64(person.signPublicKey),
    addedAt: new Date().toISOString(),
  };
  await vault.update((data) => {
    collectionIn<StoredContact>(data, CONTACTS_COLLECTION)[id] = stored;
    appendAudit(data, vault, 'contact.added', null, message('audit.detail.contactAdded', { name: stored.name, role: stored.role, fingerprint }));
  });
  return { contact: toContact(stored) };
}

export async function removeContact(vault: Vault, id: string): Promise<{ removed: true }> {
  const stored = storedContact(vault, id);
  await vault.update((data) => {
    delete collectionIn<StoredContact>(data, CONTACTS_COLLECTION)[id];
    appendAudit(data, vault, 'contact.removed', null, message('audit.detail.contactRemoved', { name: stored.name, role: stored.role }));
  });
  return { removed: true };
}
