import type { CDPSession, Page } from '@playwright/test';
import type { SourceFields } from '../../common/domain/source';
import { expect, test, type AppHarness } from './harness';
import { cite, newDraft, storyText, waitSaved } from './editor-flows';
import { confirmRecoveryKey, createVault } from './vault-flows';

// Korean copy around citation chips, typed through an IME as a Korean keyboard does (Chromium's
// composition events over CDP), particles that follow the label, and a linked translation whose
// missing citation the review flags.

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** Types Hangul as an IME does: each syllable composed (its first jamo, then the syllable) and committed. */
export async function composeKorean(cdp: CDPSession, text: string): Promise<void> {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xac00 && cp <= 0xd7a3) {
      const initial = INITIALS[Math.floor((cp - 0xac00) / 588)]!;
      await cdp.send('Input.imeSetComposition', { text: initial, selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', { text: ch, selectionStart: 1, selectionEnd: 1 });
    }
    await cdp.send('Input.insertText', { text: ch });
  }
}

const label = (place: string, noun: string, english: string): SourceFields => ({
  label: { adjective: '', noun: 'source', qualifier: english, byLanguage: { ko: { place, noun } } },
  access: 'Trades across the river every week.',
  anonymityReason: 'Would be punished for talking to foreign media.',
  reliability: 'established',
  poolSize: 200,
  notes: '',
});

async function seed(app: AppHarness) {
  await confirmRecoveryKey(app.page, await createVault(app, 'Korean desk'));
  const service = app.service();
  const trader = await service.saveSource(label('혜산', '소식통', 'in Hyesan'));
  const guard = await service.saveSource(label('신의주', '주민', 'in Sinuiju'));
  await service.saveStatements({
    statements: [
      { sourceId: trader.id, text: 'Rice prices doubled at the Hyesan market.', kind: 'paraphrase', saidOn: null, channel: 'phone', notes: '', tags: [] },
      { sourceId: guard.id, text: 'Border guards were rotated in March.', kind: 'paraphrase', saidOn: null, channel: 'phone', notes: '', tags: [] },
    ],
  });
  await app.page.reload();
  return { service, trader };
}

const chips = (page: Page) => page.locator('.ProseMirror .citation-chip');

test.describe('Korean particles and linked translations', () => {
  test('IME typing around chips, particles that follow the label, and a translation missing a citation', async ({ app }) => {
    test.setTimeout(150_000);
    const { page } = app;
    const { service, trader } = await seed(app);
    const cdp = await page.context().newCDPSession(page);

    await newDraft(page, '혜산 쌀값');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await storyText(page).click();
    await composeKorean(cdp, '지난달 ');
    await cite(page, ['Rice prices'], 'attribute', false);
    // The particle typed right after the chip: composed, then the next word.
    await composeKorean(cdp, '는 쌀값이 두 배로 올랐다고 전했다. ');
    await cite(page, ['Border guards'], 'attribute', false);
    await composeKorean(cdp, '와 ');
    await cite(page, ['Rice prices'], 'attribute', false);
    await composeKorean(cdp, '도 그렇게 말했다.');
    await storyText(page).press('End');

    // Each particle now belongs to its chip, spelled as the label needs (소식통 → 은, 주민 → 과).
    await expect(chips(page)).toHaveText(['혜산 소식통은', '신의주 주민과', '이 소식통도']);
    await expect(chips(page).nth(0).locator('.citation-particle')).toHaveText('은');
    // The whole text, exactly: no jamo left behind by a composition (the first one starts after
    // a click under the empty paragraph, where the caret used to sit outside the text).
    await expect(storyText(page)).toHaveText('지난달 혜산 소식통은 쌀값이 두 배로 올랐다고 전했다. 신의주 주민과 이 소식통도 그렇게 말했다.');
    await waitSaved(page);

    // The source's Korean label now ends in a vowel: the particles after its chips change.
    await service.saveSource({ id: trader.id, ...label('혜산', '관계자', 'in Hyesan') });
    // Back to the list (saving on the way) and in again: the draft reloads with the new label.
    await page.getByRole('button', { name: '← Back to drafts' }).click();
    await page.getByRole('button', { name: '혜산 쌀값', exact: true }).click();
    await expect(chips(page)).toHaveText(['혜산 관계자는', '신의주 주민과', '이 관계자도']);
    await page.getByRole('tab', { name: 'Preview' }).click();
    await expect(page.getByRole('article', { name: 'Reader preview' })).toContainText('지난달 혜산 관계자는 쌀값이 두 배로 올랐다고 전했다.');
    await page.getByRole('tab', { name: 'Edit' }).click();

    // Translate…: an English draft with the same three citations and no words.
    await page.getByRole('button', { name: 'Translate…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Translate this draft' });
    await dialog.getByRole('combobox', { name: 'Language of the translation' }).selectOption('en');
    await dialog.getByRole('button', { name: 'Create linked draft' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('en');
    await expect(chips(page)).toHaveCount(3);
    await expect(storyText(page)).not.toContainText('쌀값');
    // The translator drops the last citation.
    await storyText(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Backspace');
    await expect(chips(page)).toHaveCount(2);
    await waitSaved(page);

    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByRole('button', { name: 'Compare with Korean version' }).click();
    const compare = page.getByRole('region', { name: 'This draft beside its Korean version' });
    await expect(compare.getByRole('list', { name: 'Differences in citations' })).toContainText('Citation 3 (“이 관계자”) of the Korean version is missing from this version.');
    await expect(compare.getByRole('list', { name: 'Differences in citations' })).toContainText('is cited 1 time here and 2 times in the Korean version.');
    await expect(compare.getByRole('region', { name: 'Korean version', exact: true })).toContainText('혜산 관계자는 쌀값이 두 배로 올랐다고 전했다.');
    await expect(page.locator('.review-checklist')).toContainText('Linked translations carry the same citations');
    await expect(page.locator('.review-checklist')).toContainText('Citation 3 (“이 관계자”) of the Korean version is missing from this version.');
  });
});
