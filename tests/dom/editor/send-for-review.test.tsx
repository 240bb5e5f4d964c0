import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Contact, MyProfile } from '../../../common/domain/people';
import { DraftsPage } from '../../../renderer/src/drafts/drafts-page';
import { FrameContext, type FrameActions } from '../../../renderer/src/frame/frame-context';
import { withIntl } from '../with-intl';
import { fakeId, installFakeDraftsApi, type FakeDraftsOptions } from './fake-drafts-api';
import { BORDER, DRAFT, SOURCES, STATEMENTS, citation, openDraft, paragraph } from './render-drafts';

// "Send for review…" from the editor's top bar and from the drafts list: the draft comes
// preselected, sending puts it in review, and a vault without a profile or an editor is told
// what to set up and where.

const ME: MyProfile = { name: 'Ana Reyes', role: 'reporter', fingerprint: '15207 56601 31364 96875 53141 01080', keyString: 'shieldnote-key-1:x' };
const MINA: Contact = { id: fakeId(90), name: 'Mina Cho', role: 'editor', fingerprint: '40112 70923 11873 00412 99120 55001', addedAt: '2025-05-01T10:00:00.000Z' };
const LEE: Contact = { id: fakeId(91), name: 'Lee Jun', role: 'reporter', fingerprint: '11111 22222 33333 44444 55555 66666', addedAt: '2025-05-01T10:00:00.000Z' };
const CITED = { type: 'doc', content: [paragraph('The border shuts, ', citation('c1', [BORDER]), '.')] };

/** The drafts page inside a frame whose navigate and notify are spies. */
function renderInFrame(options: FakeDraftsOptions) {
  const fake = installFakeDraftsApi({ sources: SOURCES, statements: STATEMENTS, ...options });
  const frame: FrameActions = { navigate: vi.fn(), notify: vi.fn(), openQuickAdd: vi.fn() };
  const user = userEvent.setup();
  render(
    withIntl(
      <FrameContext value={frame}>
        <DraftsPage />
      </FrameContext>,
    ),
  );
  return { fake, frame, user };
}

const draftWith = (title: string) => [{ meta: { id: DRAFT, title }, body: CITED as never }];

