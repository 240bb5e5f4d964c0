import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeId } from './fake-library';
import { STRONG_PASSPHRASE, goTo, notices, renderUnlocked, valueOf } from './render-app';

const KIM = fakeId(1);
const OTHER = fakeId(2);

const library = {
  sources: [
    {
      id: KIM,
      label: { noun: 'official', qualifier: 'in Dandong', adjective: 'North Korean' },
      access: 'Works at the customs office.',
      reliability: 'established' as const,
      poolSize: 40,
      identity: [
        { kind: 'name' as const, value: 'Kim Chol-su', isPublic: false },
        { kind: 'name' as const, value: '김철수', isPublic: false },
        { kind: 'phone' as const, value: '+86 139 0000 0000', isPublic: false },
      ],
    },
    { id: OTHER, label: { noun: 'trader', qualifier: 'based in Sinuiju' } },
  ],
  statements: [
    { sourceId: KIM, text: 'The trucks cross at night.', saidOn: '2024-05-03' },
    { sourceId: KIM, text: 'Nobody checks the second gate.' },
  ],
};

async function openKim(user: Awaited<ReturnType<typeof renderUnlocked>>['user']) {
  await goTo(user, 'Sources');
  await user.click(within(screen.getByRole('list', { name: 'Sources' })).getByRole('button', { name: /^a North Korean official in Dandong/ }));
  return screen.findByRole('heading', { level: 1, name: 'A North Korean official in Dandong' });
}

describe('sources list', () => {
  it('lists sources by first-mention label with reliability and statement count', async () => {
    const { user } = await renderUnlocked(library);
    await goTo(user, 'Sources');
    const rows = within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('button');
    expect(rows.map((row) => row.textContent)).toEqual([
      'a North Korean official in Dandong Reliable in the past · 2 statements',
      'a trader based in Sinuiju Not yet assessed · 0 statements',
    ]);
  });

  it('hides archived sources behind "Show archived"', async () => {
    const { user } = await renderUnlocked({ sources: [...library.sources, { label: { noun: 'driver', qualifier: 'in Hyesan' }, archived: true }] });
    await goTo(user, 'Sources');
    expect(screen.queryByText('a driver in Hyesan')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    expect(screen.getByText('a driver in Hyesan')).toBeTruthy();
  });
});

describe('source form', () => {
  it('previews every form of the label as it is typed', async () => {
    const { user } = await renderUnlocked();
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: 'New source' }));
    await screen.findByRole('heading', { level: 1, name: 'New source' });
    const preview = screen.getByRole('region', { name: 'Label preview' });
    expect(preview.getAttribute('aria-live')).toBe('polite');

    await user.type(screen.getByLabelText('Noun'), 'source');
    expect(within(preview).getByText('a source')).toBeTruthy();
    await user.type(screen.getByLabelText('Qualifier'), 'based in China');

    const form = (term: string) => within(preview).getByText(term).nextElementSibling?.textContent;
    expect(form('First mention')).toBe('a source based in China');
    expect(form('A second, separate source')).toBe('a separate source in China');
    expect(form('Back-reference')).toBe('the source');
    expect(form('Among several alike')).toBe('the initial source');
    expect(form('Several together')).toBe('sources in China');

    await user.type(screen.getByLabelText('Adjective'), 'North Korean');
    expect(form('First mention')).toBe('a North Korean source based in China');
  });

  it('warns about a bare label and a small pool of people', async () => {
    const { user } = await renderUnlocked();
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: 'New source' }));
    const bare = 'A bare label tells readers nothing; add a place, affiliation or position.';
    const small = 'Fewer than 10 people fit this label: it may identify the source.';

    expect(screen.queryByText(bare)).toBeNull(); // nothing typed yet: nothing to judge
    await user.type(screen.getByLabelText('Noun'), 'official');
    expect(screen.getByText(bare)).toBeTruthy();
    await user.type(screen.getByLabelText('Qualifier'), 'at the ministry');
    expect(screen.queryByText(bare)).toBeNull();

    const pool = screen.getByLabelText('People who fit this label');
    await user.type(pool, '4');
    expect(screen.getByText(small)).toBeTruthy();
    expect(pool.getAttribute('aria-describedby')).toContain(screen.getByText(small).id);
    await user.type(pool, '0');
    expect(screen.queryByText(small)).toBeNull();
  });

  it('creates a source and opens it', async () => {
    const { user, fake } = await renderUnlocked();
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: 'New source' }));
    await user.type(screen.getByLabelText('Noun'), 'source');
    await user.type(screen.getByLabelText('Qualifier'), 'based in China');
    await user.type(screen.getByLabelText('How they know'), 'Runs a trading company.');
    await user.type(screen.getByLabelText('Why anonymity was granted'), 'Would lose the licence.');
    await user.selectOptions(screen.getByLabelText('Reliability'), 'New, no track record');
    await user.click(screen.getByRole('button', { name: 'Save source' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'A source based in China' })).toBeTruthy();
    expect(fake.callsTo('saveSource')[0]?.input).toEqual({
      label: { adjective: '', noun: 'source', qualifier: 'based in China' },
      access: 'Runs a trading company.',
      anonymityReason: 'Would lose the licence.',
      reliability: 'new',
      poolSize: null,
      notes: '',
      nickname: '',
    });
    expect(within(notices()).getByText('Source saved.')).toBeTruthy();
    expect(screen.getByText('No identity recorded.')).toBeTruthy();
  });

  it('refuses a label without a noun, before asking main', async () => {
    const { user, fake } = await renderUnlocked();
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: 'New source' }));
    await user.type(screen.getByLabelText('Qualifier'), 'in Seoul');
    await user.click(screen.getByRole('button', { name: 'Save source' }));
    const noun = screen.getByLabelText('Noun');
    await waitFor(() => expect(document.activeElement).toBe(noun));
    expect(noun.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The label needs a noun, such as “source” or “official”')).toBeTruthy();
    expect(fake.callsTo('saveSource')).toHaveLength(0);
  });

  it('shows the error from main', async () => {
    const { user, fake } = await renderUnlocked();
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: 'New source' }));
    await user.type(screen.getByLabelText('Noun'), 'source');
    fake.failNext('saveSource', 'IO', 'The vault could not be written.');
    await user.click(screen.getByRole('button', { name: 'Save source' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The vault could not be written.');
  });
});

