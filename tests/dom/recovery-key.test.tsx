import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATH, makeRecoveryKey } from './fake-api';
import { STRONG_PASSPHRASE, isDisabled, renderApp, valueOf } from './render-app';

async function createVault(options: Parameters<typeof renderApp>[0] = {}) {
  const rendered = renderApp(options);
  const { user } = rendered;
  await screen.findByRole('heading', { level: 1, name: 'Create your vault' });
  await user.type(screen.getByLabelText('Passphrase'), STRONG_PASSPHRASE);
  await user.type(screen.getByLabelText('Confirm passphrase'), STRONG_PASSPHRASE);
  await user.click(screen.getByRole('button', { name: 'Create vault' }));
  await screen.findByRole('heading', { level: 1, name: 'Save your recovery key' });
  const recoveryKey = rendered.fake.vaults.get(DEFAULT_PATH)?.recoveryKey ?? '';
  return { ...rendered, recoveryKey };
}

describe('recovery key', () => {
  it('copies through main and says when the clipboard will be cleared', async () => {
    const { user, fake } = await createVault({ clearsAfterSeconds: 45 });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Copied. The clipboard will be cleared in 45 seconds.'),
    );
    expect(fake.callsTo('copyRecoveryKey')).toHaveLength(1);
  });

  it('continues only after the user says the key is stored, and Back shows it again', async () => {
    const { user, recoveryKey } = await createVault();
    const next = screen.getByRole('button', { name: 'Continue' });
    expect(isDisabled(next)).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'I have stored my recovery key somewhere safe' }));
    expect(isDisabled(next)).toBe(false);
    await user.click(next);

    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your recovery key' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Recovery key' }).getAttribute('autocomplete')).toBe('off');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'Save your recovery key' });
    expect(screen.getByLabelText('Recovery key').textContent).toBe(recoveryKey);
  });

  it('shows an error when the typed key does not match, and opens the vault when it does', async () => {
    const { user, recoveryKey } = await createVault();
    await user.click(screen.getByRole('checkbox', { name: 'I have stored my recovery key somewhere safe' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Confirm your recovery key' });
    const field = screen.getByRole('textbox', { name: 'Recovery key' });

    await user.type(field, makeRecoveryKey());
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByRole('alert')).textContent).toBe('That is not the recovery key shown for this vault.');

    await user.clear(field);
    // Typed from paper: lower case, spaces instead of dashes.
    await user.type(field, recoveryKey.toLowerCase().replaceAll('-', ' '));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'My notebook' })).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
  });

  it('catches a typo before asking main', async () => {
    const { user, fake, recoveryKey } = await createVault();
    await user.click(screen.getByRole('checkbox', { name: 'I have stored my recovery key somewhere safe' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const field = await screen.findByRole('textbox', { name: 'Recovery key' });
    const typo = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    await user.type(field, typo);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/typo/);
    expect(valueOf(field)).toBe(typo);
    expect(fake.callsTo('confirmRecoveryKey')).toHaveLength(0);
  });

  it('asks for the key from paper when the app reloads before it was confirmed', async () => {
    const { user, fake } = renderApp({ unlocked: true, vaults: { [DEFAULT_PATH]: { recoveryKeyPending: true } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your recovery key' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    const recoveryKey = fake.vaults.get(DEFAULT_PATH)?.recoveryKey ?? '';
    await user.type(screen.getByRole('textbox', { name: 'Recovery key' }), recoveryKey);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My notebook' })).toBeTruthy();
  });
});
