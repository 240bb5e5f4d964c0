import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATH } from './fake-api';
import { STRONG_PASSPHRASE, isDisabled, renderApp } from './render-app';

describe('create vault screen', () => {
  it('focuses the heading and shows where the vault will live', async () => {
    renderApp();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Create your vault' });
    // Focus moves in an effect, which can run just after the heading first appears.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(DEFAULT_PATH)).toBeTruthy();
    expect((screen.getByLabelText('Vault name') as HTMLInputElement).value).toBe('My notebook');
  });

  it('keeps "Create vault" disabled, and says why, until the passphrase is acceptable and confirmed', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Create your vault' });
    const create = screen.getByRole('button', { name: 'Create vault' });
    const passphrase = screen.getByLabelText('Passphrase');
    const confirmation = screen.getByLabelText('Confirm passphrase');

    expect(isDisabled(create)).toBe(true);
    expect(screen.getByText('Choose a passphrase.')).toBeTruthy();

    await user.type(passphrase, 'short one');
    expect(isDisabled(create)).toBe(true);
    expect(screen.getByText('The passphrase needs at least 12 characters.')).toBeTruthy();

    await user.clear(passphrase);
    await user.type(passphrase, STRONG_PASSPHRASE);
    expect(isDisabled(create)).toBe(true);
    expect(screen.getByText('Type the passphrase again to confirm it.')).toBeTruthy();

    await user.type(confirmation, `${STRONG_PASSPHRASE}s`);
    expect(isDisabled(create)).toBe(true);
    expect(screen.getByText('The two passphrases do not match.')).toBeTruthy();

    await user.type(confirmation, '{Backspace}');
    expect(isDisabled(create)).toBe(false);

    await user.clear(screen.getByLabelText('Vault name'));
    expect(isDisabled(create)).toBe(true);
    expect(screen.getByText('Give the vault a name.')).toBeTruthy();
  });

  it('reveals both passphrase fields with the toggle', async () => {
    const { user } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Create your vault' });
    expect(screen.getByLabelText('Passphrase').getAttribute('type')).toBe('password');
    await user.click(screen.getByRole('button', { name: 'Show passphrase' }));
    expect(screen.getByLabelText('Passphrase').getAttribute('type')).toBe('text');
    expect(screen.getByLabelText('Confirm passphrase').getAttribute('type')).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide passphrase' })).toBeTruthy();
  });

  it('shows progress while the key is derived, then the recovery key', async () => {
    const { user, fake } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Create your vault' });
    const name = screen.getByLabelText('Vault name');
    await user.clear(name);
    await user.type(name, 'Sources');
    await user.type(screen.getByLabelText('Passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm passphrase'), STRONG_PASSPHRASE);

    const release = fake.hold('createVault');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('progressbar', { name: 'Deriving your encryption key' })).toBeTruthy();
    expect(isDisabled(screen.getByLabelText('Passphrase'))).toBe(true);
    expect(isDisabled(screen.getByRole('button', { name: 'Create vault' }))).toBe(true);

    release();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Save your recovery key' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(fake.callsTo('createVault')[0]?.input).toEqual({
      path: DEFAULT_PATH,
      name: 'Sources',
      passphrase: STRONG_PASSPHRASE,
    });
    const key = fake.vaults.get(DEFAULT_PATH)?.recoveryKey;
    expect(screen.getByLabelText('Recovery key').textContent).toBe(key);
  });

  it('shows the error from main and lets the user try again', async () => {
    const { user, fake } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Create your vault' });
    await user.type(screen.getByLabelText('Passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm passphrase'), STRONG_PASSPHRASE);
    fake.failNext('createVault', 'IO', 'The folder could not be written to.');
    await user.click(screen.getByRole('button', { name: 'Create vault' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The folder could not be written to.');
    expect(isDisabled(screen.getByRole('button', { name: 'Create vault' }))).toBe(false);
  });

  it('goes to the unlock screen when the chosen folder already holds a vault', async () => {
    const { user, fake } = renderApp({ pickedFolder: '/media/usb/Sources', vaults: { '/media/usb/Sources': {} } });
    await screen.findByRole('heading', { level: 1, name: 'Create your vault' });
    await user.click(screen.getByRole('button', { name: 'Choose folder…' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeTruthy();
    expect(fake.callsTo('selectVault')[0]?.input).toEqual({ path: '/media/usb/Sources' });
  });

  it('lists other known vaults and switches to one', async () => {
    const { user } = renderApp({ vaults: { '/media/usb/Sources': {} } });
    await screen.findByRole('heading', { level: 1, name: 'Create your vault' });
    await user.click(await screen.findByRole('button', { name: /\/media\/usb\/Sources/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeTruthy();
  });
});
