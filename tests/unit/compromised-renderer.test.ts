import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { burnConfirmationText } from '../../main/features/burn';
import { createApiHandler, type ApiHandler } from '../../main/ipc/api-handler';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { approveDraftForTest } from '../support/approve-draft';
import { startFakeWordPress, type FakeWordPress } from '../support/fake-wordpress';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, dialogAnswers, tempDir, testPlatform, type DialogAnswers, type FilePickerAnswers } from '../support/temp-dirs';

// Issue 13's attacks, each played by a hostile renderer through the IPC handler as the app's own
// main frame, with payloads that pass the schemas. The person at the keyboard answers no to
// every dialog main shows unless a test says otherwise, and never types the passphrase for the
// attacker. Each test says what the attacker could do before and asserts what happens now.

const ORIGIN = 'app://shieldnote';
const MAIN_FRAME = { url: `${ORIGIN}/index.html`, isMainFrame: true };

describe('a compromised renderer', () => {
  let dir: ReturnType<typeof tempDir>;
  let service: ShieldnoteService;
  let call: (method: string, payload?: unknown) => ReturnType<ApiHandler>;
  let dialogs: DialogAnswers;
  let files: FilePickerAnswers;
  let picked: { folder: string | null };
  let seeded: Awaited<ReturnType<typeof seedStory>>;
  let draftId: string;

  beforeEach(async () => {
    dir = tempDir();
    dialogs = dialogAnswers(false);
    files = { open: null, saveDir: null, save: null };
    picked = { folder: null };
    service = new ShieldnoteService({ platform: testPlatform(dir.path, async () => picked.folder, files, dialogs), kdfPolicy: FAST_KDF });
    await service.createVault({ path: path.join(dir.path, 'vault'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    seeded = await seedStory(service);
    const draft = await service.createDraft({ title: 'Smuggling on the Yalu', byline: 'Desk reporter', dateline: 'SEOUL' });
    draftId = draft.meta.id;
    const doc = seededStoryDoc(seeded);
    await service.saveDraftBody({ id: draftId, baseRevision: 1, body: doc });
    const handler = createApiHandler(service, { allowedOrigin: ORIGIN });
    call = (method, payload = {}) => handler(MAIN_FRAME, method, payload);
  });

  afterEach(async () => {
    await service.shutdown();
    dir.remove();
  });

  const expectRefused = (result: Awaited<ReturnType<ApiHandler>>, code?: string) => {
    expect(result.ok).toBe(false);
    if (code && !result.ok) expect(result.error.code).toBe(code);
  };

  it('calls from another frame or origin are refused before anything runs', async () => {
    const handler = createApiHandler(service, { allowedOrigin: ORIGIN });
    expect(await handler({ url: 'https://evil.example/', isMainFrame: true }, 'listSources', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await handler({ url: `${ORIGIN}/index.html`, isMainFrame: false }, 'listSources', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  describe('attack 1: the leak guard as an identity oracle', () => {
    const saveText = async (text: string) => {
      const draft = await service.createDraft({ title: 'Probe' });
      await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });
      return draft.meta.id;
    };

    it('a draft of lone letters and digits spells out no handle, name or phone', async () => {
      const letters = 'abcdefghijklmnopqrstuvwxyz0123456789_@';
      const spelled = Array.from({ length: 4_000 }, (_, i) => letters[(i * 7 + (i >> 3)) % letters.length]).join(' ');
      const id = await saveText(`${spelled} l i u z h _ d d l i u z h e n h a i 1 3 8 0 4 1 1 2 2 3 3`);
      const answers = [await call('scanDraft', { id }), await call('previewExport', { draftId: id, format: 'text' }), await call('getReview', { subject: { draftId: id } })];
      for (const answer of answers) expect(answer).toMatchObject({ ok: true });
      expect(answers.map((a) => (a.ok ? (a.value as { findings?: unknown[] }).findings ?? [] : [])).flat()).toEqual([]);
    });

    it('a dismissal reason may not carry an identity term, as an override reason may not', async () => {
      const id = await saveText('Old Liu said the price of rice doubled.');
      const scanned = await call('scanDraft', { id });
      const key = scanned.ok ? (scanned.value as { findings: { key: string }[] }).findings[0]?.key : undefined;
      expect(key).toBeDefined();
      expectRefused(await call('dismissFinding', { draftId: id, key, reason: 'Checked: this is about Liu Zhenhai, fine' }), 'VALIDATION');
    });
  });

  describe('attack 2: sending identities out without the passphrase', () => {
    it('a contact cannot be trusted by a request field, only in main’s own dialog', async () => {
      const other = tempDir();
      const editor = new ShieldnoteService({ platform: testPlatform(other.path), kdfPolicy: FAST_KDF });
      try {
        await editor.createVault({ path: path.join(other.path, 'v'), name: 'Attacker', passphrase: STRONG_PASSPHRASE });
        const attackerKey = (await editor.saveProfile({ name: 'Mallory', role: 'editor', passphrase: STRONG_PASSPHRASE })).keyString;
        expectRefused(await call('addContact', { keyString: attackerKey, fingerprintConfirmed: true }), 'VALIDATION');
        expect(await call('addContact', { keyString: attackerKey })).toMatchObject({ ok: true, value: { contact: null } });
        expect(dialogs.asked.at(-1)?.detail).toContain((await editor.getMyProfile()).profile!.fingerprint);
        expect(await call('listContacts')).toMatchObject({ ok: true, value: [] });
      } finally {
        await editor.shutdown();
        other.remove();
      }
    });

    it('identities are not sealed to anyone without the passphrase, and nothing is written', async () => {
      const out = path.join(dir.path, 'out');
      mkdirSync(out);
      files.saveDir = out;
      await service.saveProfile({ name: 'Ana Reyes', role: 'reporter' });
      const other = tempDir();
      const editor = new ShieldnoteService({ platform: testPlatform(other.path), kdfPolicy: FAST_KDF });
      try {
        await editor.createVault({ path: path.join(other.path, 'v'), name: 'Editor', passphrase: STRONG_PASSPHRASE });
        const key = (await editor.saveProfile({ name: 'Mina Cho', role: 'editor', passphrase: STRONG_PASSPHRASE })).keyString;
        dialogs.answer = true; // the reporter really trusts this editor
        const contact = (await service.addContact({ keyString: key })).contact!;
        dialogs.answer = false;
        expectRefused(await call('sendForReview', { draftId, contactId: contact.id, includeIdentities: true }), 'WRONG_PASSPHRASE');
        expectRefused(await call('sendForReview', { draftId, contactId: contact.id, includeIdentities: true, passphrase: 'guess guess guess guess' }), 'WRONG_PASSPHRASE');
        expect(readdirSync(out)).toEqual([]);
      } finally {
        await editor.shutdown();
        other.remove();
      }
    });
  });

  describe('attack 3: the WordPress password sent to another host', () => {
    let site: FakeWordPress;
    let attacker: FakeWordPress;
    beforeEach(async () => {
      site = await startFakeWordPress();
      attacker = await startFakeWordPress({ user: site.user });
    });
    afterEach(async () => {
      await site.close();
      await attacker.close();
    });

    it('pointing the settings elsewhere keeps the password at home, and a publish sends the attacker nothing', async () => {
      await service.saveWordPressSettings({ siteUrl: site.url, user: site.user, applicationPassword: site.password });
      expectRefused(await call('saveWordPressSettings', { siteUrl: attacker.url, user: site.user }), 'VALIDATION');
      await approveDraftForTest(service, draftId);
      expect(await call('publishToWordPress', { draftId })).toMatchObject({ ok: true, value: { status: 'published' } });
      expect(attacker.requests).toEqual([]);
      expect(JSON.stringify(await call('getWordPressSettings'))).not.toContain(site.password);
    });
  });

  describe('attack 4: approving its own drafts', () => {
    it('the editor role and a sign-off of a draft written here each need the passphrase', async () => {
      expectRefused(await call('saveProfile', { name: 'Ana Reyes', role: 'editor' }), 'WRONG_PASSPHRASE');
      await service.saveProfile({ name: 'Ana Reyes', role: 'reporter' });
      expectRefused(await call('saveProfile', { name: 'Ana Reyes', role: 'editor', passphrase: 'not the passphrase at all' }), 'WRONG_PASSPHRASE');
      expect((await service.getMyProfile()).profile?.role).toBe('reporter');
      expectRefused(await call('signOff', { subject: { draftId } }));
      expect((await service.listDrafts()).find((d) => d.id === draftId)?.status).not.toBe('approved');
      picked.folder = path.join(dir.path, 'final');
      mkdirSync(picked.folder);
      expectRefused(await call('exportDraft', { draftId, format: 'html', final: true }));
      expect(readdirSync(picked.folder)).toEqual([]);
    });
  });

  describe('attack 5: writing files anywhere', () => {
    it('an export goes only to the folder main’s own picker returned, and replaces nothing there', async () => {
      const elsewhere = path.join(dir.path, 'elsewhere');
      mkdirSync(elsewhere);
      expectRefused(await call('exportDraft', { draftId, format: 'html', final: false, folder: elsewhere }), 'VALIDATION');
      expect(readdirSync(elsewhere)).toEqual([]);

      picked.folder = path.join(dir.path, 'chosen');
      mkdirSync(picked.folder);
      const first = await call('exportDraft', { draftId, format: 'text', final: false });
      expect(first).toMatchObject({ ok: true, value: { status: 'exported' } });
      const [name] = readdirSync(picked.folder);
      writeFileSync(path.join(picked.folder, name!), 'the reporter’s own notes');
      expect(await call('exportDraft', { draftId, format: 'text', final: false })).toMatchObject({ ok: true, value: { status: 'exported', renamed: true } });
      expect(readFileSync(path.join(picked.folder, name!), 'utf8')).toBe('the reporter’s own notes');
      expect(readdirSync(elsewhere)).toEqual([]);
    });

    it('a cancelled picker writes nothing', async () => {
      expect(await call('exportDraft', { draftId, format: 'markdown', final: false })).toMatchObject({ ok: true, value: { status: 'cancelled' } });
    });
  });

  describe('attack 7: smaller gaps', () => {
    it('burning an identity needs the passphrase, not only the label', async () => {
      const sourceId = seeded.sourceIds.trader;
      const label = burnConfirmationText((await service.listSources({})).find((s) => s.id === sourceId)!);
      expectRefused(await call('burnIdentity', { sourceId, confirmation: label }), 'VALIDATION');
      expectRefused(await call('burnIdentity', { sourceId, confirmation: label, passphrase: 'a wrong passphrase here' }), 'WRONG_PASSPHRASE');
      expect((await service.identityTerms()).some((t) => t.sourceId === sourceId)).toBe(true);
    });

    it('the renderer cannot keep the vault unlocked by itself: there is no activity call', async () => {
      expectRefused(await call('reportActivity'), 'VALIDATION');
    });

    it('identities stay hidden without a reveal: copying a term is refused', async () => {
      expectRefused(await call('copyIdentityTerm', { sourceId: seeded.sourceIds.boatman, index: 0 }), 'LOCKED');
    });
  });
});
