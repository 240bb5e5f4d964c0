import { existsSync } from 'node:fs';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { seedStory } from '../support/seed-story';
import { SOURCES } from '../fixtures/border-story';
import { expect, test } from './harness';
import { changePassphrase, confirmTravel, openBurnDialog, restoreTravel, reviewTravelWithRecoveryKey, travelFile } from './hardening-flows';
import { goTo } from './library-flows';
import { confirmRecoveryKey, createVault, lock, unlockWithPassphrase } from './vault-flows';

const NEW_PASSPHRASE = 'copper heron drifts past nine lanterns';
const identityTerms = SOURCES.flatMap((s) => s.identity.map((t) => t.value));

test.describe('vault hardening', () => {
  test('change the passphrase, then only the new one unlocks', async ({ app }) => {
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app));
    await changePassphrase(page, 'not my passphrase at all', NEW_PASSPHRASE);
    await expect(page.getByRole('alert')).toContainText('current passphrase is not right');
    await changePassphrase(page, STRONG_PASSPHRASE, NEW_PASSPHRASE);
    await expect(page.getByText('Passphrase changed. Use the new one from now on.')).toBeVisible();

    await lock(page);
    await unlockWithPassphrase(page, STRONG_PASSPHRASE);
    await expect(page.getByRole('alert')).toContainText('does not open this vault');
    await unlockWithPassphrase(page, NEW_PASSPHRASE);
    await expect(page.getByRole('banner')).toContainText('Border desk');
    expect(JSON.stringify(app.apiResults)).not.toContain(NEW_PASSPHRASE);
  });

  test('after a recovery-key unlock, a new passphrase is set with the strength meter', async ({ app }) => {
    const { page } = app;
    const recoveryKey = await createVault(app);
    await confirmRecoveryKey(page, recoveryKey);
    await lock(page);
    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Set a new passphrase' })).toBeVisible();
    await page.getByLabel('New passphrase', { exact: true }).fill('sunshine');
    await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toBeVisible();
    await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('Confirm new passphrase').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Set new passphrase' }).click();
    await expect(page.getByRole('banner')).toContainText('Border desk');
    await lock(page);
    await unlockWithPassphrase(page, NEW_PASSPHRASE);
    await expect(page.getByRole('banner')).toContainText('Border desk');
  });

  test('replace the recovery key: shown once, typed back, and the old one is refused', async ({ app }) => {
    const { page } = app;
    const oldKey = await createVault(app);
    await confirmRecoveryKey(page, oldKey);
    await goTo(page, 'Vault settings');
    await page.getByRole('button', { name: 'Replace recovery key…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace the recovery key' });
    await dialog.getByLabel('Passphrase').fill(STRONG_PASSPHRASE);
    await dialog.getByRole('button', { name: 'Replace recovery key' }).click();
    await expect(page.getByRole('heading', { name: 'Save your new recovery key' })).toBeVisible();
    const newKey = (await page.getByRole('group', { name: 'Recovery key' }).textContent())!.replace(/\s+/g, '');
    expect(newKey).not.toBe(oldKey);
    await confirmRecoveryKey(page, newKey);
    await expect(page.getByRole('banner')).toContainText('Border desk');

    await lock(page);
    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await page.getByRole('textbox', { name: 'Recovery key' }).fill(oldKey);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toContainText('does not open this vault');
  });

  test('travel mode out and back: identities leave, the notebook keeps working, then they return', async ({ app }) => {
    const { page } = app;
    const recoveryKey = await createVault(app);
    await confirmRecoveryKey(page, recoveryKey);
    await seedStory(app.service());
    await page.reload();

    await reviewTravelWithRecoveryKey(page, recoveryKey);
    await expect(page.getByRole('dialog', { name: 'Enter travel mode?' })).toContainText('All older backups of this vault will be deleted');
    await confirmTravel(app);
    await expect(page.getByRole('status').filter({ hasText: 'are away' })).toContainText('3 sources');
    expect(existsSync(travelFile(app))).toBe(true);

    await goTo(page, 'Sources');
    await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: /^a source based in China/ }).click();
    const identity = page.getByRole('region', { name: 'Identity' });
    await expect(identity).toContainText('Identities are away (travel mode).');
    await expect(identity.getByRole('button', { name: 'Reveal…' })).toHaveCount(0);
    await goTo(page, 'Statements');
    await expect(page.getByRole('listbox', { name: 'Statements' }).getByRole('option').first()).toBeVisible();

    await restoreTravel(app, recoveryKey);
    await expect(page.getByRole('status').filter({ hasText: 'are back' })).toContainText('The travel file was deleted.');
    expect(existsSync(travelFile(app))).toBe(false);
    await goTo(page, 'Sources');
    await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: /^a source based in China/ }).click();
    await identity.getByRole('button', { name: 'Reveal…' }).click();
    await identity.getByLabel('Passphrase').fill(STRONG_PASSPHRASE);
    await identity.getByRole('button', { name: 'Reveal' }).click();
    await expect(identity).toContainText('Liu Zhenhai');
    // Identity terms crossed to the renderer only in the reveal's answer.
    const carrying = app.apiResults.filter((r) => identityTerms.some((t) => JSON.stringify(r.result).includes(t)));
    expect(carrying.map((r) => r.method)).toEqual(['revealIdentity']);
    expect(app.consoleErrors).toEqual([]);
  });

  test('burn one identity: the label, profile and statements stay; the identity is gone', async ({ app }) => {
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app));
    await seedStory(app.service());
    await page.reload();

    await openBurnDialog(page, /^a source based in China/);
    const dialog = page.getByRole('dialog', { name: 'Burn this identity?' });
    await expect(dialog).toContainText('destroyed for good');
    await expect(dialog).toContainText('The label, profile and statements of this source stay');
    const burn = dialog.getByRole('button', { name: 'Burn identity' });
    await expect(burn).toBeDisabled();
    await dialog.getByRole('textbox', { name: /^Type “a source based in China” to confirm$/ }).fill('a source based in china');
    // The typed label shows intent; main burns only on the passphrase, which it checks.
    await burn.click();
    await expect(dialog.getByText('Type your passphrase to burn this identity.')).toBeVisible();
    await dialog.getByLabel('Your passphrase').fill('not the passphrase at all');
    await burn.click();
    await expect(dialog.getByRole('alert')).toHaveText('That passphrase is not right. Nothing was burned.');
    await dialog.getByLabel('Your passphrase').fill(STRONG_PASSPHRASE);
    await burn.click();
    await expect(dialog).toBeHidden();

    const identity = page.getByRole('region', { name: 'Identity' });
    await expect(identity).toContainText('No identity recorded.');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('A source based in China');
    await expect(page.getByRole('region', { name: 'Profile' })).toContainText('wholesale stall in Dandong');
    expect((await app.service().listStatements({ sourceId: (await app.service().listSources({})).find((s) => s.label.qualifier === 'based in China')!.id })).length).toBeGreaterThan(0);
    const audit = await app.service().listAudit({});
    expect(audit.find((e) => e.action === 'identity.burned')?.detail).toMatch(/passphrase confirmed/);
    expect(audit.find((e) => e.action === 'confirmation.refused')?.detail).toBe('burn the identity of a source based in China: wrong passphrase');
  });
});