describe('identity', () => {
  it('stays hidden after a wrong passphrase', async () => {
    const { user, fake } = await renderUnlocked(library);
    await openKim(user);
    const panel = screen.getByRole('region', { name: 'Identity' });
    expect(within(panel).getByText('Hidden')).toBeTruthy();
    expect(within(panel).getByText('2 names, 1 phone number')).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Reveal…' }));
    const field = within(panel).getByLabelText('Passphrase');
    await waitFor(() => expect(document.activeElement).toBe(field));
    await user.type(field, 'not it{Enter}');

    expect((await within(panel).findByRole('alert')).textContent).toBe('That passphrase is not right.');
    expect(valueOf(field)).toBe('');
    expect(within(panel).getByText('Hidden')).toBeTruthy();
    expect(screen.queryByText('Kim Chol-su')).toBeNull();
    expect(fake.callsTo('revealIdentity')[0]?.input).toEqual({ sourceId: KIM, passphrase: 'not it' });
  });

  it('reveals the terms with a countdown, then hides them when the time is up', async () => {
    const { user, fake } = await renderUnlocked({ ...library, identityRevealSeconds: 30 }, { fakeTimers: true });
    await openKim(user);
    const panel = screen.getByRole('region', { name: 'Identity' });
    await user.click(within(panel).getByRole('button', { name: 'Reveal…' }));
    await user.type(within(panel).getByLabelText('Passphrase'), `${STRONG_PASSPHRASE}{Enter}`);

    const terms = await within(panel).findByRole('list', { name: 'Identity terms' });
    expect(within(terms).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Name Kim Chol-su Copy',
      'Name 김철수 Copy',
      'Phone +86 139 0000 0000 Copy',
    ]);
    expect(within(panel).getByRole('timer').textContent).toBe('Hides in 30 s');

    act(() => vi.advanceTimersByTime(3_000));
    expect(within(panel).getByRole('timer').textContent).toBe('Hides in 27 s');

    act(() => vi.advanceTimersByTime(27_000));
    await waitFor(() => expect(screen.queryByText('Kim Chol-su')).toBeNull());
    expect(screen.queryByText('김철수')).toBeNull();
    expect(within(panel).getByText('Hidden')).toBeTruthy();
    expect(within(panel).queryByRole('timer')).toBeNull();
    await waitFor(() => expect(fake.callsTo('hideIdentity')).toHaveLength(1));
  });

  it('hides with the Hide button, and when leaving the page', async () => {
    const { user, fake } = await renderUnlocked(library);
    await openKim(user);
    const panel = screen.getByRole('region', { name: 'Identity' });
    const reveal = async () => {
      await user.click(within(panel).getByRole('button', { name: 'Reveal…' }));
      await user.type(within(panel).getByLabelText('Passphrase'), `${STRONG_PASSPHRASE}{Enter}`);
      await within(panel).findByText('Kim Chol-su');
    };
    await reveal();
    await user.click(within(panel).getByRole('button', { name: 'Hide' }));
    expect(screen.queryByText('Kim Chol-su')).toBeNull();
    expect(fake.callsTo('hideIdentity')).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Reveal…' })));

    await reveal();
    await user.click(screen.getByRole('button', { name: 'Back to sources' }));
    await screen.findByRole('list', { name: 'Sources' });
    expect(screen.queryByText('Kim Chol-su')).toBeNull();
    await waitFor(() => expect(fake.callsTo('hideIdentity')).toHaveLength(2));
    expect(fake.library.revealed.size).toBe(0);
  });

  it('forgets a revealed identity on lock', async () => {
    const { user } = await renderUnlocked(library);
    await openKim(user);
    const panel = screen.getByRole('region', { name: 'Identity' });
    await user.click(within(panel).getByRole('button', { name: 'Reveal…' }));
    await user.type(within(panel).getByLabelText('Passphrase'), `${STRONG_PASSPHRASE}{Enter}`);
    await within(panel).findByText('Kim Chol-su');
    await user.keyboard('{Control>}l{/Control}');
    await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' });
    expect(screen.queryByText('Kim Chol-su')).toBeNull();

    await user.type(screen.getByLabelText('Passphrase'), `${STRONG_PASSPHRASE}{Enter}`);
    await openKim(user);
    expect(within(screen.getByRole('region', { name: 'Identity' })).getByText('Hidden')).toBeTruthy();
    expect(screen.queryByText('Kim Chol-su')).toBeNull();
  });

  it('copies a term through main and says when the clipboard clears', async () => {
    const { user, fake } = await renderUnlocked(library, { clearsAfterSeconds: 20 });
    await openKim(user);
    const panel = screen.getByRole('region', { name: 'Identity' });
    await user.click(within(panel).getByRole('button', { name: 'Reveal…' }));
    await user.type(within(panel).getByLabelText('Passphrase'), `${STRONG_PASSPHRASE}{Enter}`);
    const phone = (await within(panel).findByText('+86 139 0000 0000')).closest('li')!;
    await user.click(within(phone).getByRole('button', { name: 'Copy' }));
    expect(await within(panel).findByText('Copied. Clears in 20 s')).toBeTruthy();
    expect(fake.callsTo('copyIdentityTerm')[0]?.input).toEqual({ sourceId: KIM, index: 2 });
    expect(fake.library.clipboard.text).toBe('+86 139 0000 0000');
  });

  it('edits the revealed identity and sends every term back', async () => {
    const { user, fake } = await renderUnlocked(library);
    await openKim(user);
    const panel = screen.getByRole('region', { name: 'Identity' });
    await user.click(within(panel).getByRole('button', { name: 'Reveal…' }));
    await user.type(within(panel).getByLabelText('Passphrase'), `${STRONG_PASSPHRASE}{Enter}`);
    await user.click(await within(panel).findByRole('button', { name: 'Edit identity' }));

    await user.click(within(within(panel).getByRole('group', { name: 'Term 2' })).getByRole('button', { name: 'Remove' }));
    await user.click(within(panel).getByRole('button', { name: 'Add term' }));
    const added = within(panel).getByRole('group', { name: 'Term 3' });
    await waitFor(() => expect(document.activeElement).toBe(within(added).getByLabelText('Value')));
    await user.selectOptions(within(added).getByLabelText('Kind'), 'Employer');
    await user.type(within(added).getByLabelText('Value'), 'Dandong customs');
    await user.click(within(added).getByRole('checkbox', { name: 'Public figure' }));
    await user.click(within(panel).getByRole('button', { name: 'Save identity' }));

    await within(panel).findByRole('list', { name: 'Identity terms' });
    expect(fake.callsTo('saveIdentity')[0]?.input).toEqual({
      sourceId: KIM,
      terms: [
        { kind: 'name', value: 'Kim Chol-su', isPublic: false },
        { kind: 'phone', value: '+86 139 0000 0000', isPublic: false },
        { kind: 'employer', value: 'Dandong customs', isPublic: true },
      ],
    });
    expect(within(panel).getByText('Public figure')).toBeTruthy();
  });

  it('adds an identity to a source that has none, write-only', async () => {
    const { user, fake } = await renderUnlocked(library);
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: /^a trader based in Sinuiju/ }));
    const panel = await screen.findByRole('region', { name: 'Identity' });
    expect(within(panel).getByText('No identity recorded.')).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Add identity…' }));
    await user.type(within(within(panel).getByRole('group', { name: 'Term 1' })).getByLabelText('Value'), 'Pak Yong-ho');
    await user.click(within(panel).getByRole('button', { name: 'Add term' }));
    const second = within(panel).getByRole('group', { name: 'Term 2' });
    await user.selectOptions(within(second).getByLabelText('Kind'), 'Handle');
    await user.type(within(second).getByLabelText('Value'), '@pak_trading');
    await user.click(within(panel).getByRole('button', { name: 'Save identity' }));

    expect(await within(panel).findByText('1 name, 1 handle')).toBeTruthy();
    expect(within(panel).getByText('Hidden')).toBeTruthy();
    expect(screen.queryByDisplayValue('Pak Yong-ho')).toBeNull();
    expect(screen.queryByText('Pak Yong-ho')).toBeNull();
    expect(fake.callsTo('saveIdentity')[0]?.input).toEqual({
      sourceId: OTHER,
      terms: [
        { kind: 'name', value: 'Pak Yong-ho', isPublic: false },
        { kind: 'handle', value: '@pak_trading', isPublic: false },
      ],
    });
    expect(fake.callsTo('revealIdentity')).toHaveLength(0);
  });
});

