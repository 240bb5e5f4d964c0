import type { Locator, Page } from '@playwright/test';
import { expect } from './harness';

// Moving through the app with the keyboard alone: Tab until a control has focus, checking on the
// way that every control reached shows a focus ring.

/** True when the focused element draws a visible focus indicator (outline or ring). */
export async function focusRingShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const drawn = (el: Element) => {
      const style = getComputedStyle(el);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || (style.boxShadow !== 'none' && style.boxShadow !== '');
    };
    // The story text rings its surface instead (it would hug every line).
    return drawn(element) || (element.isContentEditable && !!element.closest('.editor-surface') && drawn(element.closest('.editor-surface')!));
  });
}

/** Presses Tab (or Shift+Tab) until `target` has focus; every control passed must show its ring. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i <= max; i++) {
    const focused = await target.evaluate((el) => el === document.activeElement).catch(() => false);
    if (focused) {
      expect(await focusRingShown(page), `focus ring on ${await describeFocus(page)}`).toBe(true);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const where = await describeFocus(page);
    if (where !== 'body') expect(await focusRingShown(page), `focus ring on ${where}`).toBe(true);
  }
  throw new Error(`Tab never reached ${target.toString()} (focus is on ${await describeFocus(page)})`);
}

export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} “${name.trim().slice(0, 60)}”`;
  });
}

/** Tab to a control and press Enter on it. */
export async function activate(page: Page, target: Locator, options?: { back?: boolean; max?: number }): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press('Enter');
}

/** Tab to a field and type into it (replacing what is there). */
export async function typeInto(page: Page, target: Locator, text: string, options?: { back?: boolean; max?: number }): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}
