import { promises as fs } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../common/api/contract';
import { withSecretKeys } from '../../main/features/profile';
import { sealEnvelope, openEnvelope } from '../../main/review-packages/envelope';
import { sealReviewPackage } from '../../main/review-packages/exchange';
import { encodeBody, reviewPackageSchema, reviewResponseSchema, type ReviewResponse } from '../../main/review-packages/package-format';
import { fingerprintOf, formatKeyString, parseKeyString, KEY_STRING_PREFIX } from '../../main/review-packages/keys';
import { PackageRefusedError, REFUSAL_REASONS } from '../../main/review-packages/refusals';
import { fromBase64 } from '../../main/vault/encoding';
import { SOURCES } from '../fixtures/border-story';
import { exchangeKeys, person, reviewPair, type Person } from '../support/review-pair';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';

const key = (byte: number) => new Uint8Array(32).fill(byte);

describe('key strings and fingerprints', () => {
  const someone = { name: 'Mina Cho', role: 'editor' as const, boxPublicKey: key(1), signPublicKey: key(2) };

  it('round-trips name, role and both keys, ignoring line breaks a mail program adds', () => {
    const text = formatKeyString(someone);
    expect(text.startsWith(KEY_STRING_PREFIX)).toBe(true);
    const wrapped = text.replace(/(.{30})/g, '$1\n  ');
    expect(parseKeyString(wrapped)).toEqual({ ok: true, person: someone });
  });

  it('catches any single mistyped character with the checksum', () => {
    const text = formatKeyString(someone);
    for (let i = KEY_STRING_PREFIX.length; i < text.length; i++) {
      const wrong = text[i] === 'A' ? 'B' : 'A';
      const parsed = parseKeyString(text.slice(0, i) + wrong + text.slice(i + 1));
      expect(parsed.ok, `position ${i}`).toBe(false);
    }
    expect(parseKeyString(text.slice(0, -3))).toEqual({ ok: false, problem: 'length' });
    expect(parseKeyString('hello')).toEqual({ ok: false, problem: 'prefix' });
    expect(parseKeyString(`${KEY_STRING_PREFIX}abc$def`)).toEqual({ ok: false, problem: 'characters' });
  });

  it('gives six groups of five digits, the same for the same keys and different otherwise', () => {
    const fp = fingerprintOf(key(1), key(2));
    expect(fp).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(fingerprintOf(key(1), key(2))).toBe(fp);
    expect(fingerprintOf(key(1), key(3))).not.toBe(fp);
    expect(fingerprintOf(key(2), key(1))).not.toBe(fp);
  });
});

describe('profile and contacts', () => {
  let pair: Awaited<ReturnType<typeof reviewPair>>;
  beforeEach(async () => (pair = await reviewPair()));
  afterEach(() => pair.close());

  it('shows a pasted key’s fingerprint as the other person reads it out, and stores the contact', async () => {
    const editorProfile = (await pair.editor.service.getMyProfile()).profile!;
    const contacts = await pair.reporter.service.listContacts();
    expect(contacts).toEqual([expect.objectContaining({ name: 'Mina Cho', role: 'editor', fingerprint: editorProfile.fingerprint })]);
    const preview = await pair.reporter.service.previewContact({ keyString: editorProfile.keyString });
    expect(preview).toEqual({ name: 'Mina Cho', role: 'editor', fingerprint: editorProfile.fingerprint, existingContactId: contacts[0]!.id });
  });

  it('saves a contact only when main’s own dialog confirms the fingerprint, refuses duplicates, own keys and bad strings clearly', async () => {
    const { keyString } = (await pair.editor.service.getMyProfile()).profile!;
    // Consent is not a request field any more: the old field fails the schema.
    expect(contract.addContact.input.safeParse({ keyString, fingerprintConfirmed: true }).success).toBe(false);
    expect(contract.addContact.input.safeParse({ keyString }).success).toBe(true);
    await expect(pair.reporter.service.addContact({ keyString })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already in your contacts/) });
    const mine = (await pair.reporter.service.getMyProfile()).profile!.keyString;
    await expect(pair.reporter.service.previewContact({ keyString: mine })).rejects.toThrow(/your own key/);
    const typo = keyString.slice(0, 40) + (keyString[40] === 'x' ? 'y' : 'x') + keyString.slice(41);
    await expect(pair.reporter.service.previewContact({ keyString: typo })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/checksum/) });
  });

  it('removes a contact and records additions and removals in the audit log with who acted', async () => {
    const id = await pair.contactId(pair.reporter, 'Mina Cho');
    await pair.reporter.service.removeContact({ id });
    expect(await pair.reporter.service.listContacts()).toEqual([]);
    const audit = await pair.reporter.service.listAudit({});
    expect(audit.find((a) => a.action === 'contact.removed')).toMatchObject({ by: 'Ana Reyes (reporter)', detail: 'Mina Cho (editor)' });
    expect(audit.find((a) => a.action === 'contact.added')?.detail).toMatch(/fingerprint [\d ]+ confirmed in Shieldnote’s own dialog/);
  });

  it('keeps the secret keys out of the catalog, and keeps the keys when the name or role changes', async () => {
    const before = (await pair.reporter.service.getMyProfile()).profile!;
    const after = await pair.reporter.service.saveProfile({ name: 'Ana R. Reyes', role: 'reporter' });
    expect(after.fingerprint).toBe(before.fingerprint);
    const vault = pair.reporter.service.requireVault();
    const secrets = await withSecretKeys(vault, (k) => [Buffer.from(k.boxSecretKey).toString('base64'), Buffer.from(k.signSecretKey.subarray(0, 32)).toString('base64').slice(0, 40)]);
    const catalog = JSON.stringify(vault.catalog);
    for (const secret of secrets) expect(catalog).not.toContain(secret);
  });
});

