import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { burnConfirmationText } from '../../main/features/burn';
import { collectionIn, readSettings, writeSettings } from '../../main/features/collections';
import { COPIES_COLLECTION, storedCopy } from '../../main/review-packages/review-copies';
import { writeBackup } from '../../main/vault/backups';
import { SOURCES } from '../fixtures/border-story';
import { reviewPair } from '../support/review-pair';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { decryptorReady, openTravelFileWith, readFolderWith } from '../support/test-decryptor';

// An editor's review copy can carry the reporter's source identities, sealed with the editor's
// identity key. Travel mode takes them off the device with the editor's own identities, and
// restoring brings them back: nothing is left on the disk, nothing reads as damaged, nothing lost.

const copyTerms = SOURCES.flatMap((s) => s.identity.map((t) => t.value));

describe('travel mode with review copies that carry identities', () => {
  let pair: Awaited<ReturnType<typeof reviewPair>>;
  let copyId: string;
  const editor = () => pair.editor.service;
  const vaultDir = () => path.join(pair.editor.dir, 'vault');
  const travelFile = () => path.join(pair.root.path, 'editor-trip.sntravel');
  const firstSourceId = () => pair.seeded.sourceIds[SOURCES[0]!.key];
  const reveal = () => editor().revealCopyIdentity({ copyId, sourceId: firstSourceId(), passphrase: STRONG_PASSPHRASE });

  /** Copy identity terms found in any file of the editor's vault folder (backups included), read with the passphrase. */
  function termsOnDisk(): string[] {
    const reading = readFolderWith(vaultDir(), { passphrase: STRONG_PASSPHRASE });
    expect(reading.refused).toEqual([]);
    const texts = reading.files.flatMap((f) => [Buffer.from(f.raw).toString('utf8'), f.plaintext ? Buffer.from(f.plaintext).toString('utf8') : '']);
    return copyTerms.filter((term) => texts.some((text) => text.includes(term)));
  }

  async function nothingDamaged() {
    const report = await editor().verifyVault();
    expect(report.damaged).toEqual([]);
    expect(report.backups.flatMap((b) => b.damaged)).toEqual([]);
    return report;
  }

  async function goAway() {
    const { travelKey } = await editor().createTravelKey();
    pair.editor.files.save = travelFile();
    const outcome = await editor().enterTravelMode({ sealTo: 'travel-key', key: travelKey });
    return { travelKey, outcome };
  }

  beforeAll(decryptorReady);
  beforeEach(async () => {
    pair = await reviewPair();
    const contactId = await pair.contactId(pair.reporter, 'Mina Cho');
    pair.editor.files.open = (await pair.reporter.service.sendForReview({ draftId: pair.draftId, contactId, includeIdentities: true, passphrase: STRONG_PASSPHRASE })).path;
    copyId = (await editor().importReviewPackage()).copy!.id;
    await writeBackup(vaultDir());
  });
  afterEach(() => pair.close());

  it('carries the copy’s identities in the travel file, leaves nothing on disk, refuses a reveal clearly, and restores them', async () => {
    // The checks can see the copy's identities before travel mode, and Verify covers the copy.
    expect(termsOnDisk()).toEqual(copyTerms);
    const before = await nothingDamaged();
    expect((await reveal()).terms).toEqual(SOURCES[0]!.identity);
    expect((await editor().getTravelStatus()).reviewCopies).toBe(1);

    const { travelKey, outcome } = await goAway();
    expect(outcome).toMatchObject({ done: true, sources: 0, reviewCopies: 1, status: { away: true, reviewCopies: 1 } });

    // Nothing on the device (vault or backups) yields the copy's identities; nothing reads as damaged.
    expect(termsOnDisk()).toEqual([]);
    const away = await nothingDamaged();
    expect(away.filesChecked).toBeLessThan(before.filesChecked);
    await expect(reveal()).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/review copy are away \(travel mode\)/) });
    // The copy itself can still be reviewed, and still says which sources came with an identity.
    const review = await editor().getReview({ subject: { copyId } });
    expect(review.citations.length).toBeGreaterThan(0);
    expect(JSON.stringify(review)).not.toContain(SOURCES[0]!.identity[0]!.value);

    // The travel file holds them, as docs/vault-format.md describes it, and no term in the clear.
    const carried = openTravelFileWith(new Uint8Array(readFileSync(travelFile())), travelKey);
    expect(carried.copies?.[copyId]?.[firstSourceId()]).toEqual(SOURCES[0]!.identity);
    expect(copyTerms.filter((t) => readFileSync(travelFile(), 'utf8').includes(t))).toEqual([]);

    // A restart in travel mode (finishing runs again at unlock) changes nothing.
    await editor().lock();
    await editor().unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await expect(reveal()).rejects.toMatchObject({ code: 'FORBIDDEN' });

    pair.editor.files.open = travelFile();
    const restored = await editor().restoreFromTravel({ key: travelKey, deleteFile: true });
    expect(restored).toMatchObject({ done: true, restored: 0, copiesRestored: 1, status: { away: false, reviewCopies: 1 } });
    expect((await reveal()).terms).toEqual(SOURCES[0]!.identity);
    await nothingDamaged();
    expect(termsOnDisk()).toEqual(copyTerms);
    const detail = (await editor().listAudit({})).find((a) => a.action === 'identity.travel-out')?.detail;
    expect(detail).toMatch(/identities of 1 review copy/);
  });

  it('takes a package imported while away without its identities, and says so', async () => {
    await goAway();
    const contactId = await pair.contactId(pair.reporter, 'Mina Cho');
    pair.editor.files.open = (await pair.reporter.service.sendForReview({ draftId: pair.draftId, contactId, includeIdentities: true, passphrase: STRONG_PASSPHRASE })).path;
    const second = (await editor().importReviewPackage()).copy!;
    expect(second.identitySourceCount).toBe(0);
    expect(storedCopy(editor().requireVault(), second.id).identitiesRecordId).toBeNull();
    expect(termsOnDisk()).toEqual([]);
    const detail = (await editor().listAudit({})).find((a) => a.action === 'package.imported')?.detail;
    expect(detail).toMatch(/identities left out \(travel mode\)/);
  });

  it('finishes an interrupted start at unlock, and running it again is harmless', async () => {
    const recordId = storedCopy(editor().requireVault(), copyId).identitiesRecordId!;
    await goAway();
    // As if the process died after the catalog write and the deletion, before the flags were cleared.
    const vault = editor().requireVault();
    await vault.update((data) => writeSettings(data, (s) => (s.travelPendingCopyRemovals = [recordId])));
    await editor().lock();
    await editor().unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    expect(readSettings(editor().requireVault()).travelPendingCopyRemovals).toBeUndefined();
    expect(termsOnDisk()).toEqual([]);
    await nothingDamaged();
    await expect(reveal()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('skips a copy that was deleted while away, and keeps the copies in a travel file a burn rewrites', async () => {
    // The editor has one source of their own, so a burn while away rewrites the travel file.
    const own = await editor().saveSource({ ...SOURCES[1]!.fields, label: { adjective: 'ferry', noun: 'clerk', qualifier: '' } });
    await editor().saveIdentity({ sourceId: own.id, terms: [{ kind: 'name', value: 'Odalys Ferreira-Quist', isPublic: false }] });
    const { travelKey } = await goAway();
    const burned = await editor().burnIdentity({ sourceId: own.id, confirmation: burnConfirmationText(own), passphrase: STRONG_PASSPHRASE, key: travelKey });
    expect(burned.travelFilesRewritten).toBe(1);
    const rewritten = openTravelFileWith(new Uint8Array(readFileSync(travelFile())), travelKey);
    expect(rewritten.sources).toEqual({});
    expect(Object.keys(rewritten.copies ?? {})).toEqual([copyId]);

    await editor()
      .requireVault()
      .update((data) => delete collectionIn(data, COPIES_COLLECTION)[copyId]);
    pair.editor.files.open = travelFile();
    const restored = await editor().restoreFromTravel({ key: travelKey, deleteFile: false });
    expect(restored).toMatchObject({ done: true, restored: 0, skippedBurned: 0, copiesRestored: 0, status: { away: false, reviewCopies: 0 } });
    expect(termsOnDisk()).toEqual([]);
    await nothingDamaged();
  });
});
