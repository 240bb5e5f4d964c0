import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../common/domain/draft';
import { saveProfile } from '../../main/features/profile';
import type { ShieldnoteService } from '../../main/service/shieldnote-service';
import { type SeededStory, seededStoryDoc } from '../support/seed-story';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { storyVaultEachTest } from '../support/vault-each-test';

// Review in one vault through the service: decisions recorded with the profile, sign-off only
// when everything is approved, edits reopening exactly the approvals they touched.

describe('editor review in the service', () => {
  let service: ShieldnoteService;
  let seeded: SeededStory;
  let draftId: string;
  let doc: DocNode;

  storyVaultEachTest(async (story) => {
    ({ service, seeded } = story);
    doc = seededStoryDoc(seeded);
    const draft = await service.createDraft({ title: 'Smuggling on the Yalu', byline: 'Staff reporter' });
    draftId = draft.meta.id;
    await service.saveDraftBody({ id: draftId, baseRevision: 1, body: doc });
  });

  const subject = () => ({ draftId });
  const asEditor = () => saveProfile(service.requireVault(), { name: 'Mina Cho', role: 'editor', passphrase: STRONG_PASSPHRASE });
  // A draft written in this vault is self-approved: the sign-off takes the passphrase.
  const signOff = () => service.signOff({ subject: subject(), passphrase: STRONG_PASSPHRASE });
  async function approveAll() {
    let view = await service.getReview({ subject: subject() });
    for (const c of view.citations) view = await service.decideCitation({ subject: subject(), citationKey: c.key, state: 'approved' });
    return view;
  }

  it('refuses decisions without an editor profile, and before the draft is sent for review', async () => {
    await expect(service.decideCitation({ subject: subject(), citationKey: 'cit1', state: 'approved' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await saveProfile(service.requireVault(), { name: 'Ana Reyes', role: 'reporter' });
    await expect(service.decideCitation({ subject: subject(), citationKey: 'cit1', state: 'approved' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await asEditor();
    await expect(service.decideCitation({ subject: subject(), citationKey: 'cit1', state: 'approved' })).rejects.toThrow(/not been sent for review/);
  });

  it('records who decided, needs a comment to flag, and signs off only when all is approved', async () => {
    await asEditor();
    await service.setDraftStatus({ id: draftId, status: 'in-review' });
    await expect(service.decideCitation({ subject: subject(), citationKey: 'cit3', state: 'flagged', comment: ' ' })).rejects.toMatchObject({ code: 'VALIDATION' });
    let view = await service.decideCitation({ subject: subject(), citationKey: 'cit3', state: 'flagged', comment: 'Is this the boatman’s own sighting?' });
    expect(view.citations[2]!.decision).toMatchObject({ state: 'flagged', comment: 'Is this the boatman’s own sighting?', by: { name: 'Mina Cho', role: 'editor' } });
    await expect(signOff()).rejects.toThrow(/1 citation is flagged/);
    view = await approveAll();
    expect(view.signOffBlockers).toEqual([]);
    view = await signOff();
    expect(view.status).toBe('approved');
    expect(view.signOff).toMatchObject({ by: { name: 'Mina Cho' }, bodyRevision: 2, selfApproved: true });
    expect((await service.listDrafts({})).find((d) => d.id === draftId)).toMatchObject({ status: 'approved', selfApproved: true });
    await expect(service.requireFinalExportable(draftId)).resolves.toBeUndefined();
    const audit = await service.listAudit({});
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['review.flagged', 'review.approved', 'review.signed-off']));
    expect(audit.find((a) => a.action === 'review.signed-off')!.detail).toMatch(/self-approved \(written in this vault; passphrase confirmed\)/);
    expect(audit.find((a) => a.action === 'review.flagged')!.detail).toMatch(/citation 3 \(“a separate source in China”\): Is this/);
  });

  it('an edit to one cited passage reopens that approval only, and moves the draft back to in review', async () => {
    await asEditor();
    await service.setDraftStatus({ id: draftId, status: 'in-review' });
    await approveAll();
    await signOff();
    const edited = structuredClone(doc);
    const para = edited.content![4]!.content!;
    para[0] = { ...para[0]!, text: 'Last week ' };
    const meta = await service.saveDraftBody({ id: draftId, baseRevision: 2, body: edited });
    expect(meta.status).toBe('in-review');
    const view = await service.getReview({ subject: subject() });
    expect(view.citations.map((c) => c.decision.state)).toEqual(['approved', 'approved', 'approved', 'open', 'approved', 'approved']);
    expect(view.reopened).toMatchObject({ citationKeys: ['cit4'] });
    expect(view.signOff).toBeNull();
    await expect(service.requireFinalExportable(draftId)).rejects.toThrow(/needs an editor’s approval/);
  });

  it('an edit of unrelated text reopens nothing; an edited statement reopens the citations of it', async () => {
    await asEditor();
    await service.setDraftStatus({ id: draftId, status: 'in-review' });
    await approveAll();
    const edited = structuredClone(doc);
    edited.content!.push({ type: 'paragraph', content: [{ type: 'text', text: 'Rice prices held steady.' }] });
    await service.saveDraftBody({ id: draftId, baseRevision: 2, body: edited });
    expect((await service.getReview({ subject: subject() })).counts).toEqual({ open: 0, approved: 6, flagged: 0 });

    const coal = seeded.statements.find((s) => s.sourceId === seeded.sourceIds.watcher)!;
    const { id, revision: _r, history: _h, attachments: _a, archived: _x, createdAt: _c, updatedAt: _u, ...fields } = coal;
    await service.saveStatement({ ...fields, id, text: 'A pile of coal sits near Sinuiju.' });
    const view = await service.getReview({ subject: subject() });
    expect(view.citations.filter((c) => c.decision.state === 'open').map((c) => c.number)).toEqual([4, 5]);
  });

  it('links statements of different sources as corroborating, and counts them per citation', async () => {
    const [trader0] = seeded.statements;
    const boat = seeded.statements.find((s) => s.sourceId === seeded.sourceIds.boatman)!;
    await expect(service.linkCorroboration({ statementIds: [trader0!.id, seeded.statements[1]!.id], linked: true })).rejects.toMatchObject({ code: 'VALIDATION' });
    const links = await service.linkCorroboration({ statementIds: [boat.id, trader0!.id], linked: true });
    expect(links).toHaveLength(1);
    const view = await service.getReview({ subject: subject() });
    expect(view.citations[1]!.corroboration).toMatchObject({ count: 1, labels: ['a source in China'], statementIds: [boat.id] });
    expect(await service.linkCorroboration({ statementIds: [trader0!.id, boat.id], linked: false })).toEqual([]);
  });

  it('taking an approved draft back by hand withdraws the sign-off; approved cannot be set by hand', async () => {
    await asEditor();
    await service.setDraftStatus({ id: draftId, status: 'in-review' });
    await approveAll();
    await signOff();
    await expect(service.setDraftStatus({ id: draftId, status: 'approved' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await service.setDraftStatus({ id: draftId, status: 'drafting' });
    expect((await service.getReview({ subject: subject() })).signOff).toBeNull();
  });
});
