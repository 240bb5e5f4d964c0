import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setActiveLanguage } from '../../renderer/src/i18n/translate';
import { renderUnlocked } from './render-app';
import { fakeId } from './fake-library';

describe('statements in Korean', () => {
  afterEach(() => setActiveLanguage('en'));

  it('shows the list, the count and a statement’s details in the Korean interface', async () => {
    const { user } = await renderUnlocked({
      sources: [{ id: fakeId(1), label: { noun: 'official', qualifier: 'in Dandong' } }],
      statements: [{ id: fakeId(10), sourceId: fakeId(1), text: 'Trucks leave the harbour at night.', saidOn: '2024-05-03' }],
    });
    await user.click(screen.getByRole('button', { name: 'Vault settings' }));
    await user.selectOptions(await screen.findByLabelText('Language'), '한국어 (Korean)');
    const nav = await screen.findByRole('navigation', { name: '주 메뉴' });

    await user.click(within(nav).getByRole('button', { name: '진술' }));
    expect(await screen.findByRole('heading', { level: 1, name: '진술' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '새 진술' })).toBeTruthy();
    expect(screen.getByText('진술 1건')).toBeTruthy();
    expect(screen.getByLabelText('보관 처리된 항목 보기')).toBeTruthy();
    const row = within(screen.getByRole('listbox', { name: '진술' })).getByRole('option');
    // The story's words stay as typed; the kind and the date follow the interface language.
    expect(row.textContent).toContain('Trucks leave the harbour at night.');
    expect(row.textContent).toContain('직접 인용 · 2024년 5월 3일');

    await user.dblClick(row);
    expect(await screen.findByRole('button', { name: '편집' })).toBeTruthy();
    const details = screen.getByRole('region', { name: '세부 정보' });
    expect(within(details).getByText('발언 날짜')).toBeTruthy();
    expect(within(details).getByText('기자 메모').nextElementSibling?.textContent).toBe('없음');
    expect(screen.getByRole('heading', { name: '첨부 파일' })).toBeTruthy();
  }, 30_000);
});
