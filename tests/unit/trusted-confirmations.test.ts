import { IntlMessageFormat } from 'intl-messageformat';
import { ko } from '../../renderer/src/i18n/messages/ko';
import { message } from '../../common/domain/message';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../common/api/errors';
import { PASSPHRASE_MAX_LENGTH } from '../../common/vault/passphrase-strength';
import { APP_ORIGIN } from '../../common/security/csp';
import { recordExport } from '../../main/export/export-gate';
import { createApiHandler, type ApiHandler } from '../../main/ipc/api-handler';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { person, reviewPair } from '../support/review-pair';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, dialogAnswers, tempDir, testPlatform } from '../support/temp-dirs';

// Issue 13, "trusted confirmations": code in the renderer can call every method with payloads
// that pass the schemas, as the app's main frame. None of these decisions may follow from that
// alone: main asks its own dialog (which the test platform answers, as the user would) or checks
// the passphrase itself.

const mainFrame = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true };
const WRONG = 'amber lantern quietly folds seven map';

function ipc(service: ShieldnoteService): (method: string, payload: unknown) => Promise<ApiResult<unknown>> {
  const handler: ApiHandler = createApiHandler(service, { allowedOrigin: APP_ORIGIN });
  return (method, payload) => handler(mainFrame, method, payload);
}

const refusedWith = (code: string) => ({ ok: false, error: expect.objectContaining({ code }) });

describe('through the IPC surface alone, across two vaults', () => {
  let pair: Awaited<ReturnType<typeof reviewPair>>;
  beforeEach(async () => (pair = await reviewPair()));
  afterEach(() => pair.close());

  it('adds a contact only when main’s own dialog, showing the fingerprint, says yes', async () => {
    const mallory = await person(pair.root.path, 'mallory', 'Mallory Kim', 'editor');
    try {
      const { keyString, fingerprint } = (await mallory.service.getMyProfile()).profile!;
      const call = ipc(pair.reporter.service);
      // The old consent field is no longer part of the contract.
      expect(await call('addContact', { keyString, fingerprintConfirmed: true })).toEqual(refusedWith('VALIDATION'));

      pair.reporter.dialogs.answer = false;
      expect(await call('addContact', { keyString })).toEqual({ ok: true, value: { contact: null } });
      expect((await pair.reporter.service.listContacts()).map((c) => c.name)).toEqual(['Mina Cho']);
      const question = pair.reporter.dialogs.asked.at(-1)!;
      expect(question.detail).toContain(fingerprint);
      expect(question.message).toMatch(/Mallory Kim \(editor\)/);
      const refused = (await pair.reporter.service.listAudit({})).find((a) => a.action === 'confirmation.refused');
      expect(refused?.detail).toMatch(/add contact Mallory Kim.*not confirmed in Shieldnote’s own dialog/);

      pair.reporter.dialogs.answer = true;
      const added = await call('addContact', { keyString });
      expect(added).toMatchObject({ ok: true, value: { contact: { name: 'Mallory Kim', fingerprint } } });
      const audit = (await pair.reporter.service.listAudit({})).find((a) => a.action === 'contact.added' && a.detail.startsWith('Mallory Kim'));
      expect(audit?.detail).toBe(`Mallory Kim (editor), fingerprint ${fingerprint} confirmed in Shieldnote’s own dialog`);
    } finally {
      await mallory.service.shutdown();
    }
  });

  it('sends identities out of the vault only with the right passphrase; refusals write nothing and are audited', async () => {
    const call = ipc(pair.reporter.service);
    const contactId = await pair.contactId(pair.reporter, 'Mina Cho');
    const request = { draftId: pair.draftId, contactId, includeIdentities: true };
    expect(await call('sendForReview', request)).toEqual(refusedWith('WRONG_PASSPHRASE'));
    expect(await call('sendForReview', { ...request, passphrase: WRONG })).toEqual(refusedWith('WRONG_PASSPHRASE'));
    expect(readdirSync(pair.root.path).filter((f) => f.endsWith('.snreview'))).toEqual([]);
    expect(await pair.reporter.service.listSentPackages({})).toEqual([]);
    const refusals = (await pair.reporter.service.listAudit({})).filter((a) => a.action === 'confirmation.refused').map((a) => a.detail);
    expect(refusals).toEqual(
      expect.arrayContaining([
        'send the cited sources’ identities to Mina Cho: no passphrase given',
        'send the cited sources’ identities to Mina Cho: wrong passphrase',
      ]),
    );

    // Without identities no passphrase is needed; with the right one they go.
    expect(await call('sendForReview', { ...request, includeIdentities: false })).toMatchObject({ ok: true, value: { path: expect.any(String) } });
    const sent = await call('sendForReview', { ...request, passphrase: STRONG_PASSPHRASE });
    expect(sent).toMatchObject({ ok: true });
    expect((await pair.reporter.service.listSentPackages({})).map((p) => p.includesIdentities).sort()).toEqual([false, true]);
  });

  it('an editor signs off a review copy without the passphrase, and it comes back approved, not self-approved', async () => {
    const contactId = await pair.contactId(pair.reporter, 'Mina Cho');
    pair.editor.files.open = (await pair.reporter.service.sendForReview({ draftId: pair.draftId, contactId, includeIdentities: false })).path;
    const { copy } = await pair.editor.service.importReviewPackage();
    const subject = { copyId: copy!.id };
    let view = await pair.editor.service.getReview({ subject });
    for (const c of view.citations) view = await pair.editor.service.decideCitation({ subject, citationKey: c.key, state: 'approved' });
    view = await ipc(pair.editor.service)('signOff', { subject }).then((r) => (r as { value: typeof view }).value);
    expect(view.signOff).toMatchObject({ by: { name: 'Mina Cho' } });
    expect(view.signOff).not.toHaveProperty('selfApproved');

    pair.reporter.files.open = (await pair.editor.service.saveReviewResponse({ copyId: copy!.id })).path;
    await pair.reporter.service.importReviewResponse();
    const mine = await pair.reporter.service.getReview({ subject: { draftId: pair.draftId } });
    expect(mine.status).toBe('approved');
    expect(mine.signOff).not.toHaveProperty('selfApproved');
    expect((await pair.reporter.service.listDrafts({}))[0]).not.toHaveProperty('selfApproved');
  });
});

