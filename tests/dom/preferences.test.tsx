import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { goTo, renderUnlocked } from './render-app';

describe('reveal time preference', () => {
  it('loads, checks and saves how long identities stay revealed', async () => {
    const { user, fake } = await renderUnlocked({ identityRevealSeconds: 45 });
    await goTo(user, 'Vault settings');
    const field = screen.getByLabelText('Reveal identities for');
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('45'));

    await user.clear(field);
    await user.type(field, '2');
    await user.click(screen.getByRole('button', { name: 'Save reveal time' }));
    expect(screen.getByText('Enter a whole number of seconds, from 5 to 600.')).toBeTruthy();
    expect(fake.callsTo('updatePreferences')).toHaveLength(0);

    await user.clear(field);
    await user.type(field, '90');
    await user.click(screen.getByRole('button', { name: 'Save reveal time' }));
    await waitFor(() => expect(fake.callsTo('updatePreferences')[0]?.input).toEqual({ identityRevealSeconds: 90 }));
    expect(await screen.findByText('Saved')).toBeTruthy();
  });
});
