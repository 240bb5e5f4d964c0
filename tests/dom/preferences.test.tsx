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

describe('newsroom regions preference', () => {
  it('saves the regions a national-format phone is also read in, as two-letter codes', async () => {
    const { user, fake } = await renderUnlocked({});
    await goTo(user, 'Vault settings');
    const field = screen.getByLabelText('Regions the newsroom reports from');
    await waitFor(() => expect((field as HTMLInputElement).disabled).toBe(false));

    await user.type(field, 'Korea');
    await user.click(screen.getByRole('button', { name: 'Save regions' }));
    expect(screen.getByText('Two-letter region codes separated by commas, such as KR, CN (at most 30).')).toBeTruthy();
    expect(fake.callsTo('updatePreferences')).toHaveLength(0);

    await user.clear(field);
    await user.type(field, 'kr, cn jp');
    await user.click(screen.getByRole('button', { name: 'Save regions' }));
    await waitFor(() => expect(fake.callsTo('updatePreferences')[0]?.input).toEqual({ newsroomRegions: ['KR', 'CN', 'JP'] }));
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('KR, CN, JP'));
  });
});

describe('acronyms said as words', () => {
  it('saves the vault’s acronym readings as “NATO = 나토” lines, and refuses readings not in Hangul', async () => {
    const { user, fake } = await renderUnlocked({});
    await goTo(user, 'Vault settings');
    const field = screen.getByLabelText('Acronyms and how they are said');
    await waitFor(() => expect((field as HTMLTextAreaElement).disabled).toBe(false));

    await user.type(field, 'NATO = nato');
    await user.click(screen.getByRole('button', { name: 'Save readings' }));
    expect(screen.getByText(/an equals sign and its reading in Hangul/)).toBeTruthy();
    expect(fake.callsTo('saveAcronymReadings')).toHaveLength(0);

    await user.clear(field);
    await user.type(field, 'NATO = 나토{Enter}NASDAQ: 나스닥');
    await user.click(screen.getByRole('button', { name: 'Save readings' }));
    await waitFor(() => expect(fake.callsTo('saveAcronymReadings')[0]?.input).toEqual({ entries: [{ acronym: 'NATO', reading: '나토' }, { acronym: 'NASDAQ', reading: '나스닥' }] }));
    await waitFor(() => expect((field as HTMLTextAreaElement).value).toBe('NATO = 나토\nNASDAQ = 나스닥'));
  });
});
