import type { Page } from '@playwright/test';
import { indefiniteForm } from '../../common/attribution/label-forms';
import { SOURCES, STATEMENTS } from '../fixtures/border-story';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { expect, test } from './harness';
import { cite, newDraft, storyText, waitSaved } from './editor-flows';
import { openExport } from './export-flows';
import { addSource, addStatement } from './library-flows';
import { decideAll, goToPage, startPerson } from './review-package-flows';
import { lock, unlockWithPassphrase } from './vault-flows';

// The whole job as a new user did it (issue 17), at a small laptop's size and a common one:
// create a vault, three sources, six statements, a draft with several citations, a leak typed by
// mistake, an editor's review, export, lock and unlock. After each step the caret (while writing),
// the current leak finding and every notice on screen must be inside the window, not under a
// bar nor below the fold. The checks are soft: one run lists every step that fails.

interface Box {
  what: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  covered?: string;
}

/** Notices: the notice area, and every status or alert with words in it that is rendered. */
async function noticeBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const boxes: Box[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('.notice, [role="status"], [role="alert"]')) {
      const text = element.textContent?.trim() ?? '';
      if (!text || element.closest('[hidden], [inert], .visually-hidden') || element.classList.contains('visually-hidden')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      boxes.push({ what: `notice “${text.slice(0, 60)}”`, top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right });
    }
    return boxes;
  });
}

/**
 * The caret in the story text, and what is drawn on top of its middle (a bar covering it).
 * Measured as painted: after the next rendering update. Blocks of the story are
 * `content-visibility: auto` (editor-text.css), and a paragraph that Enter has just made keeps its
 * placeholder height (contain-intrinsic-size, 130 px) until the browser's next rendering update
 * finds it on screen and lays it out; measured before that, the new empty line is 130 px tall and
 * reaches under the status bar although the caret, at its top, is clear of it.
 */
async function caretBox(page: Page): Promise<Box | null> {
  return page.evaluate(async () => {
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    const selection = getSelection();
    const active = document.activeElement as HTMLElement | null;
    if (!selection || selection.rangeCount === 0 || !active?.isContentEditable) return null;
    const range = selection.getRangeAt(0).cloneRange();
    range.collapse(false);
    // In an empty paragraph a collapsed range has no box: the paragraph's line stands for it.
    const container = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    const rect = range.getClientRects()[0] ?? container?.getBoundingClientRect();
    if (!rect || (rect.height === 0 && rect.top === 0)) return null;
    const hit = document.elementFromPoint(rect.left + 1, rect.top + rect.height / 2);
    const covered = hit && !active.contains(hit) ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : undefined;
    return { what: 'caret', top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, covered };
  });
}

async function findingBoxes(page: Page): Promise<Box[]> {
  const boxes: Box[] = [];
  const mark = page.locator('.story-text .leak').first();
  if (await mark.count()) {
    const rect = await mark.boundingBox();
    if (rect) boxes.push({ what: 'the leak in the text', top: rect.y, bottom: rect.y + rect.height, left: rect.x, right: rect.x + rect.width });
  }
  const finding = page.getByRole('list', { name: 'Findings' }).getByRole('listitem').first();
  const rect = (await finding.count()) ? await finding.boundingBox() : null;
  boxes.push(rect ? { what: 'the finding in the Leaks panel', top: rect.y, bottom: rect.y + rect.height, left: rect.x, right: rect.x + rect.width } : { what: 'the finding in the Leaks panel (not rendered)', top: -1, bottom: -1, left: -1, right: -1 });
  return boxes;
}

async function checkInView(page: Page, step: string, { caret = false, finding = false } = {}) {
  const size = page.viewportSize()!;
  const boxes = await noticeBoxes(page);
  if (caret) {
    const box = await caretBox(page);
    expect.soft(box, `${step}: the caret is in the story text`).not.toBeNull();
    if (box) boxes.push(box);
  }
  if (finding) boxes.push(...(await findingBoxes(page)));
  for (const box of boxes) {
    const inside = box.top >= 0 && box.left >= 0 && box.bottom <= size.height + 0.5 && box.right <= size.width + 0.5;
    expect.soft(inside, `${size.width}×${size.height}, ${step}: ${box.what} is inside the window (top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)})`).toBe(true);
    if (box.covered) expect.soft(box.covered, `${size.width}×${size.height}, ${step}: ${box.what} is not covered (top ${Math.round(box.top)})`).toBeUndefined();
  }
}