describe('through the IPC surface alone, in one vault', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  let call: ReturnType<typeof ipc>;
  let seeded: Awaited<ReturnType<typeof seedStory>>;
  let draftId: string;

  beforeEach(async () => {
    dir = tempDir();
    service = new ShieldnoteService({ platform: testPlatform(dir.path, async () => null, undefined, dialogAnswers(true)), kdfPolicy: FAST_KDF });
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    call = ipc(service);
    seeded = await seedStory(service);
    const doc = seededStoryDoc(seeded);
    draftId = (await service.createDraft({ title: 'Smuggling on the Yalu', byline: 'Staff reporter' })).meta.id;
    await service.saveDraftBody({ id: draftId, baseRevision: 1, body: doc });
  });
  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  const role = async () => (await service.getMyProfile()).profile?.role ?? null;

  it('the role becomes editor only with the passphrase, the first profile included', async () => {
    expect(await call('saveProfile', { name: 'Ana Reyes', role: 'editor' })).toEqual(refusedWith('WRONG_PASSPHRASE'));
    expect(await role()).toBeNull();
    expect(await call('saveProfile', { name: 'Ana Reyes', role: 'reporter' })).toMatchObject({ ok: true });
    expect(await call('saveProfile', { name: 'Ana Reyes', role: 'editor', passphrase: WRONG })).toEqual(refusedWith('WRONG_PASSPHRASE'));
    expect(await role()).toBe('reporter');
    expect(await call('saveProfile', { name: 'Ana Reyes', role: 'editor', passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: true, value: { role: 'editor' } });
    // Renaming an editor changes no authority; going back to reporter and up again asks again.
    expect(await call('saveProfile', { name: 'Ana R. Reyes', role: 'editor' })).toMatchObject({ ok: true });
    expect(await call('saveProfile', { name: 'Ana R. Reyes', role: 'reporter' })).toMatchObject({ ok: true });
    expect(await call('saveProfile', { name: 'Ana R. Reyes', role: 'editor' })).toEqual(refusedWith('WRONG_PASSPHRASE'));
    const audit = await service.listAudit({});
    expect(audit.filter((a) => a.action === 'confirmation.refused').map((a) => a.detail)).toEqual(
      expect.arrayContaining(['become an editor: no passphrase given', 'become an editor: wrong passphrase']),
    );
    expect(audit.some((a) => a.action === 'profile.saved' && a.detail.endsWith('editor role confirmed with the passphrase'))).toBe(true);
  });

  it('a draft written in this vault is signed off only with the passphrase, and marked self-approved', async () => {
    await service.saveProfile({ name: 'Ana Reyes', role: 'editor', passphrase: STRONG_PASSPHRASE });
    await service.setDraftStatus({ id: draftId, status: 'in-review' });
    const subject = { draftId };
    let view = await service.getReview({ subject });
    for (const c of view.citations) view = await service.decideCitation({ subject, citationKey: c.key, state: 'approved' });
    expect(view.signOffBlockers).toEqual([]);

    expect(await call('signOff', { subject })).toEqual(refusedWith('WRONG_PASSPHRASE'));
    expect(await call('signOff', { subject, passphrase: WRONG })).toEqual(refusedWith('WRONG_PASSPHRASE'));
    expect((await service.getReview({ subject })).status).toBe('in-review');
    await expect(service.requireFinalExportable(draftId)).rejects.toMatchObject({ code: 'CONFLICT' });

    const signed = await call('signOff', { subject, passphrase: STRONG_PASSPHRASE });
    expect(signed).toMatchObject({ ok: true, value: { status: 'approved', signOff: { selfApproved: true, by: { name: 'Ana Reyes' } } } });
    expect((await service.listDrafts({})).find((d) => d.id === draftId)).toMatchObject({ status: 'approved', selfApproved: true });
    const audit = await service.listAudit({});
    expect(audit.find((a) => a.action === 'review.signed-off')?.detail).toMatch(/self-approved \(written in this vault; passphrase confirmed\)/);
    expect(audit.filter((a) => a.action === 'confirmation.refused').map((a) => a.detail)).toEqual([
      expect.stringMatching(/^self-approve “Smuggling on the Yalu”: wrong passphrase$/),
      expect.stringMatching(/^self-approve “Smuggling on the Yalu”: no passphrase given$/),
    ]);
    // A final export (or publish) of it says so in the audit log, and the mark stays once exported.
    await recordExport(service.requireVault(), draftId, { final: true, detail: message('audit.detail.exported', { format: 'html', files: 1, overridden: 'no', version: 1 }) });
    expect((await service.listAudit({})).find((a) => a.action === 'export.written')?.detail).toMatch(/\(final, self-approved\)$/);
    expect((await service.listDrafts({})).find((d) => d.id === draftId)).toMatchObject({ status: 'exported', selfApproved: true });
  });

  it('burning an identity needs the passphrase: the schema asks for it, and a wrong one burns nothing', async () => {
    const sourceId = seeded.sourceIds.trader!;
    const request = { sourceId, confirmation: 'a source based in China' };
    expect(await call('burnIdentity', request)).toEqual(refusedWith('VALIDATION'));
    expect(await call('burnIdentity', { ...request, passphrase: WRONG })).toEqual(refusedWith('WRONG_PASSPHRASE'));
    expect((await service.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE })).terms.length).toBeGreaterThan(0);
    const refused = (await service.listAudit({})).find((a) => a.action === 'confirmation.refused')!;
    expect(refused).toMatchObject({ sourceId, detail: 'burn the identity of a source based in China: wrong passphrase' });
    // The same entry carries its message: the Korean audit page shows it in Korean, the label as typed.
    expect(new IntlMessageFormat(ko[refused.message!.id as keyof typeof ko], 'ko').format(refused.message!.values)).toBe('a source based in China의 신원 소각: 암호 문구가 틀림');
    expect(await call('burnIdentity', { ...request, passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: true });
    expect((await service.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE })).terms).toEqual([]);
  });

  it('never: no schema-valid passphrase but the vault’s makes an editor, a self sign-off or a burn (property)', async () => {
    // Everything else is ready, so only the passphrase stands in the way.
    await service.saveProfile({ name: 'Ana Reyes', role: 'editor', passphrase: STRONG_PASSPHRASE });
    await service.setDraftStatus({ id: draftId, status: 'in-review' });
    let view = await service.getReview({ subject: { draftId } });
    for (const c of view.citations) view = await service.decideCitation({ subject: { draftId }, citationKey: c.key, state: 'approved' });
    expect(view.signOffBlockers).toEqual([]);
    const sourceId = seeded.sourceIds.trader!;
    const notTheOne = fc.string({ minLength: 1, maxLength: PASSPHRASE_MAX_LENGTH }).filter((p) => p.normalize('NFC') !== STRONG_PASSPHRASE);
    await fc.assert(
      fc.asyncProperty(notTheOne, fc.constantFrom('saveProfile', 'signOff', 'burnIdentity'), async (passphrase, method) => {
        if (method === 'saveProfile') await service.saveProfile({ name: 'Ana Reyes', role: 'reporter' });
        const payload =
          method === 'saveProfile'
            ? { name: 'Ana Reyes', role: 'editor', passphrase }
            : method === 'signOff'
              ? { subject: { draftId }, passphrase }
              : { sourceId, confirmation: 'a source based in China', passphrase };
        expect(await call(method, payload)).toEqual(refusedWith('WRONG_PASSPHRASE'));
        if (method === 'saveProfile') {
          expect(await role()).toBe('reporter');
          await service.saveProfile({ name: 'Ana Reyes', role: 'editor', passphrase: STRONG_PASSPHRASE });
        }
      }),
      { numRuns: 15 },
    );
    expect((await service.listDrafts({}))[0]).toMatchObject({ status: 'in-review' });
    expect((await service.revealIdentity({ sourceId, passphrase: STRONG_PASSPHRASE })).terms.length).toBeGreaterThan(0);
  });
});
