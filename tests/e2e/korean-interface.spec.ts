import type { Page } from '@playwright/test';
import type { ShieldnoteApi } from '../../common/api/bridge';
import { SAMPLE_DRAFT, openSampleVault } from './desk-flows';
import { expect, test } from './harness';
import { setInterfaceLanguage } from './interface-language-flows';

// Issue 15 item 6: with the interface in Korean, no screen shows an English sentence of its own.
// The walk goes through the main screens of the sample vault (a draft with citations and a
// planted leak, its review with the checklist, sources, statements, export, settings, help) and
// collects every visible text run. What the user wrote (labels, quotes, the story, names) is
// English here and stays so; it is read from main's answers and taken out first. Any English word
// left over is interface text that did not go through the catalogs.

/** Words that are English in a Korean interface on purpose: names of products, formats and keys. */
const ALLOWED = new Set(
  [
    'Shieldnote', 'HTML', 'NITF', 'Markdown', 'WordPress', 'Word', 'DOCX', 'docx', 'PDF', 'JSON', 'XML', 'URL', 'ID', 'KB', 'MB', 'MiB', 'GB',
    'Ctrl', 'Shift', 'Alt', 'Enter', 'Esc', 'Escape', 'Tab', 'Cmd', 'Space', 'PageUp', 'PageDown', 'Home', 'End', 'Backspace',
    'Argon2id', 'XChaCha20', 'Poly1305', 'XSalsa20', 'libsodium', 'Syncthing', 'Nextcloud', 'Telegram', 'WhatsApp', 'Signal', 'KakaoTalk', 'Daily', 'NK',
    'English', 'AP', 'NYT', 'BBC', 'SHA', 'ISO', 'CSV', 'UTF', 'EXIF', 'GPS', 'IME', 'CJK', 'NATO', 'vs', 'KST', 'UTC', 'ms',
    'XChaCha', 'Poly', 'Hugo', 'Decap', 'IPTC', 'JPEG', 'PNG', 'WebP', 'http', 'https', 'xxxx', 'snreview', 'KR', 'CN', 'JP',
    // Examples of what the user types, quoted in hints: romanized names, an English label's noun.
    'Pak', 'Park', 'Bak', 'official',
  ].map((w) => w.toLowerCase()),
);

// Keys of main's answers that hold fixed kinds or ids, not words the user typed.
const NOT_USER_TEXT = new Set(['id', 'kind', 'channel', 'status', 'reliability', 'type', 'language', 'form', 'ruleForm', 'termKind', 'part', 'severity', 'state', 'origin', 'role', 'marks', 'field']);

/** Every string the user wrote in the sample vault, as main answers it. */
async function userTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    async ({ skip }) => {
      const api = (window as unknown as { shieldnote: ShieldnoteApi }).shieldnote;
      const answers: unknown[] = [];
      const add = (r: { ok: boolean; value?: unknown }) => r.ok && answers.push(r.value);
      add(await api.getStatus());
      add(await api.listSources());
      add(await api.listStatements());
      const drafts = await api.listDrafts();
      add(drafts);
      for (const d of drafts.ok ? drafts.value : []) {
        add(await api.getDraft({ id: d.id }));
        const review = await api.getReview({ subject: { draftId: d.id } });
        // The story's own words as the review prints them (attributions are article text).
        if (review.ok) answers.push(review.value.citations.map((c) => [c.attribution, c.sentence]));
        // Ids the audit log names (a draft, a citation key): data, not words.
        if (review.ok) answers.push(d.id, review.value.citations.map((c) => c.key));
        const scan = await api.scanDraft({ id: d.id });
        if (scan.ok) answers.push(scan.value.findings.map((f) => [f.matched, f.sourceLabel]), scan.value.jigsaw.map((j) => [j.label, j.places]));
      }
      const out: string[] = [];
      const walk = (value: unknown, key: string) => {
        if (typeof value === 'string') {
          if (!skip.includes(key) && !key.endsWith('Id') && !key.endsWith('At')) out.push(value);
        } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
      };
      walk(answers, '');
      return out;
    },
    { skip: [...NOT_USER_TEXT] },
  );
}

/** Visible text runs of the screen in the interface language (not inside content marked with another lang). */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent) continue;
      if (parent.closest('[aria-hidden="true"], script, style, [contenteditable="true"], .visually-hidden, code, kbd, option')) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('ko')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(parent).visibility === 'hidden') continue;
      out.push(text);
    }
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')) {
      if (field.getBoundingClientRect().width > 0 && field.value === '') out.push(field.placeholder);
    }
    return out;
  });
}

