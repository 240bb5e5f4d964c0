import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { CATALOG_FILE } from '../../main/vault/catalog-adapter';
import { HEADER_FILE } from '../../main/vault/vault-header';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';

// Two devices, each a real service on its own copy of the vault folder; the "sync tool" here
// copies whole files between the folders, as a plain replacement or as a conflict copy.

const NEW_PASSPHRASE = 'copper kettle hums beneath nine bridges';
const statement = (text: string, sourceId: string) => ({ text, kind: 'quote' as const, saidOn: '2024-03-01', channel: 'phone' as const, notes: '', tags: [], sourceId });
const doc = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const source = { label: { adjective: '', noun: 'customs officer', qualifier: 'in Dandong' }, access: 'Works the night shift.', anonymityReason: 'Fears dismissal.', reliability: 'established' as const, poolSize: 40, notes: '' };

describe('two devices editing one vault', () => {
  let dir: ReturnType<typeof tempDir>;
  let a: ShieldnoteService;
  let b: ShieldnoteService;
  let sourceId: string;
  const folderA = () => path.join(dir.path, 'A', 'Vault');
  const folderB = () => path.join(dir.path, 'B', 'Vault');

  /** The sync tool delivers `file` from one folder to the other: replacing it, or as a conflict copy. */
  function deliver(from: string, to: string, file: string, as: 'replace' | 'syncthing' | 'nextcloud' | 'dropbox' = 'replace'): void {
    const parsed = path.parse(file);
    const name = {
      replace: parsed.base,
      syncthing: `${parsed.name}.sync-conflict-20260102-030405-ABCDEF7${parsed.ext}`,
      nextcloud: `${parsed.name} (conflicted copy 2026-01-02 030405)${parsed.ext}`,
      dropbox: `${parsed.name} (Laptop's conflicted copy 2026-01-02)${parsed.ext}`,
    }[as];
    writeFileSync(path.join(to, parsed.dir, name), readFileSync(path.join(from, file)));
  }
  const settle = async (...services: ShieldnoteService[]) => {
    for (const service of services) await service.listMergeNotices();
  };
  const statementsOf = async (service: ShieldnoteService) => (await service.listStatements({})).map((s) => s.text).sort();

  beforeEach(async () => {
    dir = tempDir();
    a = new ShieldnoteService({ platform: testPlatform(path.join(dir.path, 'A', 'app'), async () => null, { open: null, saveDir: path.join(dir.path, 'A') }), kdfPolicy: FAST_KDF, safety: { backupIntervalMs: 3_600_000 } });
    await a.createVault({ path: folderA(), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    sourceId = (await a.saveSource(source)).id;
    await a.saveStatement(statement('The shared starting statement.', sourceId));
    await a.lock();
    cpSync(folderA(), folderB(), { recursive: true });
    await a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    b = new ShieldnoteService({ platform: testPlatform(path.join(dir.path, 'B', 'app')), kdfPolicy: FAST_KDF, safety: { backupIntervalMs: 3_600_000 } });
    await b.selectVault({ path: folderB() });
    await b.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
  });
  afterEach(async () => {
    await a.shutdown();
    await b.shutdown();
    dir.remove();
  });

  it('statements added on both sides are all kept, whichever way the catalog arrives', async () => {
    await a.saveStatement(statement('Added on the desk machine.', sourceId));
    await b.saveStatement(statement('Added on the field laptop.', sourceId));
    deliver(folderB(), folderA(), CATALOG_FILE, 'syncthing');
    await settle(a);
    expect(await statementsOf(a)).toEqual(['Added on the desk machine.', 'Added on the field laptop.', 'The shared starting statement.']);
    // The conflict copy was merged, then deleted: never taken for the current file.
    expect(readdirSync(folderA()).filter((n) => n.includes('sync-conflict'))).toEqual([]);
    deliver(folderA(), folderB(), CATALOG_FILE); // the merged catalog replaces B's (it includes B's change)
    await settle(b);
    expect(await statementsOf(b)).toEqual(await statementsOf(a));
    // The merged generation is above both inputs, so neither device sees a rollback.
    expect(a.requireVault().catalogRevision).toBe(b.requireVault().catalogRevision);
  });

  it('an older catalog put in place with this device\'s newer one as the conflict copy: merged at unlock, no rollback warning', async () => {
    for (let i = 0; i < 3; i++) await a.saveStatement(statement(`Desk statement ${i}.`, sourceId));
    await a.lock(); // this computer has now seen a higher generation than the laptop's catalog
    await b.saveStatement(statement('Laptop statement.', sourceId));
    // The sync tool keeps the laptop's file under the name and the desk's as the conflict copy.
    const mine = readFileSync(path.join(folderA(), CATALOG_FILE));
    writeFileSync(path.join(folderA(), 'catalog.sync-conflict-20260102-030405-ABCDEF7.snc'), mine);
    deliver(folderB(), folderA(), CATALOG_FILE);
    expect((await a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).state).toBe('unlocked');
    expect(await statementsOf(a)).toEqual(['Desk statement 0.', 'Desk statement 1.', 'Desk statement 2.', 'Laptop statement.', 'The shared starting statement.']);
  });

  it('the same field changed on both: the later change stays, the other goes to history and a notice', async () => {
    const [shared] = await a.listStatements({});
    await b.saveStatement({ ...statement('Changed first, on the laptop.', sourceId), id: shared!.id });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.saveStatement({ ...statement('Changed later, on the desk.', sourceId), id: shared!.id });
    deliver(folderB(), folderA(), CATALOG_FILE, 'nextcloud');
    const notices = await a.listMergeNotices();
    expect((await a.getStatement({ id: shared!.id })).text).toBe('Changed later, on the desk.');
    expect(notices).toEqual([expect.objectContaining({ kind: 'field-conflict', text: expect.stringMatching(/^Merged changes: A statement was changed on this device and on device [0-9a-f]{8} \(text\)/), others: [{ field: 'text', value: 'Changed first, on the laptop.' }] })]);
    // The same result on the other device, with the same notice; dismissing it hides it everywhere.
    deliver(folderA(), folderB(), CATALOG_FILE);
    expect((await b.listMergeNotices()).map((n) => n.id)).toEqual(notices.map((n) => n.id));
    expect((await b.getStatement({ id: shared!.id })).text).toBe('Changed later, on the desk.');
    await b.dismissMergeNotice({ id: notices[0]!.id });
    expect(await b.listMergeNotices()).toEqual([]);
  });

  it('different fields of one item changed on each side: both changes stay, without a notice', async () => {
    const [shared] = await a.listStatements({});
    await a.saveStatement({ ...statement('Text changed on the desk.', sourceId), id: shared!.id });
    await b.saveStatement({ ...statement('The shared starting statement.', sourceId), notes: 'Notes added on the laptop.', id: shared!.id });
    deliver(folderB(), folderA(), CATALOG_FILE, 'dropbox');
    expect(await a.listMergeNotices()).toEqual([]);
    const merged = await a.getStatement({ id: shared!.id });
    expect([merged.text, merged.notes]).toEqual(['Text changed on the desk.', 'Notes added on the laptop.']);
  });

  it('deleted on one device and changed on the other: kept, and the reporter is told', async () => {
    const [shared] = await a.listStatements({});
    await a.deleteItem({ kind: 'statement', id: shared!.id });
    await a.lock(); // deleted items are purged at lock
    await a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await b.saveStatement({ ...statement('Rescued by an edit on the laptop.', sourceId), id: shared!.id });
    deliver(folderB(), folderA(), CATALOG_FILE, 'syncthing');
    const notices = await a.listMergeNotices();
    expect((await a.getStatement({ id: shared!.id })).text).toBe('Rescued by an edit on the laptop.');
    expect(notices).toEqual([expect.objectContaining({ kind: 'deleted-but-changed', text: expect.stringMatching(/deleted on one device and changed on device [0-9a-f]{8}.*kept/) })]);
  });

  it('a deletion on one side and no change on the other: deleted everywhere', async () => {
    const [shared] = await a.listStatements({});
    await a.deleteItem({ kind: 'statement', id: shared!.id });
    await a.lock();
    await a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await b.saveStatement(statement('Something else on the laptop.', sourceId));
    deliver(folderB(), folderA(), CATALOG_FILE, 'syncthing');
    await settle(a);
    expect(await statementsOf(a)).toEqual(['Something else on the laptop.']);
  });

  it('a draft body edited on both: the later text stays, the other becomes a conflicting copy', async () => {
    const draft = await a.createDraft({ title: 'Border story' });
    await a.lock();
    for (const f of ['catalog.snc', ...readdirSync(path.join(folderA(), 'records')).map((n) => `records/${n}`)]) deliver(folderA(), folderB(), f);
    await a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await settle(b);
    const bodyRecord = `records/${a.requireVault().collection<{ bodyRecordId: string }>('drafts')[draft.meta.id]!.bodyRecordId}.snr`;
    await b.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc('Written on the laptop first.') });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc('Written on the desk later.') });
    deliver(folderB(), folderA(), bodyRecord, 'syncthing');
    const notices = await a.listMergeNotices();
    expect((await a.getDraft({ id: draft.meta.id })).body).toEqual(doc('Written on the desk later.'));
    const copy = (await a.listDrafts()).find((d) => d.id !== draft.meta.id)!;
    expect(copy.title).toMatch(/^Border story \(conflicting copy from device [0-9a-f]{8}, \d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/);
    expect(copy.conflictCopy).toMatchObject({ ofDraftId: draft.meta.id, ofTitle: 'Border story' });
    expect((await a.getDraft({ id: copy.id })).body).toEqual(doc('Written on the laptop first.'));
    expect(notices).toEqual([expect.objectContaining({ kind: 'conflicting-copy', draftId: copy.id })]);
  });

  it('a draft saved from an older revision (another device saved meanwhile) is kept, and the other text too', async () => {
    const draft = await a.createDraft({ title: 'Budget story' });
    const bodyId = a.requireVault().collection<{ bodyRecordId: string }>('drafts')[draft.meta.id]!.bodyRecordId;
    // Another device's save of revision 2 arrives (record and catalog) while the editor here is at revision 1.
    await a.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc('Saved on the other device.') });
    const arrived = readFileSync(path.join(folderA(), 'records', `${bodyId}.snr`));
    writeFileSync(path.join(folderA(), 'records', `${bodyId}.snr`), arrived);
    const meta = await a.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc('Typed here meanwhile.') });
    expect(meta.bodyRevision).toBe(3);
    expect((await a.getDraft({ id: draft.meta.id })).body).toEqual(doc('Typed here meanwhile.'));
    const copy = (await a.listDrafts()).find((d) => d.conflictCopy);
    expect((await a.getDraft({ id: copy!.id })).body).toEqual(doc('Saved on the other device.'));
  });

  it('identity terms added on both sides are all kept; a burn on either side wins', async () => {
    const second = await a.saveSource({ ...source, label: { adjective: '', noun: 'port official', qualifier: '' } });
    await a.saveIdentity({ sourceId, terms: [{ kind: 'name', value: 'Kim Desk', isPublic: false }] });
    await a.saveIdentity({ sourceId: second.id, terms: [{ kind: 'name', value: 'Lee Burned', isPublic: false }] });
    await a.lock();
    for (const f of ['catalog.snc', ...readdirSync(path.join(folderA(), 'records')).map((n) => `records/${n}`)]) deliver(folderA(), folderB(), f);
    await a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await settle(b);
    await a.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE });
    await b.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE });
    await a.saveIdentity({ sourceId, terms: [{ kind: 'name', value: 'Kim Desk', isPublic: false }, { kind: 'alias', value: 'K. from the desk', isPublic: false }] });
    await b.saveIdentity({ sourceId, terms: [{ kind: 'name', value: 'Kim Desk', isPublic: false }, { kind: 'phone', value: '+82 10 5555 0101', isPublic: false }] });
    await b.burnIdentity({ sourceId: second.id, confirmation: 'a port official', passphrase: STRONG_PASSPHRASE });
    const compartment = `records/${a.requireVault().collection<{ compartment: { recordId: string } }>('settings').vault!.compartment.recordId}.snr`;
    deliver(folderB(), folderA(), CATALOG_FILE, 'syncthing');
    deliver(folderB(), folderA(), compartment, 'syncthing');
    await settle(a);
    const revealed = await a.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE });
    expect(revealed.terms.map((t) => t.value).sort()).toEqual(['+82 10 5555 0101', 'K. from the desk', 'Kim Desk']);
    expect((await a.identityTerms()).filter((t) => t.sourceId === second.id)).toEqual([]);
    expect(a.requireVault().collection<{ burned: Record<string, string> }>('settings').vault!.burned).toHaveProperty(second.id);
  });

  it('a burn that arrives after the other device saved terms for that source still wins', async () => {
    await a.saveIdentity({ sourceId, terms: [{ kind: 'name', value: 'Kim Desk', isPublic: false }] });
    await a.lock();
    for (const f of ['catalog.snc', ...readdirSync(path.join(folderA(), 'records')).map((n) => `records/${n}`)]) deliver(folderA(), folderB(), f);
    await a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await settle(b);
    await b.burnIdentity({ sourceId, confirmation: 'a customs officer in Dandong', passphrase: STRONG_PASSPHRASE });
    // Meanwhile this device adds a term for the same source (its compartment moves on too).
    await a.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE });
    await a.saveIdentity({ sourceId, terms: [{ kind: 'name', value: 'Kim Desk', isPublic: false }, { kind: 'alias', value: 'K.', isPublic: false }] });
    deliver(folderB(), folderA(), CATALOG_FILE, 'syncthing'); // the burn's catalog arrives
    await settle(a);
    expect(await a.identityTerms()).toEqual([]);
  });

  it('a passphrase changed on one device: the other keeps working, and its next unlock needs the new one', async () => {
    await b.changePassphrase({ currentPassphrase: STRONG_PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    deliver(folderB(), folderA(), HEADER_FILE);
    await settle(a);
    await a.saveStatement(statement('Still saving after the change elsewhere.', sourceId));
    await a.lock();
    await expect(a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await a.unlock({ method: 'passphrase', passphrase: NEW_PASSPHRASE });
    expect(await statementsOf(a)).toContain('Still saving after the change elsewhere.');
  });

  it('a passphrase changed on one device and the recovery key on the other: the merged header has both', async () => {
    await b.changePassphrase({ currentPassphrase: STRONG_PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    const { recoveryKey } = await a.replaceRecoveryKey({ passphrase: STRONG_PASSPHRASE });
    deliver(folderB(), folderA(), HEADER_FILE, 'syncthing');
    await settle(a);
    expect(existsSync(path.join(folderA(), 'vault.sync-conflict-20260102-030405-ABCDEF7.header'))).toBe(false);
    await a.lock();
    await a.unlock({ method: 'passphrase', passphrase: NEW_PASSPHRASE });
    await a.lock();
    expect((await a.unlock({ method: 'recoveryKey', recoveryKey })).state).toBe('unlocked');
  });

  it('travel mode on one device removes the identities on the other, which never writes them back', async () => {
    await a.saveIdentity({ sourceId, terms: [{ kind: 'name', value: 'Kim Desk', isPublic: false }] });
    await a.lock();
    for (const f of ['catalog.snc', ...readdirSync(path.join(folderA(), 'records')).map((n) => `records/${n}`)]) deliver(folderA(), folderB(), f);
    await a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await settle(b);
    expect((await b.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE })).terms).toHaveLength(1);
    const recovery = await a.replaceRecoveryKey({ passphrase: STRONG_PASSPHRASE });
    await a.confirmRecoveryKey({ recoveryKey: recovery.recoveryKey }).catch(() => undefined);
    expect(await a.enterTravelMode({ sealTo: 'recovery-key', key: recovery.recoveryKey })).toMatchObject({ sources: 1 });
    deliver(folderA(), folderB(), HEADER_FILE);
    deliver(folderA(), folderB(), CATALOG_FILE);
    await settle(b);
    expect((await b.getStatus()).identitiesAway).toBe(true);
    await expect(b.saveIdentity({ sourceId, terms: [{ kind: 'name', value: 'Kim Desk', isPublic: false }] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a conflict copy that does not decrypt never breaks open, verify or backup', async () => {
    await a.lock();
    writeFileSync(path.join(folderA(), 'catalog.sync-conflict-20260102-030405-ABCDEF7.snc'), Buffer.from('not a vault file at all'));
    writeFileSync(path.join(folderA(), 'records', `${'ab'.repeat(16)} (conflicted copy 2026-01-02 030405).snr`), Buffer.alloc(100, 1));
    await a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    expect(await statementsOf(a)).toEqual(['The shared starting statement.']);
    expect((await a.verifyVault()).damaged).toEqual([]);
    await expect(a.backUpNow()).resolves.toBeTruthy();
    expect(existsSync(path.join(folderA(), 'catalog.sync-conflict-20260102-030405-ABCDEF7.snc'))).toBe(true);
  });

  it('each device has a random id, never the host name', async () => {
    const idA = readFileSync(path.join(dir.path, 'A', 'app', 'device-id'), 'utf8').trim();
    const idB = readFileSync(path.join(dir.path, 'B', 'app', 'device-id'), 'utf8').trim();
    expect(idA).toMatch(/^[0-9a-f]{16}$/);
    expect(idB).not.toBe(idA);
    expect(readFileSync(path.join(folderA(), CATALOG_FILE)).includes(Buffer.from(os.hostname()))).toBe(false);
  });
});
