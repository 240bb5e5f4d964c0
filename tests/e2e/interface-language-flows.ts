import type { Page } from '@playwright/test';
import type { ShieldnoteApi } from '../../common/api/bridge';
import type { InterfaceLanguage } from '../../common/api/interface-languages';
import { expect } from './harness';

// The same event the renderer listens for (renderer/src/i18n/interface-language.tsx).
const CHANGED = 'shieldnote:interface-language-changed';

/** Sets the interface language as Vault settings does, and tells the open window. */
export async function setInterfaceLanguage(page: Page, choice: InterfaceLanguage | 'system'): Promise<void> {
  await page.evaluate(
    async ({ choice, changed }) => {
      await (window as unknown as { shieldnote: ShieldnoteApi }).shieldnote.setInterfaceLanguage({ choice });
      window.dispatchEvent(new Event(changed));
    },
    { choice, changed: CHANGED },
  );
}

/**
 * Runs `action` with the interface in `language`, the screen in the state it is in (open dialogs,
 * typed text), then goes back to the system's language. The setting is main's, as in Vault settings.
 */
export async function inInterfaceLanguage(page: Page, language: InterfaceLanguage, action: () => Promise<unknown>): Promise<void> {
  await setInterfaceLanguage(page, language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  // Fonts for the new script load on first use: wait for them before a screenshot.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await action();
  await setInterfaceLanguage(page, 'system');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}
