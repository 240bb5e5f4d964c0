import { existsSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_VAULT_FOLDER, SAMPLE_VAULT_PASSPHRASE } from '../../common/domain/sample-vault';
import { SAMPLE_DRAFT, openSampleVault, unlockSample } from './desk-flows';
import { expect, test } from './harness';
import { goTo } from './library-flows';
import { lock } from './vault-flows';

// Issue 17: the desk (what needs you, one click from acting on it), the sample vault, private
// nicknames, and an identity edit that outlives its reveal countdown.

test.describe('the desk and the sample vault', () => {
  test('first run offers the sample vault: it opens marked as a sample, its planted leak is found, and it can be deleted', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await openSampleVault(app);
    const banner = page.getByRole('region', { name: 'Sample vault' });
    await expect(banner).toContainText(SAMPLE_VAULT_PASSPHRASE);
    await expect(page.getByRole('banner')).toContainText('Sample');

    // The desk says what blocks the draft; one click opens it, and the leak guard finds the plant.
    const drafts = page.getByRole('region', { name: 'Drafts' });
    const item = drafts.getByRole('button', { name: new RegExp(`^${SAMPLE_DRAFT}`) });
    await expect(item).toContainText('1 open leak finding');
    await expect(item).toContainText('1 approval reopened by an edit');
    await item.click();
    await expect(page.getByRole('complementary', { name: 'Leaks' }).getByRole('list', { name: 'Findings' })).toContainText('Old Liu', { timeout: 15_000 });

    // Deleting asks in main's own dialog: "no" keeps it, "yes" removes its folder.
    await page.getByRole('button', { name: 'Delete sample vault…' }).click();
    await expect(banner).toBeVisible();
    expect(app.dialogs.asked.at(-1)?.title).toBe('Delete the sample vault?');
    app.dialogs.answer = true;
    await page.getByRole('button', { name: 'Delete sample vault…' }).click();
    await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
    expect(existsSync(path.join(app.appDataDir, SAMPLE_VAULT_FOLDER))).toBe(false);
    await expect(page.getByRole('button', { name: 'Open the sample vault' })).toBeVisible();
  });

  test('each desk item is one click from acting on it, and unlocking returns to where the user was', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await openSampleVault(app);
    await page.getByRole('button', { name: `Review “${SAMPLE_DRAFT}”` }).click();
    const reviewHeading = page.getByRole('heading', { level: 1, name: `Review: ${SAMPLE_DRAFT}` });
    await expect(reviewHeading).toBeVisible();

    await lock(page);
    await expect(page.getByRole('note')).toContainText(SAMPLE_VAULT_PASSPHRASE);
    await unlockSample(app);
    await expect(reviewHeading).toBeVisible();

    // Back on the desk, a recent statement opens the statement itself.
    await goTo(page, 'Desk');
    const statements = page.getByRole('region', { name: 'Recent statements' });
    await statements.getByRole('button').first().click();
    await expect(page.getByRole('button', { name: 'Back to the desk' })).toBeVisible();
  });

  test('nicknames tell sources apart in the list and the cite picker; a label another source has asks for one', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await openSampleVault(app);
    await goTo(page, 'Sources');
    await expect(page.getByRole('list', { name: 'Sources' })).toContainText('a source based in China · the stall keeper');

    await page.getByRole('button', { name: 'New source' }).click();
    const label = page.getByRole('group', { name: 'Label' });
    await label.getByRole('textbox', { name: 'Noun' }).fill('source');
    await label.getByRole('textbox', { name: 'Qualifier' }).fill('in China');
    await page.getByRole('button', { name: 'Save source' }).click();
    await expect(page.getByText('Another source is already “a source in China”')).toBeVisible();
    const nickname = page.getByRole('textbox', { name: 'Private nickname' });
    await expect(nickname).toBeFocused();
    await nickname.fill('the cousin');
    // The identity can be typed on the New source form too; it is hidden once saved.
    const newIdentity = page.getByRole('group', { name: 'Identity (optional)' });
    const value = newIdentity.getByRole('textbox', { name: 'Value' });
    expect((await value.boundingBox())!.width).toBeGreaterThan(150);
    await value.fill('Choi Min-jun');
    await page.getByRole('button', { name: 'Save source' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /source in China · the cousin/i })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Identity' })).toContainText('1 name');
    await expect(page.getByText('Choi Min-jun')).toHaveCount(0);

    await goTo(page, 'Drafts');
    await page.getByRole('button', { name: SAMPLE_DRAFT, exact: true }).click();
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Insert citation' });
    await palette.getByRole('combobox', { name: 'Search statements' }).fill('Reed leaves');
    await expect(palette.getByRole('listbox', { name: 'Statements' }).getByRole('option').first()).toContainText('(the ferryman)');
  });

  test('an identity edit in progress outlives the reveal countdown, and the value field is wide enough to read', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await openSampleVault(app);
    await goTo(page, 'Vault settings');
    await page.getByRole('spinbutton', { name: 'Reveal identities for' }).fill('5');
    await page.getByRole('button', { name: 'Save reveal time' }).click();
    await goTo(page, 'Sources');
    await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: /^a source in China/ }).click();
    const identity = page.getByRole('region', { name: 'Identity' });
    await identity.getByRole('button', { name: 'Reveal…' }).click();
    await identity.getByLabel('Passphrase').fill(SAMPLE_VAULT_PASSPHRASE);
    await identity.getByRole('button', { name: 'Reveal' }).click();
    await identity.getByRole('button', { name: 'Edit identity' }).click();
    await identity.getByRole('button', { name: 'Add term' }).click();
    const value = identity.getByRole('textbox', { name: 'Value' }).last();
    await value.fill('Uncle Park');
    expect((await value.boundingBox())!.width).toBeGreaterThan(150);

    // The countdown runs out while the edit is dirty: nothing is lost, the user is told.
    await expect(identity.getByText('Time is up. Your edit is kept')).toBeVisible({ timeout: 10_000 });
    await expect(value).toHaveValue('Uncle Park');
    await identity.getByRole('button', { name: 'Save identity' }).click();
    await expect(identity.getByRole('button', { name: 'Reveal…' })).toBeVisible();
    await expect(identity).toContainText('3 names');
  });
});
