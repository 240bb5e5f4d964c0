import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATH } from './fake-api';
import { renderApp, valueOf } from './render-app';

const PASSPHRASE = 'correct maple lantern orbit';
const locked = { vaults: { [DEFAULT_PATH]: { passphrase: PASSPHRASE } } };

describe('unlock screen', () => {
  it('starts in the passphrase field and shows the folder', async () => {
    renderApp(locked);
    await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Passphrase')));
    expect(screen.getByText(DEFAULT_PATH)).toBeTruthy();
  });

  it('shows the error and keeps the typed passphrase selected in the focused field after a wrong one', async () => {
    const { user } = renderApp(locked);
    await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' });
    await user.type(screen.getByLabelText('Passphrase'), 'not the passphrase');
    await user.keyboard('{Enter}');

    expect((await screen.findByRole('alert')).textContent).toBe('That passphrase does not open this vault.');
    const field = screen.getByLabelText('Passphrase') as HTMLInputElement;
    expect(valueOf(field)).toBe('not the passphrase');
    await waitFor(() => expect(document.activeElement).toBe(field));
    // Selected: the next keystroke replaces it, an arrow key keeps it for a one-letter fix.
    await waitFor(() => expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'not the passphrase'.length]));
  });

  it('shows progress while deriving the key, then opens the vault', async () => {
    const { user, fake } = renderApp(locked);
    await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' });
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    const release = fake.hold('unlock');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('progressbar', { name: 'Deriving your encryption key' })).toBeTruthy();
    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'My notebook' })).toBeTruthy();
    expect(fake.callsTo('unlock')[0]?.input).toEqual({ method: 'passphrase', passphrase: PASSPHRASE });
  });

  it('unlocks with the recovery key instead', async () => {
    const { user, fake } = renderApp(locked);
    await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' });
    await user.click(screen.getByRole('button', { name: 'Use recovery key instead' }));
    const field = screen.getByRole('textbox', { name: 'Recovery key' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    await user.type(field, fake.vaults.get(DEFAULT_PATH)?.recoveryKey ?? '');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'My notebook' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Use passphrase instead' })).toBeNull();
  });

  it('switches back to the passphrase', async () => {
    const { user } = renderApp(locked);
    await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' });
    await user.click(screen.getByRole('button', { name: 'Use recovery key instead' }));
    await user.click(screen.getByRole('button', { name: 'Use passphrase instead' }));
    expect(screen.getByLabelText('Passphrase')).toBeTruthy();
  });

  it('opens another vault from the folder dialog', async () => {
    const { user } = renderApp({ ...locked, pickedFolder: '/media/usb/New' });
    await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' });
    await user.click(screen.getByRole('button', { name: 'Open another vault…' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Create your vault' })).toBeTruthy();
    expect(screen.getByText('/media/usb/New')).toBeTruthy();
  });
});
