import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localizeError } from '../../renderer/src/i18n/main-errors';
import { setActiveLanguage } from '../../renderer/src/i18n/translate';
import { renderUnlocked } from './render-app';
import { fakeId } from './fake-library';

describe('interface language', () => {
  afterEach(() => setActiveLanguage('en'));

  it('switches the whole frame to Korean in Vault settings, at once, and back to English', async () => {
    const { user, fake } = await renderUnlocked({
      sources: [{ id: fakeId(1), label: { noun: 'official', qualifier: 'in Dandong' } }],
      statements: [{ id: fakeId(10), sourceId: fakeId(1), text: 'Trucks leave the harbour at night.', saidOn: '2024-05-03' }],
    });
    await user.click(screen.getByRole('button', { name: 'Vault settings' }));
    await screen.findByRole('heading', { level: 1, name: 'Vault settings' });

    await user.selectOptions(screen.getByLabelText('Language'), '한국어 (Korean)');
    const nav = await screen.findByRole('navigation', { name: '주 메뉴' });
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toEqual([
      '데스크',
      '초고',
      '취재원',
      '진술',
      '검색',
      '동료',
      '감사 기록',
      '보관함 설정',
      '여행 모드',
      '백업',
      '도움말',
    ]);
    // The page stays where it was, now in Korean, its date in Korean form.
    expect(screen.getByRole('heading', { level: 1, name: '보관함 설정' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '이름 저장' })).toBeTruthy();
    expect(screen.getByText('만든 날짜').nextElementSibling?.textContent).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일/);
    expect(fake.callsTo('setInterfaceLanguage').at(-1)?.input).toEqual({ choice: 'ko' });

    // Another screen: labels, the count (an ICU plural) and the date said come out in Korean.
    await user.click(within(nav).getByRole('button', { name: '검색' }));
    expect(await screen.findByRole('heading', { level: 1, name: '검색' })).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: '진술과 취재원 검색' }), 'harb');
    const results = await screen.findByRole('list', { name: '검색 결과' });
    expect(screen.getByText('결과 1건')).toBeTruthy();
    expect(within(results).getAllByRole('button')[0]!.textContent).toContain('2024년 5월 3일 · 직접 인용');

    await user.click(within(nav).getByRole('button', { name: '보관함 설정' }));
    await user.selectOptions(await screen.findByLabelText('언어'), 'English (영어)');
    const englishNav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(englishNav).getByRole('button', { name: 'Drafts' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Vault settings' })).toBeTruthy();
  }, 30_000);

  it('says main’s frequent errors in Korean, and the others by their code with main’s words kept', () => {
    const locked = { code: 'LOCKED' as const, message: 'The vault is locked. Unlock it first.' };
    const rare = { code: 'IO' as const, message: 'Could not read the travel file: EACCES' };
    expect(localizeError(locked)).toEqual(locked);

    setActiveLanguage('ko');
    expect(localizeError(locked)).toEqual({ code: 'LOCKED', message: '보관함이 잠겨 있습니다. 먼저 잠금을 푸세요.' });
    expect(localizeError({ code: 'CONFLICT', message: 'Kim Editor is already in your contacts with these keys.' }).message).toBe(
      'Kim Editor은(는) 이미 이 키로 연락처에 있습니다.',
    );
    expect(localizeError(rare).message).toBe('파일을 읽거나 쓰지 못했습니다. (세부 내용: Could not read the travel file: EACCES)');
  });
});