describe('send for review', () => {
  it('opens from the editor with the draft chosen, saves pending edits first, and shows the draft in review', async () => {
    const { user, fake } = await openDraft(CITED, { profile: ME, contacts: [LEE, MINA] });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' at night');
    const button = screen.getByRole('button', { name: 'Send for review…' });
    await user.click(button);

    const dialog = await screen.findByRole('dialog', { name: 'Send for review' });
    // The title typed a moment ago was saved before the dialog opened.
    expect(fake.draft(DRAFT)!.meta.title).toBe('Border story at night');
    // The draft it was opened from is named, not offered among the others: the choice is the editor.
    expect(within(dialog).getByText('Draft: “Border story at night”')).toBeTruthy();
    expect(within(dialog).queryByRole('combobox', { name: 'Draft' })).toBeNull();
    const editor = within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Editor' });
    // Only editors are offered.
    expect(within(editor).getAllByRole('option').map((o) => o.textContent)).toEqual(['Mina Cho · 40112 70923…']);
    expect(document.activeElement).toBe(editor);

    // Escape closes; focus goes back to the button.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(fake.callsTo('sendForReview')).toEqual([]);

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: 'Send for review' });
    await user.click(within(again).getByRole('button', { name: 'Save package…' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('sendForReview').map((c) => c.input)).toEqual([{ draftId: DRAFT, contactId: MINA.id, includeIdentities: false }]);
    await waitFor(() => expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status' }).value).toBe('in-review'));
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('sends identities only with the passphrase typed, for main to check', async () => {
    const { user, fake } = await openDraft(CITED, { profile: ME, contacts: [MINA] });
    await user.click(screen.getByRole('button', { name: 'Send for review…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send for review' });
    expect(within(dialog).queryByLabelText('Your passphrase')).toBeNull();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Include the cited sources’ identities' }));
    const field = within(dialog).getByLabelText('Your passphrase');
    await user.click(within(dialog).getByRole('button', { name: 'Save package…' }));
    expect(within(dialog).getByText('Type your passphrase to send the identities.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsTo('sendForReview')).toEqual([]);
    await user.type(field, 'amber lantern');
    await user.click(within(dialog).getByRole('button', { name: 'Save package…' }));
    await waitFor(() => expect(fake.callsTo('sendForReview').map((c) => c.input)).toEqual([{ draftId: DRAFT, contactId: MINA.id, includeIdentities: true, passphrase: 'amber lantern' }]));
  });

  it('keeps Tab inside the dialog', async () => {
    const { user } = await openDraft(CITED, { profile: ME, contacts: [MINA] });
    await user.click(screen.getByRole('button', { name: 'Send for review…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send for review' });
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
  });

  it('says to create a profile first, with a way to the People screen', async () => {
    const { user, frame } = renderInFrame({ drafts: draftWith('Border story'), profile: null, contacts: [] });
    await user.click(await screen.findByRole('button', { name: 'Border story' }));
    await user.click(await screen.findByRole('button', { name: 'Send for review…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send for review' });
    expect(dialog.textContent).toContain('Create your profile on the People screen first');
    expect(within(dialog).queryByRole('button', { name: 'Save package…' })).toBeNull();
    const people = within(dialog).getByRole('button', { name: 'Go to People' });
    expect(document.activeElement).toBe(people);
    await user.keyboard('{Enter}');
    expect(frame.navigate).toHaveBeenCalledWith({ page: 'people' });
  });

  it('says to add an editor when the profile has no editor contact', async () => {
    const { user } = renderInFrame({ drafts: draftWith('Border story'), profile: ME, contacts: [LEE] });
    await user.click(await screen.findByRole('button', { name: 'Send for review: “Border story”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send for review' });
    expect(dialog.textContent).toContain('Add your editor as a contact on the People screen first');
    expect(within(dialog).getByRole('button', { name: 'Go to People' })).toBeTruthy();
    expect(within(dialog).queryByRole('combobox', { name: 'Editor' })).toBeNull();
  });

  it('sends from the drafts list: the row shows “In review” and focus stays on its button', async () => {
    const { user, frame, fake } = renderInFrame({
      drafts: [...draftWith('Border story'), { meta: { id: fakeId(51), title: 'No citations yet' } }],
      profile: ME,
      contacts: [MINA],
    });
    await screen.findByRole('table');
    // A draft that cites nothing has nothing to review.
    expect(screen.queryByRole('button', { name: 'Send for review: “No citations yet”' })).toBeNull();
    const row = screen.getByRole('row', { name: /Border story/ });
    expect(row.textContent).toContain('Drafting');
    const button = within(row).getByRole('button', { name: 'Send for review: “Border story”' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Send for review' });
    expect(within(dialog).getByRole<HTMLSelectElement>('combobox', { name: 'Draft' }).value).toBe(DRAFT);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Include the cited sources’ identities' }));
    await user.type(within(dialog).getByLabelText('Your passphrase'), 'amber lantern');
    await user.click(within(dialog).getByRole('button', { name: 'Save package…' }));
    await waitFor(() => expect(screen.getByRole('row', { name: /Border story/ }).textContent).toContain('In review'));
    expect(fake.callsTo('sendForReview').at(-1)!.input).toEqual({ draftId: DRAFT, contactId: MINA.id, includeIdentities: true, passphrase: 'amber lantern' });
    expect(vi.mocked(frame.notify).mock.calls.at(-1)![0]).toContain('Review package for Mina Cho saved as review.snreview');
    await waitFor(() => expect(document.activeElement).toBe(button));
  });
});
