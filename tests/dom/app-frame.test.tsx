import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATH } from './fake-api';
import { renderApp } from './render-app';

const PASSPHRASE = 'correct maple lantern orbit';
const unlocked = { unlocked: true, vaults: { [DEFAULT_PATH]: { name: 'Sources', passphrase: PASSPHRASE } } };

describe('app frame', () => {
  it('shows the vault, its protection and the lock control', async () => {
    renderApp(unlocked);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await waitFor(() => expect(document.activeElement).toBe(heading));

    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Unlocked')).toBeTruthy();
    expect(within(banner).getByTitle(DEFAULT_PATH)).toBeTruthy();
    const lock = within(banner).getByRole('button', { name: 'Lock' });
    expect(lock.getAttribute('aria-keyshortcuts')).toBe('Control+L');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Desk',
      'Drafts',
      'Sources',
      'Statements',
      'Search',
      'People',
      'Audit log',
      'Vault settings',
      'Travel mode',
      'Backups',
      'Help',
    ]);
    expect(within(nav).getByRole('button', { name: 'Desk' }).getAttribute('aria-current')).toBe('page');

    const protection = screen.getByRole('region', { name: 'Protection' });
    expect(within(protection).getByText('XChaCha20-Poly1305')).toBeTruthy();
    expect(within(protection).getByText(/^Argon2id \(3 passes, 256 MiB, about 50 ms\)$/)).toBeTruthy();
    expect(within(protection).getByText('Lock with Ctrl+L')).toBeTruthy();
  });

  it('locks with Ctrl+L from anywhere and forgets everything from the session', async () => {
    const { user, fake } = renderApp(unlocked);
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.click(screen.getByRole('button', { name: 'Vault settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Vault settings' });
    expect(screen.getByRole('button', { name: 'Vault settings' }).getAttribute('aria-current')).toBe('page');
    await user.click(screen.getByLabelText('Vault name'));

    await user.keyboard('{Control>}l{/Control}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeTruthy();
    expect(fake.callsTo('lock')).toHaveLength(1);
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByText('Sources')).toBeNull();

    await user.type(screen.getByLabelText('Passphrase'), `${PASSPHRASE}{Enter}`);
    // A fresh tree (nothing typed survives), back on the page the user locked on.
    await screen.findByRole('heading', { level: 1, name: 'Vault settings' });
    expect(screen.getByRole('button', { name: 'Vault settings' }).getAttribute('aria-current')).toBe('page');
  });

  it('locks with the Lock button', async () => {
    const { user } = renderApp(unlocked);
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeTruthy();
  });

  it('renames the vault', async () => {
    const { user, fake } = renderApp(unlocked);
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.click(screen.getByRole('button', { name: 'Vault settings' }));
    const field = screen.getByLabelText('Vault name');
    await user.clear(field);
    await user.type(field, 'Harbour investigation');
    await user.click(screen.getByRole('button', { name: 'Save name' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(fake.callsTo('renameVault')[0]?.input).toEqual({ name: 'Harbour investigation' });
    expect(within(screen.getByRole('banner')).getByText('Harbour investigation')).toBeTruthy();
  });

  it('refuses an empty name without calling main', async () => {
    const { user, fake } = renderApp(unlocked);
    await screen.findByRole('heading', { level: 1, name: 'Sources' });
    await user.click(screen.getByRole('button', { name: 'Vault settings' }));
    await user.clear(screen.getByLabelText('Vault name'));
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the vault a name.');
    expect(fake.callsTo('renameVault')).toHaveLength(0);
  });
});
