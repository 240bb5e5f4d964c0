import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { expect, openApp, test } from './harness';
import { confirmRecoveryKey, createVault, lock, typeRecoveryKeyBack, unlockWithPassphrase } from './vault-flows';

test.describe('vault in the real renderer', () => {
  test('create, see the recovery key once, lock, unlock wrong then right, unlock with the recovery key', async ({ app }) => {
    const { page } = app;
    const recoveryKey = await createVault(app);
    await confirmRecoveryKey(page, recoveryKey);
    await expect(page.getByRole('banner')).toContainText('Border desk');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Desk' })).toBeVisible();

    await lock(page);
    await expect(page.getByText(recoveryKey)).toHaveCount(0);

    await unlockWithPassphrase(page, 'a wrong passphrase entirely');
    await expect(page.getByRole('alert')).toContainText('does not open this vault');
    // What was typed stays, selected: typing replaces it, an arrow key keeps it to fix one letter.
    const passphrase = page.getByLabel('Passphrase', { exact: true });
    await expect(passphrase).toHaveValue('a wrong passphrase entirely');
    await expect(passphrase).toBeFocused();
    expect(await passphrase.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 'a wrong passphrase entirely'.length]);
    await unlockWithPassphrase(page);
    await expect(page.getByRole('banner')).toContainText('Border desk');

    // Lock from the keyboard, then use the recovery key.
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey.replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Unlock' }).click();
    // A recovery-key unlock offers a new passphrase first (hardening.spec.ts sets one).
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByRole('banner')).toContainText('Border desk');

    // The recovery key crossed to the renderer exactly once: in createVault's answer.
    const carrying = app.apiResults.filter((r) => JSON.stringify(r.result).includes(recoveryKey.slice(0, 9)));
    expect(carrying.map((r) => r.method)).toEqual(['createVault']);
    expect(JSON.stringify(app.apiResults)).not.toContain(STRONG_PASSPHRASE);
    expect(app.outsideRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]); // no CSP or Trusted Types violation in normal use
  });

  test('a mistyped recovery key is refused at confirmation', async ({ app }) => {
    const { page } = app;
    const recoveryKey = await createVault(app);
    const wrong = (recoveryKey.startsWith('A') ? 'B' : 'A') + recoveryKey.slice(1);
    await typeRecoveryKeyBack(page, wrong);
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Confirm your recovery key' })).toBeVisible();
  });

  test('finds what was saved after the service restarts', async ({ app }) => {
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app, 'First name'));
    await page.getByRole('button', { name: 'Vault settings' }).click();
    await page.getByLabel('Vault name').fill('Dandong desk');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    await app.restartService();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
    await unlockWithPassphrase(page);
    await expect(page.getByRole('banner')).toContainText('Dandong desk');
    expect(app.outsideRequests).toEqual([]);
  });

  test('the page cannot reach the network, and the CSP blocks injected script and frames', async ({ app }) => {
    const { page } = app;
    await openApp(app);
    await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
    const blocked = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return 'fetched';
      } catch {
        return 'blocked';
      }
    });
    expect(blocked).toBe('blocked');
    // The CSP header is in force: injected inline script and frames do not run.
    const injected = await page.evaluate(async () => {
      const script = document.createElement('script');
      try {
        script.textContent = 'window.__inlineRan = true'; // Trusted Types refuse the string …
        document.body.append(script); // … and script-src would refuse it anyway
      } catch {
        // refused
      }
      const frame = document.createElement('iframe');
      frame.src = '/index.html';
      document.body.append(frame);
      await new Promise((r) => setTimeout(r, 300));
      let frameHasApi = false;
      try {
        frameHasApi = 'shieldnote' in (frame.contentWindow as object);
      } catch {
        frameHasApi = false;
      }
      return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, frameHasApi };
    });
    expect(injected).toEqual({ inlineRan: false, frameHasApi: false });
    // connect-src stops the fetch before a request exists; nothing left the page.
    expect(app.outsideRequests).toEqual([]);
  });

  test('refuses a weak passphrase before creating anything', async ({ app }) => {
    const { page } = app;
    await openApp(app);
    await page.getByLabel('Passphrase', { exact: true }).fill('password1234');
    await page.getByLabel('Confirm passphrase').fill('password1234');
    await expect(page.getByRole('button', { name: 'Create vault' })).toBeDisabled();
    await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuenow', /[0-2]/);
    await page.getByLabel('Passphrase', { exact: true }).fill(STRONG_PASSPHRASE);
    await page.getByLabel('Confirm passphrase').fill(STRONG_PASSPHRASE);
    await expect(page.getByRole('button', { name: 'Create vault' })).toBeEnabled();
  });
});
