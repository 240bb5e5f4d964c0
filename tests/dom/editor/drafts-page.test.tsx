import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeId } from './fake-drafts-api';
import { renderDrafts } from './render-drafts';

const drafts = [
  { meta: { id: fakeId(60), title: 'Rice prices', status: 'in-review' as const, updatedAt: '2025-05-03T10:00:00.000Z', wordCount: 1234, citationCount: 3 } },
  { meta: { id: fakeId(61), title: 'Border crossings', updatedAt: '2025-05-05T10:00:00.000Z', wordCount: 80, citationCount: 1 } },
  { meta: { id: fakeId(62), title: '', updatedAt: '2025-05-04T10:00:00.000Z' } },
];

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('button')[0]!.textContent);

describe('drafts page', () => {
  it('lists drafts, filters by title and sorts', async () => {
    const { user } = renderDrafts({ drafts });
    expect(screen.getByRole('heading', { level: 1, name: 'Drafts' })).toBeTruthy();
    await screen.findByRole('table');
    expect(rowNames()).toEqual(['Border crossings', 'Untitled draft', 'Rice prices']);
    const rice = screen.getByRole('row', { name: /Rice prices/ });
    expect(rice.textContent).toContain('In review');
    expect(rice.textContent).toContain('1,234');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Title');
    expect(rowNames()).toEqual(['Border crossings', 'Rice prices', 'Untitled draft']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Status');
    expect(rowNames()).toEqual(['Border crossings', 'Untitled draft', 'Rice prices']);

    await user.type(screen.getByRole('searchbox', { name: 'Search drafts' }), 'rice');
    expect(rowNames()).toEqual(['Rice prices']);
    await user.type(screen.getByRole('searchbox', { name: 'Search drafts' }), 'zzz');
    expect(screen.getByText('No draft title matches “ricezzz”.')).toBeTruthy();
  });

  it('creates a draft, edits its title and goes back to the list', async () => {
    const { user, fake } = renderDrafts({ drafts });
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'New draft' }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(screen.getByRole('textbox', { name: 'Story text' })).toBeTruthy();
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeTruthy();
    await user.type(title, 'Night trains');
    await user.click(screen.getByRole('button', { name: 'Back to drafts' }));
    await screen.findByRole('table');
    expect(rowNames()).toContain('Night trains');
    expect(fake.callsTo('saveDraftMeta').at(-1)!.input).toMatchObject({ title: 'Night trains', dateline: '', byline: '' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Night trains' })));
  });

  it('deletes a draft after asking, and can undo', async () => {
    const { user, fake } = renderDrafts({ drafts });
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Delete “Rice prices”' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete draft?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(rowNames()).toEqual(['Border crossings', 'Untitled draft']));
    expect(fake.callsTo('deleteItem')[0]!.input).toEqual({ kind: 'draft', id: fakeId(60) });
    expect(screen.getByText('Draft “Rice prices” deleted.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowNames()).toContain('Rice prices'));
    expect(screen.getByText('Draft “Rice prices” restored.')).toBeTruthy();
  });

  it('shows approved drafts with a read-only status and offers only the reporter’s statuses', async () => {
    const { user } = renderDrafts({ drafts: [{ meta: { id: fakeId(70), title: 'Signed off', status: 'approved' } }, ...drafts] });
    await user.click(await screen.findByRole('button', { name: 'Signed off' }));
    const status = await screen.findByRole('combobox', { name: 'Status' });
    expect(status).toHaveProperty('disabled', true);
    expect(within(status).getAllByRole('option').map((o) => o.textContent)).toEqual(['Approved']);
    await user.click(screen.getByRole('button', { name: 'Back to drafts' }));
    await user.click(await screen.findByRole('button', { name: 'Rice prices' }));
    const editable = await screen.findByRole('combobox', { name: 'Status' });
    expect(within(editable).getAllByRole('option').map((o) => o.textContent)).toEqual(['Drafting', 'In review']);
    await user.selectOptions(editable, 'Drafting');
    await waitFor(() => expect((editable as HTMLSelectElement).value).toBe('drafting'));
  });
});