/** The English left in a screen once user content is taken out: one entry per offending text run. */
async function englishOn(page: Page, user: string[]): Promise<string[]> {
  const texts = await visibleTexts(page);
  const userWords = new Set(user.flatMap((u) => u.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []));
  const longestFirst = [...new Set(user.filter((u) => u.trim().length > 1))].sort((a, b) => b.length - a.length);
  const leaks: string[] = [];
  for (const text of texts) {
    let rest = text;
    for (const u of longestFirst) if (rest.includes(u)) rest = rest.split(u).join(' ');
    // Paths and file names are the user's (the vault's folder, an export's name).
    rest = rest.replace(/(?:[A-Za-z]:)?[/\\][^\s]*|[\w.-]+\.(?:html|xml|md|docx|txt|json|png|jpe?g)\b/g, ' ');
    const words = (rest.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? []).filter((w) => !ALLOWED.has(w.toLowerCase()) && !userWords.has(w.toLowerCase()));
    if (words.length > 0) leaks.push(`${text}  ⟶  ${words.join(' ')}`);
  }
  return [...new Set(leaks)];
}

// The Korean names of "Paste interview notes…" and its text box, and notes the user pastes.
const KO_PASTE = '인터뷰 메모 붙여넣기…';
const KO_NOTES = '인터뷰 메모';
const PASTED_NOTES = '12 March 2024\n\nMin: Prices doubled after the patrols thinned out.';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: '주 메뉴' }).getByRole('button', { name, exact: true }).click();

test('with the interface in Korean, the main screens show no English of their own', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 1000 });
  await openSampleVault(app);
  await setInterfaceLanguage(page, 'ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const user = [...(await userTexts(page)), ...PASTED_NOTES.split('\n')];
  const found: Record<string, string[]> = {};
  const check = async (screen: string) => {
    // Panels that load after the heading (the leak scan, the review) settle first.
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.waitForTimeout(300);
    const leaks = await englishOn(page, user);
    if (leaks.length) found[screen] = leaks;
  };

  await nav(page, '데스크');
  await expect(page.getByRole('region', { name: '초고' })).toBeVisible();
  await check('desk');

  await nav(page, '초고');
  await check('drafts');

  await nav(page, '취재원');
  await check('sources');
  await page.getByRole('button', { name: /a source based in China/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/source based in China/i);
  await check('source detail');
  await nav(page, '취재원');
  await page.getByRole('button', { name: '새 취재원' }).first().click();
  await page.getByRole('group', { name: '레이블' }).getByRole('textbox').nth(1).fill('소식통');
  await check('source form');
  await page.getByRole('button', { name: '취소' }).click();

  await nav(page, '진술');
  await check('statements');
  // Pasted notes that open with a date: the offer names the date in Korean (Intl), not "12 March 2024".
  await page.getByRole('button', { name: KO_PASTE }).click();
  await page.getByRole('textbox', { name: KO_NOTES }).fill(PASTED_NOTES);
  await expect(page.getByText('2024년 3월 12일').first()).toBeVisible();
  await check('pasted notes with a date');
  await page.keyboard.press('Escape');

  // The sample draft: citations, its planted leak in the leak panel, the jigsaw.
  await nav(page, '초고');
  await page.getByRole('button', { name: new RegExp(SAMPLE_DRAFT) }).first().click();
  await expect(page.getByRole('complementary', { name: '유출 경고' })).toContainText('Old Liu', { timeout: 20_000 });
  await check('editor and leak panel');

  await page.getByRole('button', { name: '내보내기…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('내보내기');
  await check('export');

  await nav(page, '데스크');
  await page.getByRole('button', { name: `“${SAMPLE_DRAFT}” 검토` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `검토: ${SAMPLE_DRAFT}` })).toBeVisible();
  await expect(page.locator('.review-checklist')).toBeVisible();
  await check('review and checklist');
  await page.getByRole('button', { name: '인용 4' }).first().click();
  await check('review, a citation flagged by the checklist');

  // The walk's leak panel and review wrote audit entries; the log shows them in Korean.
  await nav(page, '감사 기록');
  await expect(page.getByRole('table', { name: '감사 기록, 최신순' })).toBeVisible();
  await expect(page.locator('td.audit-detail').first()).toBeVisible();
  await check('audit log');

  await nav(page, '보관함 설정');
  await check('vault settings');

  await nav(page, '동료');
  await check('people');

  await nav(page, '도움말');
  await check('help');

  expect(found, 'English interface text on Korean screens (text run ⟶ English words)').toEqual({});
});
