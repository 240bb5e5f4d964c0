import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../common/api/errors';
import type { Reviewer } from '../../common/domain/review';
import { buildReviewView, type ReviewView } from '../../common/review/review-view';
import { ReviewPage } from '../../renderer/src/review/review-page';
import { reviewFixture } from '../support/review-fixture';

// The review screen over the pure view: what an editor sees and does, found by role and label.

const editor: Reviewer = { name: 'Mina Cho', role: 'editor', fingerprint: '11111 22222 33333 44444 55555 66666' };

function installReviewApi(viewer: Reviewer | null = editor) {
  const input = { ...reviewFixture(), viewer };
  const view = () => buildReviewView(input);
  const ok = (value: ReviewView): ApiResult<ReviewView> => ({ ok: true, value });
  const api = {
    getReview: async () => ok(view()),
    decideCitation: async ({ citationKey, state, comment }: { citationKey: string; state: 'approved' | 'flagged' | 'open'; comment?: string }) => {
      const citation = view().citations.find((c) => c.key === citationKey)!;
      input.review.decisions = input.review.decisions.filter((d) => d.citationKey !== citationKey);
      if (state !== 'open') input.review.decisions.push({ citationKey, state, ...(comment ? { comment } : {}), by: editor, at: new Date().toISOString(), passageHash: citation.passageHash });
      return ok(view());
    },
    // Main checks the passphrase of a self sign-off; this fake knows one.
    signOff: async ({ passphrase }: { passphrase?: string }): Promise<ApiResult<ReviewView>> => {
      if (passphrase !== 'amber lantern') return { ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'That passphrase is not right. The draft was not signed off.' } };
      input.review.signOff = { by: editor, at: new Date().toISOString(), bodyRevision: 2, selfApproved: true };
      input.meta.status = 'approved';
      return ok(view());
    },
    tickChecklist: async ({ item, checked }: { item: 1 | 2 | 4 | 10; checked: boolean }) => {
      input.review.ticks = checked ? [...input.review.ticks, { item, checked, by: editor, at: new Date().toISOString() }] : input.review.ticks.filter((t) => t.item !== item);
      return ok(view());
    },
    linkCorroboration: async () => ({ ok: true, value: [] }),
  };
  Object.defineProperty(window, 'shieldnote', { value: api, configurable: true });
  return input;
}

function renderReview() {
  return render(<ReviewPage subject={{ draftId: 'd'.repeat(32) }} backLabel="Back to drafts" onBack={() => {}} />);
}

describe('review screen', () => {
  it('lists every citation in order and moves through them with j/k and the arrow keys', async () => {
    installReviewApi();
    renderReview();
    const list = await screen.findByRole('listbox', { name: 'Citations in story order' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      '1Citation 1: Daily NK sources in ChinaNot reviewed',
      '2Citation 2: a source based in China on May 5Not reviewed',
      '3Citation 3: a separate source in ChinaNot reviewed',
      '4Citation 4: a Daily NK sourceNot reviewed',
      '5Citation 5: The sourceNot reviewed',
      '6Citation 6: the initial sourceNot reviewed',
    ]);
    list.focus();
    await userEvent.keyboard('jj');
    expect(within(list).getByRole('option', { selected: true }).textContent).toContain('a separate source in China');
    expect(screen.getByRole('heading', { name: 'Citation 3 of 6' })).toBeTruthy();
    await userEvent.keyboard('{ArrowUp}');
    expect(within(list).getByRole('option', { selected: true }).textContent).toContain('a source based in China on May 5');
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Citation 2 of 6' }));
    // The sentence, the quote checked against the record, the source profile.
    expect(screen.getByRole('blockquote', { name: 'The sentence as published' }).textContent).toMatch(/far fewer officers along the river,” said a source based in China on May 5\./);
    expect(screen.getByText('The quote matches the recorded statement word for word.')).toBeTruthy();
    const profile = screen.getByLabelText('Profile of a source based in China');
    expect(within(profile).getByText('Chinese police question traders who talk to foreign media about cross-border trade.')).toBeTruthy();
  });

  it('flags need a comment; sign-off is disabled until every citation is approved, and says why', async () => {
    installReviewApi();
    renderReview();
    const signOff = await screen.findByRole('button', { name: 'Sign off' });
    expect((signOff as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('list', { name: 'Not yet possible because' }).textContent).toContain('6 citations are not yet approved.');

    await userEvent.click(screen.getByRole('button', { name: 'Flag citation 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Flag citation' }));
    expect(screen.getByRole('textbox', { name: 'What is wrong with citation 1?' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/a flag needs a comment/)).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: 'What is wrong with citation 1?' }), 'Two sources, or one?');
    await userEvent.click(screen.getByRole('button', { name: 'Flag citation' }));
    // A decision moves on to the next citation still open.
    expect(await screen.findByRole('heading', { name: 'Citation 2 of 6' })).toBeTruthy();
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]!.textContent).toMatch(/Flagged$/);
    for (let n = 1; n <= 5; n++) await userEvent.click(await screen.findByRole('button', { name: `Approve citation ${n + 1}` }));
    expect(screen.getByRole('list', { name: 'Not yet possible because' }).textContent).toContain('1 citation is flagged.');
    await userEvent.click(within(screen.getByRole('listbox')).getAllByRole('option')[0]!);
    expect(screen.getByText('Two sources, or one?')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Approve citation 1' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Sign off' }) as HTMLButtonElement).disabled).toBe(false));
    // A draft of this vault: signing it off is a self-approval, on the passphrase.
    expect(screen.getByText(/signing it off is a self-approval/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Sign off' }));
    expect(screen.getByText('Type your passphrase to self-approve this draft.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Your passphrase'), 'wrong words{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('That passphrase is not right. The draft was not signed off.');
    expect(screen.getByRole('button', { name: 'Sign off' })).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('Your passphrase'));
    await userEvent.type(screen.getByLabelText('Your passphrase'), 'amber lantern{Enter}');
    expect(await screen.findByText(/Self-approved: Signed off by Mina Cho \(editor\) in the vault the draft was written in/)).toBeTruthy();
    expect(screen.getAllByText('Self-approved').length).toBeGreaterThan(0);
  });

  it('shows the checklist: automatic items with pass or check and the reason, manual items as ticks', async () => {
    installReviewApi();
    renderReview();
    const checklist = await screen.findByRole('region', { name: 'Checklist' });
    expect(within(checklist).getByText(/9\./).closest('li')!.textContent).toMatch(/Check.*single anonymous source.*Citations 2, 3, 4, 5, 6 rest on a single anonymous source/);
    const tick = within(checklist).getByRole('checkbox', { name: /An editor knows who each anonymous source is/ });
    await userEvent.click(tick);
    expect(await within(checklist).findByText(/Ticked by Mina Cho/)).toBeTruthy();
  });

  it('offers a reporter no decisions, only the explanation', async () => {
    installReviewApi({ ...editor, name: 'Ana Reyes', role: 'reporter' });
    renderReview();
    expect(await screen.findByText('An editor approves or flags each citation. Send the draft to your editor for review.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign off' })).toBeNull();
  });
});
