import type { Browser, Page } from '@playwright/test';
import { chipDoc, chipsAgainstPlain, openBenchVault, recordedFrames, timeNextFrames } from './editor-page';
import { rng, sentence } from './fixture-data';
import { reportRatio } from './paired';
import { median, percentile, report } from './report';

// Keystroke → next frame in the real editor (built renderer, Debian's Chromium), in a
// 10,000-word draft with 300 citation chips, beside the same draft with no chips.

/** Keystroke → next frame for `keystrokes` keys typed where the caret is. */
async function measureTyping(page: Page, keystrokes: number): Promise<number[]> {
  await timeNextFrames(page, ['keydown']);
  const letters = 'the quick brown fox jumps over the lazy dog ';
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : letters[i % letters.length]!);
    await page.waitForTimeout(25);
  }
  return recordedFrames(page);
}

const draftOpenRuns: number[] = [];

/** A page of the built app with the bench draft open and the caret in its first paragraph. */
async function openDraft(browser: Browser, withChips: boolean) {
  const title = withChips ? 'With chips' : 'No chips';
  const random = rng(21);
  const { page, close } = await openBenchVault(browser, {
    tempPrefix: 'shieldnote-bench-editor-',
    title,
    sourceLabel: { adjective: '', noun: 'source', qualifier: 'in China' },
    body: (ids) => chipDoc(ids, withChips, { before: () => `${sentence(random, 32)} said `, plain: 'a source', after: '. ' }),
  });
  try {
    const drafts = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Drafts', exact: true });
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
  const pairs = await chipsAgainstPlain(openDraft);
  report('keystroke_p95_ms', pairs.a, '10,000-word draft, 300 citation chips, keystroke to next frame in Chromium (CPU rendering); median of the samples, each the p95 of 55 keys');
  report('keystroke_nochips_p95_ms', pairs.b, 'the same draft with the chips as plain text');
  reportRatio('keystroke_ratio', pairs, 'target ≤ 1.2');
  report('draft_open_ms', median(draftOpenRuns), `10,000-word draft with 300 chips: click in the list → editable with its chips, median of ${draftOpenRuns.length} opens; target ≤ 300`);
}
