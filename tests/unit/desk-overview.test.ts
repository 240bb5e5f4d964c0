import { describe, expect, it } from 'vitest';
import { DESK_LIMITS } from '../../common/domain/desk-overview';
import { saveProfile } from '../../main/features/profile';
import type { ShieldnoteService } from '../../main/service/shieldnote-service';
import { SOURCES } from '../fixtures/border-story';
import { type SeededStory, seededStoryDoc } from '../support/seed-story';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { storyVaultEachTest } from '../support/vault-each-test';

// The desk page's one call: what blocks each draft, which sources need a look, safety facts,
// recent statements; each list bounded.

describe('getDesk', () => {
  let service: ShieldnoteService;
  let seeded: SeededStory;

  storyVaultEachTest((story) => ({ service, seeded } = story));

  async function storyDraft(title: string) {
    const doc = seededStoryDoc(seeded);
    const draft = await service.createDraft({ title, byline: 'Staff reporter' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
    return { id: draft.meta.id, doc };
  }

  it('says what blocks each draft: leaks, flags, reopened approvals, a missing sign-off', async () => {
    const { id, doc } = await storyDraft('Smuggling on the Yalu');
    let desk = await service.getDesk();
    expect(desk.drafts).toHaveLength(1);
    expect(desk.drafts[0]).toMatchObject({ id, status: 'drafting', blockers: { flagged: 0, openLeaks: 0, reopened: 0, missingSignOff: false } });

    await saveProfile(service.requireVault(), { name: 'Mina Cho', role: 'editor', passphrase: STRONG_PASSPHRASE });
    await service.setDraftStatus({ id, status: 'in-review' });
    const view = await service.getReview({ subject: { draftId: id } });
    const [first, second] = view.citations;
    await service.decideCitation({ subject: { draftId: id }, citationKey: first!.key, state: 'approved' });
    await service.decideCitation({ subject: { draftId: id }, citationKey: second!.key, state: 'flagged', comment: 'Who saw this?' });

    // An edit to the approved passage reopens it; a typed name is a leak.
    const name = SOURCES[0]!.identity[0]!.value;
    const edited = structuredClone(doc);
    const paragraph = edited.content!.find((b) => b.content?.some((n) => n.type === 'citation' && n.attrs?.citationId === first!.key))!;
    const at = paragraph.content!.findIndex((n) => n.type === 'citation' && n.attrs?.citationId === first!.key);
    paragraph.content!.splice(at, 0, { type: 'text', text: ` near ${name}’s house ` });
    await service.saveDraftBody({ id, baseRevision: 2, body: edited });

    desk = await service.getDesk();
    expect(desk.drafts[0]!.blockers).toEqual({ flagged: 1, openLeaks: expect.any(Number), reopened: 1, missingSignOff: true });
    expect(desk.drafts[0]!.blockers.openLeaks).toBeGreaterThan(0);
  });

  it('lists sources with a small pool, a bare label, or cited with no identity; a nickname is checked by the leak guard', async () => {
    const bare = await service.saveSource({ label: { adjective: '', noun: 'source', qualifier: '' }, nickname: 'Uncle Baek', access: '', anonymityReason: '', reliability: 'new', poolSize: 4, notes: '' });
    const [statement] = await service.saveStatements({ statements: [{ sourceId: bare.id, text: 'The boats left at dawn.', kind: 'paraphrase', saidOn: '2024-05-05', channel: 'phone', notes: '', tags: [] }] });
    const draft = await service.createDraft({ title: 'Dawn boats, says Uncle Baek' });
    await service.saveDraftBody({
      id: draft.meta.id,
      baseRevision: 1,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Boats left at dawn, ' }, { type: 'citation', attrs: { citationId: 'c1', statementIds: [statement!.id], revisions: [1], override: null, customText: null, showDate: false, outlet: '' } }, { type: 'text', text: '.' }] }] },
    });
    const desk = await service.getDesk();
    const listed = desk.sources.find((s) => s.id === bare.id);
    expect(listed).toMatchObject({ nickname: 'Uncle Baek', issues: ['small-pool', 'bare-label', 'no-identity'] });
    // The fixture's sources have identities and fair labels: none of them is listed.
    for (const id of Object.values(seeded.sourceIds)) expect(desk.sources.some((s) => s.id === id)).toBe(false);
    expect(desk.drafts.find((d) => d.id === draft.meta.id)!.blockers.openLeaks).toBe(1);
  });

  it('reports the newest backup, the last verify and travel mode, and the newest statements', async () => {
    let desk = await service.getDesk();
    expect(desk.safety.lastVerify).toBeNull();
    expect(desk.safety.travel).toEqual({ away: false, since: null });
    const backup = await service.backUpNow();
    const report = await service.verifyVault();
    desk = await service.getDesk();
    expect(desk.safety.newestBackup).toEqual({ createdAt: backup.createdAt });
    expect(desk.safety.lastVerify).toEqual({ at: report.checkedAt, damaged: 0 });
    expect(desk.recentStatements).toHaveLength(DESK_LIMITS.statements);
    expect(desk.counts).toMatchObject({ sources: SOURCES.length, statements: seeded.statements.length });
  });

  it('bounds the drafts it lists and says how many more there are', async () => {
    for (let i = 0; i < DESK_LIMITS.drafts + 3; i++) await service.createDraft({ title: `Draft ${i}` });
    const desk = await service.getDesk();
    expect(desk.drafts).toHaveLength(DESK_LIMITS.drafts);
    expect(desk.moreDrafts).toBe(3);
  });
});