const TITLE = 'Smuggling picks up on the Yalu';
const labelOf = (key: string) => indefiniteForm(SOURCES.find((s) => s.key === key)!.fields.label);

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
]) {
  test(`the whole job at ${viewport.width}×${viewport.height}: caret, leak finding and notices stay in view`, async ({ app }) => {
    test.setTimeout(300_000);
    const { page } = app;
    await page.setViewportSize(viewport);

    await startPerson(app, 'Dandong border desk', 'Ana Reyes', 'editor');
    await checkInView(page, 'vault created, profile saved');

    for (const source of SOURCES) {
      await addSource(page, source);
      await checkInView(page, `source “${labelOf(source.key)}” saved`);
    }
    for (const statement of STATEMENTS.slice(0, 6)) {
      await addStatement(page, labelOf(statement.source), statement);
      await checkInView(page, `statement “${statement.fields.text.slice(0, 30)}…” saved`);
    }

    // A draft long enough to scroll, with a citation in most paragraphs.
    await newDraft(page, TITLE);
    await page.getByRole('textbox', { name: 'Dateline' }).fill('SEOUL');
    await page.getByRole('textbox', { name: 'Byline' }).fill('By a staff reporter');
    await storyText(page).click();
    const paragraphs: [string, string[], 'quote' | 'attribute'][] = [
      ['Contraband is moving more freely across the Yalu river near Dandong this year, according to ', ['Until this spring'], 'attribute'],
      ['Traders on the Chinese bank say the change came quickly once the patrols thinned out. ', ['patrols thinned'], 'quote'],
      ['Goods from the North arrive at night on small boats. ', ['Reed leaves'], 'quote'],
      ['The crackdown that once kept the trade small has faded, ', ['border agents used to lead'], 'attribute'],
      ['On the other side of the river, coal waits for a buyer. ', ['huge pile of coal'], 'quote'],
      ['Merchants in the city are in no hurry to see the controls return. ', ['merchants in Dandong are glad'], 'quote'],
    ];
    for (const [text, queries, action] of paragraphs) {
      await page.keyboard.type(text);
      await cite(page, queries, action, false);
      await page.keyboard.type(' The trade has grown every month since the winter, and the prices in the market show it.');
      await page.keyboard.press('Enter');
      await checkInView(page, `paragraph citing “${queries[0]}”`, { caret: true });
    }
    await waitSaved(page);

    // A name typed by mistake: the leak guard underlines it and lists it.
    const mistake = 'Liu Zhenhai, who runs a stall by the bridge, says business is good.';
    await page.keyboard.type(mistake);
    await waitSaved(page);
    await expect(page.locator('.story-text .leak').first()).toBeVisible({ timeout: 15_000 });
    await checkInView(page, 'a leak typed by mistake', { caret: true, finding: true });
    // Taken back: the sentence goes, the finding with it.
    for (let i = 0; i < mistake.length; i++) await page.keyboard.press('Backspace');
    await waitSaved(page);
    await expect(page.getByRole('complementary', { name: 'Leaks' })).toContainText('Leaks (0)', { timeout: 15_000 });
    await checkInView(page, 'the leak taken back', { caret: true });

    // The editor's review, in this vault: every citation approved, then the sign-off.
    await page.getByRole('combobox', { name: 'Status' }).selectOption('in-review');
    await checkInView(page, 'sent for review');
    await page.getByRole('button', { name: 'Back to drafts' }).click();
    await page.getByRole('button', { name: `Review “${TITLE}”` }).click();
    await decideAll(page);
    await checkInView(page, 'every citation approved');
    await page.getByLabel('Your passphrase').fill(STRONG_PASSPHRASE);
    await page.getByLabel('Your passphrase').press('Enter');
    await expect(page.getByText(/^Self-approved: Signed off by Ana Reyes/)).toBeVisible();
    await checkInView(page, 'signed off');

    // Export, lock, unlock.
    app.pickFolderResult.value = app.appDataDir;
    await page.getByRole('button', { name: 'Back to drafts' }).click();
    await openExport(page, TITLE);
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Exported / })).toBeVisible();
    await checkInView(page, 'exported');
    await lock(page);
    await unlockWithPassphrase(page);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await checkInView(page, 'unlocked again');
    await goToPage(page, 'Drafts');
    await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toBeVisible();
    expect(app.consoleErrors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });
}
