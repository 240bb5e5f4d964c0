import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { goTo, renderUnlocked } from './render-app';

// The source form's labels in Korean, Chinese and Japanese: typed as a place and a noun, each
// language previewed in every form, saved beside the English label.

describe('source labels in other languages', () => {
  it('previews every form in each language the label has, and saves them', async () => {
    const { user, fake } = await renderUnlocked();
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: 'New source' }));
    await user.type(screen.getByLabelText('Noun'), 'source');
    await user.type(screen.getByLabelText('Qualifier'), 'in Hyesan');
    // No other language yet: only the English preview.
    expect(screen.queryByRole('region', { name: 'Label preview in Korean' })).toBeNull();

    await user.type(screen.getByLabelText('Korean place'), '혜산');
    await user.type(screen.getByLabelText('Korean noun'), '소식통');
    const korean = screen.getByRole('region', { name: 'Label preview in Korean' });
    const form = (region: HTMLElement, term: string) => within(region).getByText(term).nextElementSibling;
    expect(form(korean, 'First mention')?.textContent).toBe('혜산 소식통');
    expect(form(korean, 'First mention')?.getAttribute('lang')).toBe('ko');
    expect(form(korean, 'A second, separate source')?.textContent).toBe('혜산의 다른 소식통');
    expect(form(korean, 'Back-reference')?.textContent).toBe('이 소식통');
    expect(form(korean, 'Several together')?.textContent).toBe('복수의 혜산 소식통');
    expect(form(korean, 'Several, with the outlet')?.textContent).toBe('복수의 [outlet] 혜산 소식통');
    expect(form(korean, 'With the date (a day)')?.textContent).toBe('5월 5일 혜산 소식통');
    // Korean copy numbers no one: no ordinal row.
    expect(within(korean).queryByText('Among several alike')).toBeNull();

    await user.type(screen.getByLabelText('Japanese noun'), '情報筋');
    const japanese = screen.getByRole('region', { name: 'Label preview in Japanese' });
    expect(form(japanese, 'Several together')?.textContent).toBe('複数の情報筋');

    await user.type(screen.getByLabelText('How they know'), 'Trades across the river.');
    await user.type(screen.getByLabelText('Why anonymity was granted'), 'Would be arrested at home.');
    await user.click(screen.getByRole('button', { name: 'Save source' }));
    await screen.findByRole('heading', { level: 1, name: 'A source in Hyesan' });
    expect(fake.callsTo('saveSource')[0]?.input).toMatchObject({
      label: { adjective: '', noun: 'source', qualifier: 'in Hyesan', byLanguage: { ko: { place: '혜산', noun: '소식통' }, ja: { place: '', noun: '情報筋' } } },
    });
    // The source's page shows the forms in each of its languages.
    expect(screen.getByRole('region', { name: 'Label forms in Korean' })).toBeTruthy();
  }, 20_000);

  it('refuses a place without a noun, at the noun, before asking main', async () => {
    const { user, fake } = await renderUnlocked();
    await goTo(user, 'Sources');
    await user.click(screen.getByRole('button', { name: 'New source' }));
    await user.type(screen.getByLabelText('Noun'), 'source');
    await user.type(screen.getByLabelText('Simplified Chinese place'), '平壤');
    await user.click(screen.getByRole('button', { name: 'Save source' }));
    const noun = screen.getByLabelText('Simplified Chinese noun');
    await waitFor(() => expect(document.activeElement).toBe(noun));
    expect(noun.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Add the noun, or clear the place.')).toBeTruthy();
    expect(fake.callsTo('saveSource')).toHaveLength(0);
  }, 20_000);
});
