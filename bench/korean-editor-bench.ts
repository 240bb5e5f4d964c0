import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import type { DocNode } from '../common/domain/draft';
import { attachApp } from '../tests/support/browser-app';
import { STRONG_PASSPHRASE, tempDir } from '../tests/support/temp-dirs';
import { CHROMIUM_PATH } from '../playwright.config';
import { rng } from './fixture-data';
import { interleavedPairs, reportRatio } from './paired';
import { percentile, report } from './report';

// Korean typed through an IME (Chromium's composition events over CDP) in a Korean draft of
// 100 paragraphs with 300 citation chips that own particles, beside the same draft with the
// chips' words as plain text: composition step → next frame.

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
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

function benchDoc(statementIds: string[], withChips: boolean): DocNode {
  const random = rng(15);
  const content: DocNode[] = [];
  let chips = 0;
  for (let p = 0; p < 100; p++) {
    const inline: DocNode[] = [];
    for (let i = 0; i < 3; i++) {
      inline.push({ type: 'text', text: `${koreanWords(random, 14)} ` });
      if (withChips) {
        inline.push({ type: 'citation', attrs: { citationId: `c${chips}`, statementIds: [statementIds[chips % statementIds.length]!], revisions: [1], override: null, customText: null, showDate: false, outlet: '', particle: '은/는' } });
      } else {
        inline.push({ type: 'text', text: '혜산 소식통은' });
      }
      chips++;
      inline.push({ type: 'text', text: ' 전했다. ' });
    }
    content.push({ type: 'paragraph', content: inline });
  }
  return { type: 'doc', content };
}

/** Composition step (update or commit) → next frame, for `syllables` syllables composed where the caret is. */
async function measureComposing(page: Page, cdp: CDPSession, syllables: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __listeningKo?: boolean };
    w.__frames = [];
    if (w.__listeningKo) return;
    w.__listeningKo = true;
    // Anonymous listeners: tsx would wrap a named function in a helper the page does not have.
    for (const type of ['compositionupdate', 'input']) {
      document.addEventListener(type, () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__frames.push(performance.now() - t0), 0));
      }, { capture: true });
    }
  });
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
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
}

async function openDraft(browser: Browser, withChips: boolean) {
  const data = tempDir('shieldnote-bench-editor-ko-');
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const app = await attachApp(page, data.path, { recordResults: false });
  const close = async () => {
    await app.shutdown();
    await page.close();
    data.remove();
  };
  let cdp: CDPSession;
  try {
    const service = app.service();
    await service.createVault({ path: `${data.path}/Vault`, name: 'Bench', passphrase: STRONG_PASSPHRASE });
    await service.requireVault().update((d) => {
      d.meta.recoveryKeyConfirmed = true;
    });
    const source = await service.saveSource({
      label: { adjective: '', noun: 'source', qualifier: 'in Hyesan', byLanguage: { ko: { place: '혜산', noun: '소식통' } } },
      access: '', anonymityReason: '', reliability: 'new', poolSize: null, notes: '',
    });
    const statements = await service.saveStatements({
      statements: Array.from({ length: 20 }, (_, i) => ({ sourceId: source.id, text: `Statement ${i}`, kind: 'quote' as const, saidOn: null, channel: 'phone' as const, notes: '', tags: [] })),
    });
    const title = withChips ? '칩 있음' : '칩 없음';
    const draft = await service.createDraft({ title });
    await service.setDraftLanguage({ id: draft.meta.id, language: 'ko' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: benchDoc(statements.map((s) => s.id), withChips) });

    await app.open();
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
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
  try {
    const chips = await openDraft(browser, true);
    const noChips = await openDraft(browser, false);
    try {
      const pairs = await interleavedPairs(chips.sample, noChips.sample, { pairs: 7, warmup: 1 });
      report('keystroke_ko_p95_ms', pairs.a, 'Korean draft, 300 chips with particles: IME composition step to next frame in Chromium (CPU rendering); median of the samples, each the p95 of one composed sentence');
      report('keystroke_ko_nochips_p95_ms', pairs.b, 'the same draft with the chips’ words as plain text');
      reportRatio('keystroke_ko_ratio', pairs, 'target ≤ 1.2');
    } finally {
      await chips.close();
      await noChips.close();
    }
  } finally {
    await browser.close();
  }
}