describe('review packages', () => {
  let pair: Awaited<ReturnType<typeof reviewPair>>;
  const others: Person[] = [];
  beforeEach(async () => (pair = await reviewPair()));
  afterEach(async () => {
    await pair.close(...others.splice(0));
  });

  async function send(includeIdentities = false, toName = 'Mina Cho') {
    const contactId = await pair.contactId(pair.reporter, toName);
    const saved = await pair.reporter.service.sendForReview({ draftId: pair.draftId, contactId, includeIdentities, ...(includeIdentities ? { passphrase: STRONG_PASSPHRASE } : {}) });
    return saved.path!;
  }
  async function importAt(p: Person, file: string) {
    p.files.open = file;
    return p.service.importReviewPackage();
  }
  async function refusal(run: Promise<unknown>): Promise<string> {
    const error = await run.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(PackageRefusedError);
    return (error as PackageRefusedError).reason;
  }
  async function editorDecides(copyId: string, flagKey = 'cit3') {
    const subject = { copyId };
    let view = await pair.editor.service.getReview({ subject });
    for (const c of view.citations) {
      view = await pair.editor.service.decideCitation(
        c.key === flagKey ? { subject, citationKey: c.key, state: 'flagged', comment: 'Was this the boatman’s own sighting?' } : { subject, citationKey: c.key, state: 'approved' },
      );
    }
    return view;
  }
  async function respond(copyId: string) {
    return (await pair.editor.service.saveReviewResponse({ copyId })).path!;
  }

  it('goes reporter → editor as a read-only copy and the decisions come back as the editor’s', async () => {
    const file = await send();
    expect(path.extname(file)).toBe('.snreview');
    const { copy } = await importAt(pair.editor, file);
    expect(copy).toMatchObject({ title: 'Smuggling on the Yalu', from: { name: 'Ana Reyes' }, identitySourceCount: 0 });
    expect(await pair.editor.service.listReviewCopies()).toEqual([copy]);
    const view = await editorDecides(copy!.id);
    expect(view.citations.length).toBeGreaterThan(3);

    pair.reporter.files.open = await respond(copy!.id);
    const imported = await pair.reporter.service.importReviewResponse();
    expect(imported).toMatchObject({ draftId: pair.draftId, editor: 'Mina Cho', decisions: view.citations.length });
    const mine = await pair.reporter.service.getReview({ subject: { draftId: pair.draftId } });
    const flagged = mine.citations.find((c) => c.key === 'cit3')!;
    expect(flagged.decision).toMatchObject({ state: 'flagged', comment: 'Was this the boatman’s own sighting?', by: { name: 'Mina Cho', role: 'editor' } });
    expect(mine.citations.filter((c) => c.decision?.state === 'approved')).toHaveLength(view.citations.length - 1);
    const actions = (await pair.reporter.service.listAudit({})).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['package.sent', 'response.imported']));
    expect((await pair.editor.service.listAudit({})).map((a) => a.action)).toEqual(expect.arrayContaining(['package.imported', 'response.sent']));
  });

  it('carries the draft’s language and the Korean labels: the editor reviews the Korean attributions, and the decisions come back', async () => {
    for (const source of SOURCES) {
      const ko = { place: source.key === 'watcher' ? '' : '단둥', noun: source.key === 'watcher' ? '내부 소식통' : '소식통' };
      await pair.reporter.service.saveSource({ ...source.fields, label: { ...source.fields.label, byLanguage: { ko } }, id: pair.seeded.sourceIds[source.key] });
    }
    await pair.reporter.service.setDraftLanguage({ id: pair.draftId, language: 'ko' });
    const { copy } = await importAt(pair.editor, await send());
    const view = await editorDecides(copy!.id);
    expect(view.language).toBe('ko');
    expect(view.citations.map((c) => c.attribution)).toEqual((await pair.reporter.service.getReview({ subject: { draftId: pair.draftId } })).citations.map((c) => c.attribution));
    expect(view.citations[1]!.attribution).toBe('5월 5일 단둥 소식통');
    pair.reporter.files.open = await respond(copy!.id);
    expect(await pair.reporter.service.importReviewResponse()).toMatchObject({ draftId: pair.draftId, decisions: view.citations.length });
  });

  it('carries identities only when the reporter ticks it and types the passphrase, and the editor sees them only by passphrase reveal', async () => {
    const { copy } = await importAt(pair.editor, await send(true));
    expect((await pair.reporter.service.listAudit({})).find((a) => a.action === 'package.sent')?.detail).toMatch(/with the cited sources’ identities \(passphrase confirmed\)/);
    expect(copy!.identitySourceCount).toBe(SOURCES.length);
    const material = await pair.editor.service.getReview({ subject: { copyId: copy!.id } });
    expect(JSON.stringify(material)).not.toContain(SOURCES[0]!.identity[0]!.value);
    const sourceId = pair.seeded.sourceIds[SOURCES[0]!.key];
    await expect(pair.editor.service.revealCopyIdentity({ copyId: copy!.id, sourceId, passphrase: 'wrong words here' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const revealed = await pair.editor.service.revealCopyIdentity({ copyId: copy!.id, sourceId, passphrase: STRONG_PASSPHRASE });
    expect(revealed.terms).toEqual(SOURCES[0]!.identity);
    const audit = await pair.editor.service.listAudit({});
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['identity.revealed', 'identity.reveal-refused']));
  });

  it('refuses a package with any byte changed', async () => {
    const file = await send();
    const bytes = await fs.readFile(file);
    for (const at of [40, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const tampered = Buffer.from(bytes);
      tampered[at]! ^= 0x01;
      const copyPath = path.join(pair.root.path, `tampered-${at}.snreview`);
      await fs.writeFile(copyPath, tampered);
      expect(await refusal(importAt(pair.editor, copyPath))).toBe('TAMPERED');
    }
    expect(await pair.editor.service.listReviewCopies()).toEqual([]);
    expect((await pair.editor.service.listAudit({})).filter((a) => a.action === 'package.refused')).toHaveLength(3);
  });

  it('refuses a package sealed to someone else, signed by an unknown key, or imported twice', async () => {
    const other = await person(pair.root.path, 'other', 'Lee Park', 'editor');
    others.push(other);
    await exchangeKeys(pair.reporter, other);
    const forOther = await send(false, 'Lee Park');
    expect(await refusal(importAt(pair.editor, forOther))).toBe('WRONG_RECIPIENT');

    const file = await send();
    await importAt(pair.editor, file);
    expect(await refusal(importAt(pair.editor, file))).toBe('REPLAYED');
    expect(await pair.editor.service.listReviewCopies()).toHaveLength(1);

    await pair.editor.service.removeContact({ id: await pair.contactId(pair.editor, 'Ana Reyes') });
    expect(await refusal(importAt(pair.editor, await send()))).toBe('UNKNOWN_SIGNER');
  });

  it('refuses decisions for a draft changed since, replayed, or never sent, and merges nothing', async () => {
    const { copy } = await importAt(pair.editor, await send());
    await editorDecides(copy!.id);
    const response = await respond(copy!.id);

    const changed = structuredClone(pair.doc);
    changed.content![1]!.content![0]!.text = 'Contraband moves more freely near Dandong, according to ';
    await pair.reporter.service.saveDraftBody({ id: pair.draftId, baseRevision: 2, body: changed });
    pair.reporter.files.open = response;
    expect(await refusal(pair.reporter.service.importReviewResponse())).toBe('DRAFT_CHANGED');
    const review = await pair.reporter.service.getReview({ subject: { draftId: pair.draftId } });
    expect(review.citations.every((c) => !c.decision || c.decision.state === 'open')).toBe(true);

    await pair.reporter.service.saveDraftBody({ id: pair.draftId, baseRevision: 3, body: pair.doc });
    await pair.reporter.service.importReviewResponse(); // the same content again: accepted
    expect(await refusal(pair.reporter.service.importReviewResponse())).toBe('ALREADY_ANSWERED');

    const third = await person(pair.root.path, 'third', 'Sam Ito', 'reporter');
    others.push(third);
    await exchangeKeys(third, pair.editor);
    third.files.open = response;
    // Sealed to the reporter, not to this third vault.
    expect(await refusal(third.service.importReviewResponse())).toBe('WRONG_RECIPIENT');
    const refusals = (await pair.reporter.service.listAudit({})).filter((a) => a.action === 'response.refused').map((a) => a.detail.split(':')[0]);
    expect(refusals).toEqual(['ALREADY_ANSWERED', 'DRAFT_CHANGED']);
  });

  it('refuses decisions signed by a contact who is not an editor, and for a package never sent', async () => {
    const colleague = await person(pair.root.path, 'colleague', 'Sam Ito', 'reporter');
    others.push(colleague);
    await exchangeKeys(pair.reporter, colleague);
    await send();
    const [sent] = await pair.reporter.service.listSentPackages({});
    const reporterKeys = (await pair.reporter.service.getMyProfile()).profile!.keyString;
    const parsed = parseKeyString(reporterKeys);
    if (!parsed.ok) throw new Error('own key string unreadable');
    const reporterBox = parsed.person.boxPublicKey;
    const forge = async (packageId: string, signer: Person = colleague) => {
      const vault = signer.service.requireVault();
      const me = (vault.collection<{ name: string; role: 'reporter' | 'editor'; boxPublicKey: string; signPublicKey: string }>('profile').me)!;
      const body: ReviewResponse = reviewResponseSchema.parse({
        format: 'shieldnote-review-response', version: 1, responseId: 'a'.repeat(32), packageId, contentHash: 'b'.repeat(64), createdAt: new Date().toISOString(),
        from: { name: me.name, role: me.role, boxPublicKey: me.boxPublicKey, signPublicKey: me.signPublicKey },
        review: { draftId: pair.draftId, decisions: [], ticks: [], signOff: null, reopened: null },
      });
      const file = await withSecretKeys(vault, (k) => sealEnvelope('response', encodeBody(body), { signPublicKey: fromBase64(me.signPublicKey), signSecretKey: k.signSecretKey }, reporterBox));
      const target = path.join(pair.root.path, `forged-${packageId.slice(0, 4)}.snresponse`);
      await fs.writeFile(target, file);
      return target;
    };
    pair.reporter.files.open = await forge(sent!.packageId);
    expect(await refusal(pair.reporter.service.importReviewResponse())).toBe('SIGNER_NOT_EDITOR');
    expect(REFUSAL_REASONS.SIGNER_NOT_EDITOR.message).toMatch(/not an editor/);
    pair.reporter.files.open = await forge('c'.repeat(32), pair.editor);
    expect(await refusal(pair.reporter.service.importReviewResponse())).toBe('NOT_SENT');
    expect((await pair.reporter.service.getReview({ subject: { draftId: pair.draftId } })).citations.every((c) => !c.decision || c.decision.state === 'open')).toBe(true);
  });

  it('gives a package and a response file their own kinds: each import says which one it got', async () => {
    const file = await send();
    pair.reporter.files.open = file;
    expect(await refusal(pair.reporter.service.importReviewResponse())).toBe('WRONG_KIND_RESPONSE');
    const junk = path.join(pair.root.path, 'junk.snreview');
    await fs.writeFile(junk, 'not a package at all');
    expect(await refusal(importAt(pair.editor, junk))).toBe('NOT_A_PACKAGE');
  });

  it('never puts an identity term in a package sent without the identities option (property)', async () => {
    const vault = pair.reporter.service.requireVault();
    const sourceIds = Object.values(pair.seeded.sourceIds);
    const editorId = await pair.contactId(pair.reporter, 'Mina Cho');
    const editorVault = pair.editor.service.requireVault();
    const term = fc.string({ minLength: 3, maxLength: 24 }).filter((s) => s.trim().length >= 3 && !/[\u0000-\u001f\u007f]/.test(s)).map((s) => `ZQ${s.trim()}QZ`);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sourceIds), fc.array(fc.record({ kind: fc.constantFrom('name', 'alias', 'phone', 'email', 'handle', 'employer', 'identifier' as const), value: term, isPublic: fc.boolean() }), { minLength: 1, maxLength: 5 }), async (sourceId, terms) => {
        await pair.reporter.service.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE });
        await pair.reporter.service.saveIdentity({ sourceId, terms });
        const sealed = await sealReviewPackage(vault, { draftId: pair.draftId, contactId: editorId, includeIdentities: false, corroborations: [] });
        const opened = await withSecretKeys(editorVault, (k) => openEnvelope(sealed.bytes, 'package', k));
        const plaintext = Buffer.from(opened.body).toString('utf8');
        expect(reviewPackageSchema.parse(JSON.parse(plaintext)).identities).toBeNull();
        for (const t of terms) {
          expect(plaintext).not.toContain(t.value);
          expect(plaintext).not.toContain(JSON.stringify(t.value).slice(1, -1));
        }
        for (const s of SOURCES) for (const t of s.identity) expect(plaintext).not.toContain(t.value);
      }),
      { numRuns: 25 },
    );
  });
});
