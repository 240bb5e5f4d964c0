import { chromium, type Browser, type Page } from '@playwright/test';
import type { DocNode } from '../common/domain/draft';
import { attachApp } from '../tests/support/browser-app';
import { STRONG_PASSPHRASE, tempDir } from '../tests/support/temp-dirs';
import { CHROMIUM_PATH } from '../playwright.config';
import { rng, sentence } from './fixture-data';
import { interleavedPairs, reportRatio } from './paired';
import { median, percentile, report } from './report';

// Keystroke → next frame in the real editor (built renderer, Debian's Chromium), in a
// 10,000-word draft with 300 citation chips, beside the same draft with no chips.

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function benchDoc(statementIds: string[], withChips: boolean): DocNode {
  const random = rng(21);
  const content: DocNode[] = [];
  let chips = 0;
  for (let p = 0; p < 100; p++) {
    const inline: DocNode[] = [];
    for (let i = 0; i < 3; i++) {
      inline.push({ type: 'text', text: `${sentence(random, 32)} said ` });
      if (withChips) {
        inline.push({ type: 'citation', attrs: { citationId: `c${chips}`, statementIds: [statementIds[chips % statementIds.length]!], revisions: [1], override: null, customText: null, showDate: false, outlet: '' } });
      } else {
        inline.push({ type: 'text', text: 'a source' });
      }
      chips++;
      inline.push({ type: 'text', text: '. ' });
    }
    content.push({ type: 'paragraph', content: inline });
  }
  return { type: 'doc', content };
}

/** Keystroke → next frame for `keystrokes` keys typed where the caret is. */
async function measureTyping(page: Page, keystrokes: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __listening?: boolean };
    w.__frames = [];
    if (w.__listening) return;
    w.__listening = true;
    document.addEventListener('keydown', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => w.__frames.push(performance.now() - t0), 0));
    }, { capture: true });
  });
  const letters = 'the quick brown fox jumps over the lazy dog ';
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : letters[i % letters.length]!);
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
}

const draftOpenRuns: number[] = [];

/** A page of the built app with the bench draft open and the caret in its first paragraph. */
async function openDraft(browser: Browser, withChips: boolean) {
  const data = tempDir('shieldnote-bench-editor-');
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const app = await attachApp(page, data.path, { recordResults: false });
  const close = async () => {
    await app.shutdown();
    await page.close();
    data.remove();
  };
  try {
    const service = app.service();
    await service.createVault({ path: `${data.path}/Vault`, name: 'Bench', passphrase: STRONG_PASSPHRASE });
    const vault = service.requireVault();
    await vault.update((d) => {
      d.meta.recoveryKeyConfirmed = true;
    });
    const source = await service.saveSource({ label: { adjective: '', noun: 'source', qualifier: 'in China' }, access: '', anonymityReason: '', reliability: 'new', poolSize: null, notes: '' });
    const statements = await service.saveStatements({
      statements: Array.from({ length: 20 }, (_, i) => ({ sourceId: source.id, text: `Statement ${i}`, kind: 'quote' as const, saidOn: null, channel: 'phone' as const, notes: '', tags: [] })),
    });
    const draft = await service.createDraft({ title: withChips ? 'With chips' : 'No chips' });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: benchDoc(statements.map((s) => s.id), withChips) });

    await app.open();
    const drafts = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Drafts', exact: true });
    const title = withChips ? 'With chips' : 'No chips';
    const editor = page.getByRole('textbox', { name: 'Story text' });
    if (withChips) {
      // From the click on the draft in the list to an editable story with its chips, timed in the page.
      for (let i = 0; i < 6; i++) {
        if (i > 0) await page.reload();
        await drafts.click();
        await page.getByRole('button', { name: new RegExp(title) }).first().waitFor();
        const ms = await page.evaluate(async (name) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
          const started = performance.now();
          button!.click();
          for (;;) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            if (document.querySelector('[contenteditable="true"] .citation-chip')) return performance.now() - started;
          }
        }, title);
        if (i > 0) draftOpenRuns.push(ms);
      }
    } else {
      await drafts.click();
      await page.getByRole('button', { name: new RegExp(title) }).first().click();
    }
    await editor.waitFor();
    if (withChips) await page.locator('.citation-chip').first().waitFor();
    // Type in the middle of the first paragraph: everything after it is still in the document.
    await editor.locator('p').first().click({ position: { x: 40, y: 5 } });
  } catch (error) {
    await close();
    throw error;
  }
  /** One sample: p95 of 60 keystrokes (the first 5 of each warm up). */
  const sample = async () => {
    await page.bringToFront();
    const frames = await measureTyping(page, 60);
    return percentile(frames.slice(5), 95);
  };
  return { sample, close };
}

export async function benchEditor(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
  try {
    const chips = await openDraft(browser, true);
    const noChips = await openDraft(browser, false);
    try {
      const pairs = await interleavedPairs(chips.sample, noChips.sample, { pairs: 7, warmup: 1 });
      report('keystroke_p95_ms', pairs.a, '10,000-word draft, 300 citation chips, keystroke to next frame in Chromium (CPU rendering); median of the samples, each the p95 of 55 keys');
      report('keystroke_nochips_p95_ms', pairs.b, 'the same draft with the chips as plain text');
      reportRatio('keystroke_ratio', pairs, 'target ≤ 1.2');
      report('draft_open_ms', median(draftOpenRuns), `10,000-word draft with 300 chips: click in the list → editable with its chips, median of ${draftOpenRuns.length} opens; target ≤ 300`);
    } finally {
      await chips.close();
      await noChips.close();
    }
  } finally {
    await browser.close();
  }
}
