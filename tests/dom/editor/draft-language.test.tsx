import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeSource } from './fake-drafts-api';
import { BORDER, CHINA, CHINA_2, DRAFT, RICE, SEOUL, STATEMENTS, TRUCKS, chipLabels, chips, citation, openDraft, paragraph } from './render-drafts';

// The draft's language in the editor: the picker in the draft's fields, chips that re-render by
// that language's rules at once, and a chip whose source has no label in it saying so.

const SOURCES = [
  makeSource(CHINA, { noun: 'source', qualifier: 'based in China', byLanguage: { ko: { place: '단둥', noun: '소식통' }, ja: { place: '丹東の', noun: '情報筋' } } }),
  makeSource(CHINA_2, { noun: 'source', qualifier: 'in China', byLanguage: { ko: { place: '단둥', noun: '소식통' }, ja: { place: '丹東の', noun: '情報筋' } } }),
  makeSource(SEOUL, { adjective: 'government', noun: 'official', qualifier: 'in Seoul', byLanguage: { ja: { place: 'ソウルの', noun: '政府関係者' } } }),
];

const BODY = {
  type: 'doc',
  content: [paragraph('Prices rose, according to ', citation('c1', [BORDER]), ' and ', citation('c2', [RICE]), ', while ', citation('c3', [TRUCKS]), ' disagreed.')],
};

describe('draft language in the editor', () => {
  it('re-renders every chip by the chosen language, keeps the choice in main, and marks a source without a label in it', async () => {
    const { user, fake } = await openDraft(BODY, { sources: SOURCES, statements: STATEMENTS });
    expect(chipLabels()).toEqual(['a source based in China', 'a separate source in China', 'a government official in Seoul']);
    const picker = screen.getByRole('combobox', { name: 'Language' });
    expect(picker).toHaveProperty('value', 'en');

    await user.selectOptions(picker, '한국어');
    await waitFor(() => expect(chipLabels()).toEqual(['단둥 소식통', '단둥의 다른 소식통', '[no Korean label: a government official in Seoul]']));
    expect(fake.callsTo('setDraftLanguage').map((c) => c.input)).toEqual([{ id: DRAFT, language: 'ko' }]);
    expect(chips()[2]!.classList.contains('citation-no-label')).toBe(true);
    expect(chips()[0]!.classList.contains('citation-no-label')).toBe(false);

    // Focus on the chip shows its tip, which says what is missing and where to write it.
    await act(async () => chips()[2]!.focus());
    expect((await screen.findByRole('tooltip')).textContent).toContain('A cited source has no Korean label');

    await user.selectOptions(picker, '日本語');
    await waitFor(() => expect(chipLabels()).toEqual(['丹東の情報筋', '丹東の別の情報筋', 'ソウルの政府関係者']));
    expect(document.querySelectorAll('.citation-no-label')).toHaveLength(0);
  });

  it('puts the language back when main refuses it', async () => {
    const { user, fake } = await openDraft(BODY, { sources: SOURCES, statements: STATEMENTS });
    fake.failNext('setDraftLanguage', { code: 'CONFLICT', message: 'The draft changed elsewhere.' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '한국어');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Language' })).toHaveProperty('value', 'en'));
    expect(chipLabels()[0]).toBe('a source based in China');
    expect(screen.getByText('The draft changed elsewhere.')).toBeTruthy();
  });
});
