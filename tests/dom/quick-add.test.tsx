import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeId } from './fake-library';
import { DEFAULT_PATH } from './fake-api';
import { goTo, notices, renderApp, renderUnlocked } from './render-app';

const KIM = fakeId(1);
const sources = [
  { id: KIM, label: { noun: 'official', qualifier: 'in Dandong' } },
  { id: fakeId(2), label: { noun: 'trader', qualifier: 'based in Sinuiju' } },
];

describe('quick add', () => {
  it('opens with Ctrl+Shift+N from anywhere and saves with Ctrl+Enter', async () => {
    const { user, fake } = await renderUnlocked({ sources });
    await goTo(user, 'Vault settings');
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('button', { name: 'Add statement' }).getAttribute('aria-keyshortcuts')).toBe('Control+Shift+N');

    await user.click(screen.getByLabelText('Vault name'));
    await user.keyboard('{Control>}{Shift>}N{/Shift}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Quick add statement' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const source = within(dialog).getByLabelText('Source');
    await waitFor(() => expect(document.activeElement).toBe(source));

    await user.selectOptions(source, 'an official in Dandong');
    const text = within(dialog).getByLabelText('What was said');
    await user.type(text, 'First line.{Enter}Second line.');
    expect((text as HTMLTextAreaElement).value).toBe('First line.\nSecond line.');
    await user.click(within(dialog).getByRole('radio', { name: 'Paraphrase' }));
    // Enter in a one-line field does not save half a statement.
    await user.type(within(dialog).getByLabelText('Tags'), 'customs{Enter}');
    expect(screen.getByRole('dialog', { name: 'Quick add statement' })).toBeTruthy();
    expect(fake.callsTo('saveStatement')).toHaveLength(0);

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(notices()).getByText('Statement saved.')).toBeTruthy();
    expect(fake.callsTo('saveStatement')[0]?.input).toEqual({
      sourceId: KIM,
      text: 'First line.\nSecond line.',
      kind: 'paraphrase',
      saidOn: null,
      channel: 'in-person',
      notes: '',
      tags: ['customs'],
    });
    // Focus goes back where it was.
    expect(document.activeElement).toBe(screen.getByLabelText('Vault name'));

    // The new statement is in the list straight away.
    await goTo(user, 'Statements');
    expect(screen.getByRole('option', { name: /^First line\./ })).toBeTruthy();
  });

  it('opens from the header button, closes with Escape without saving', async () => {
    const { user, fake } = await renderUnlocked({ sources });
    const button = screen.getByRole('button', { name: 'Add statement' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Quick add statement' });
    await user.type(within(dialog).getByLabelText('What was said'), 'Never mind');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(fake.callsTo('saveStatement')).toHaveLength(0);
  });

  it('explains what is missing', async () => {
    const { user, fake } = await renderUnlocked({ sources });
    await user.click(screen.getByRole('button', { name: 'Add statement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Quick add statement' });
    await user.click(within(dialog).getByRole('button', { name: 'Save statement' }));
    expect(within(dialog).getByText('Choose a source')).toBeTruthy();
    expect(within(dialog).getByText('Enter what the source said')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Source')));
    expect(fake.callsTo('saveStatement')).toHaveLength(0);
  });

  it('creates a first source inline when there is none', async () => {
    const { user, fake } = await renderUnlocked();
    await user.keyboard('{Control>}{Shift>}n{/Shift}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Quick add statement' });
    expect(within(dialog).queryByLabelText('Source')).toBeNull();
    await user.type(within(dialog).getByLabelText('Qualifier'), 'based in China');
    expect(within(dialog).getByText('First mention: a source based in China')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Create source' }));

    const source = await within(dialog).findByLabelText('Source');
    const created = fake.callsTo('saveSource')[0]?.input as { label: unknown };
    expect(created.label).toEqual({ adjective: '', noun: 'source', qualifier: 'based in China' });
    const id = [...fake.library.sources.keys()][0];
    expect((source as HTMLSelectElement).value).toBe(id);
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('What was said')));
    await user.keyboard('It is getting harder.');
    await user.click(within(dialog).getByRole('button', { name: 'Save statement' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('saveStatement')[0]?.input).toMatchObject({ sourceId: id, text: 'It is getting harder.' });
  });

  it('waits for the notebook to load rather than claiming there are no sources', async () => {
    const { user, fake } = renderApp({ unlocked: true, vaults: { [DEFAULT_PATH]: { name: 'Harbour' } }, library: { sources } });
    // The library loads once the frame appears, after getStatus: holding it now is in time.
    const release = fake.hold('listSources');
    await screen.findByRole('heading', { level: 1, name: 'Harbour' });
    await user.keyboard('{Control>}{Shift>}n{/Shift}{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Quick add statement' });
    expect(within(dialog).getByRole('status').textContent).toBe('Opening your notebook…');
    expect(within(dialog).queryByText(/no sources yet/)).toBeNull();
    release();
    expect(await within(dialog).findByLabelText('Source')).toBeTruthy();
  });
});
