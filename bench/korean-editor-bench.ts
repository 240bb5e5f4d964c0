import type { Browser, CDPSession, Page } from '@playwright/test';
import { chipDoc, chipsAgainstPlain, openBenchVault, recordedFrames, timeNextFrames } from './editor-page';
import { rng } from './fixture-data';
import { reportRatio } from './paired';
import { percentile, report } from './report';

// Korean typed through an IME (Chromium's composition events over CDP) in a Korean draft of
// 100 paragraphs with 300 citation chips that own particles, beside the same draft with the
// chips' words as plain text: composition step → next frame.

const SYLLABLES = '가나다라마바사아자차카타파하국경시장쌀값상인주민관계자소식통혜산신의주평양두배올랐전했말그렇게지난달';
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

function koreanWords(random: () => number, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 2 + Math.floor(random() * 3);
    let word = '';
    for (let j = 0; j < length; j++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.push(word);
  }
  return words.join(' ');
}

/** Composition step (update or commit) → next frame, for `syllables` syllables composed where the caret is. */
async function measureComposing(page: Page, cdp: CDPSession, syllables: number): Promise<number[]> {
  await timeNextFrames(page, ['compositionupdate', 'input']);
  const text = '쌀값이 두 배로 올랐다고 전했다 ';
  for (let i = 0; i < syllables; i++) {
    const ch = text[i % text.length]!;
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xac00 && cp <= 0xd7a3) {
      await cdp.send('Input.imeSetComposition', { text: INITIALS[Math.floor((cp - 0xac00) / 588)]!, selectionStart: 1, selectionEnd: 1 });
      await page.waitForTimeout(15);
      await cdp.send('Input.imeSetComposition', { text: ch, selectionStart: 1, selectionEnd: 1 });
      await page.waitForTimeout(15);
    }
    await cdp.send('Input.insertText', { text: ch });
    await page.waitForTimeout(25);
  }
  return recordedFrames(page);
}

async function openDraft(browser: Browser, withChips: boolean) {
  const title = withChips ? '칩 있음' : '칩 없음';
  const random = rng(15);
  const { page, close } = await openBenchVault(browser, {
    tempPrefix: 'shieldnote-bench-editor-ko-',
    title,
    sourceLabel: { adjective: '', noun: 'source', qualifier: 'in Hyesan', byLanguage: { ko: { place: '혜산', noun: '소식통' } } },
    language: 'ko',
    body: (ids) => chipDoc(ids, withChips, { before: () => `${koreanWords(random, 14)} `, plain: '혜산 소식통은', after: ' 전했다. ', chipAttrs: { particle: '은/는' } }),
  });
  let cdp: CDPSession;
  try {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Drafts', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(title) }).first().click();
    const editor = page.getByRole('textbox', { name: 'Story text' });
    await editor.waitFor();
    if (withChips) await page.locator('.citation-chip .citation-particle').first().waitFor();
    await editor.locator('p').first().click({ position: { x: 40, y: 5 } });
    cdp = await page.context().newCDPSession(page);
  } catch (error) {
    await close();
    throw error;
  }
  /** One sample: p95 of the composition steps of 24 syllables (the first 6 steps warm up). */
  const sample = async () => {
    await page.bringToFront();
    const frames = await measureComposing(page, cdp, 24);
    return percentile(frames.slice(6), 95);
  };
  return { sample, close };
}

export async function benchKoreanEditor(): Promise<void> {
  const pairs = await chipsAgainstPlain(openDraft);
  report('keystroke_ko_p95_ms', pairs.a, 'Korean draft, 300 chips with particles: IME composition step to next frame in Chromium (CPU rendering); median of the samples, each the p95 of one composed sentence');
  report('keystroke_ko_nochips_p95_ms', pairs.b, 'the same draft with the chips’ words as plain text');
  reportRatio('keystroke_ko_ratio', pairs, 'target ≤ 1.2');
}