describe('deleting a source', () => {
  it('asks first, then offers to archive a source a draft cites', async () => {
    const { user, fake } = await renderUnlocked({ ...library, citedBy: { [KIM]: [{ id: fakeId(99), title: 'Smuggling on the Yalu' }] } });
    await openKim(user);
    const deleteButton = screen.getByRole('button', { name: 'Delete source…' });
    await user.click(deleteButton);

    const confirm = screen.getByRole('dialog', { name: 'Delete source?' });
    expect(confirm.getAttribute('aria-modal')).toBe('true');
    expect(within(confirm).getByText(/its 2 statements go too/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' })));
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    const cited = await screen.findByRole('dialog', { name: 'This source is cited in a draft' });
    expect(within(within(cited).getByRole('list')).getByText('Smuggling on the Yalu')).toBeTruthy();
    // Focus is trapped: Tab from the last button comes back to the first.
    const cancel = within(cited).getByRole('button', { name: 'Cancel' });
    const archive = within(cited).getByRole('button', { name: 'Archive instead' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    await user.tab();
    expect(document.activeElement).toBe(archive);
    await user.tab();
    expect(document.activeElement).toBe(cancel);

    await user.click(archive);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('setArchived')[0]?.input).toEqual({ kind: 'source', id: KIM, archived: true });
    expect(screen.getByText('Archived')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unarchive' })).toBeTruthy();
    expect(fake.library.sources.has(KIM)).toBe(true);
  });

  it('cancels with Escape and gives focus back', async () => {
    const { user, fake } = await renderUnlocked(library);
    await openKim(user);
    const deleteButton = screen.getByRole('button', { name: 'Delete source…' });
    await user.click(deleteButton);
    await screen.findByRole('dialog', { name: 'Delete source?' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(deleteButton);
    expect(fake.callsTo('deleteItem')).toHaveLength(0);
  });

  it('deletes, then undoes from the notice', async () => {
    const { user, fake } = await renderUnlocked(library);
    await openKim(user);
    await user.click(screen.getByRole('button', { name: 'Delete source…' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Delete source?' })).getByRole('button', { name: 'Delete' }));

    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    expect(screen.queryByText(/North Korean official/)).toBeNull();
    expect(within(notices()).getByText('Source deleted.')).toBeTruthy();
    expect(fake.library.statements.size).toBe(0);

    await user.click(within(notices()).getByRole('button', { name: 'Undo' }));
    expect(await within(notices()).findByText('Source restored.')).toBeTruthy();
    expect(await screen.findByText('a North Korean official in Dandong')).toBeTruthy();
    expect(fake.callsTo('undoDelete')[0]?.input).toEqual({ kind: 'source', id: KIM });
  });
});
