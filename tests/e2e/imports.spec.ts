import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { indefiniteForm } from '../../common/attribution/label-forms';
import { SOURCES } from '../fixtures/border-story';
import { interviewDocx } from '../support/import-fixtures';
import { expect, test } from './harness';
import { importStatementsFrom, writeWordInterview } from './import-flows';
import { addSource, goTo } from './library-flows';
import { confirmRecoveryKey, createVault } from './vault-flows';

test.describe('imports', () => {
  test('a Word interview imported as statements: warnings read, speakers mapped, the original deleted only after main asks', async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app));
    const trader = SOURCES[0]!;
    await addSource(page, trader);
    const label = indefiniteForm(trader.fields.label);

    const file = await writeWordInterview(app);
    await goTo(page, 'Statements');
    await importStatementsFrom(app, file, 'Review the Word document');

    const warnings = page.getByRole('region', { name: 'Check before saving' });
    await expect(warnings).toContainText('Kim Reporter');
    await expect(warnings).toContainText('Daily Ledger');
    await expect(warnings.getByRole('list', { name: 'Comments in the document' })).toContainText('Is this the same trader as in March?');
    await expect(warnings.getByRole('list', { name: 'Tracked changes in the document' })).toContainText('mostly after ten.');

    await page.getByRole('combobox', { name: 'Source for Trader' }).selectOption({ label });
    await page.getByRole('combobox', { name: 'Source for Q' }).selectOption({ label: 'Me (not saved)' });
    const terms = page.getByRole('group', { name: `Keep for ${label}` });
    await expect(terms.getByRole('checkbox', { name: 'Phone: +86 138 0411 2233' })).toBeChecked();

    const save = page.getByRole('button', { name: 'Save 2 statements' });
    await expect(save).toBeDisabled();
    await warnings.getByRole('checkbox', { name: 'I have looked through the comments and tracked changes' }).check();
    await save.click();

    const notices = page.getByRole('region', { name: 'Notifications' });
    await expect(notices).toContainText('2 statements imported with 1 attachment.');
    await expect(page.getByRole('heading', { name: 'Statements', exact: true })).toBeVisible();
    await expect(page.getByText('Rice doubled in two weeks.', { exact: false })).toBeVisible();

    // The renderer can only ask; main's own dialog decides, and says what overwriting cannot do.
    app.dialogs.answer = true;
    await notices.getByRole('button', { name: 'Delete the original file…' }).click();
    await expect(notices).toContainText('The original file was overwritten and deleted.');
    expect(existsSync(file)).toBe(false);
    expect(app.dialogs.asked).toHaveLength(1);
    expect(app.dialogs.asked[0]!.detail).toMatch(/SSDs .* synced folders/s);
    expect(app.outsideRequests).toEqual([]);
  });

  test('a Word document imported as a new draft opens in the editor', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app));
    const file = path.join(app.appDataDir, 'notes.docx');
    writeFileSync(file, await interviewDocx());
    app.filePicker.open = file;

    await goTo(page, 'Drafts');
    await page.getByRole('button', { name: 'Import Word document…' }).click();
    await page.getByRole('button', { name: 'Choose a Word document…' }).click();
    await expect(page.getByRole('region', { name: 'What was found' })).toContainText('Interview, Dandong market');
    await page.getByRole('button', { name: 'Save as a new draft' }).click();
    await expect(page.getByRole('textbox', { name: /title/i }).first()).toHaveValue('Interview, Dandong market');
    expect(existsSync(file)).toBe(true);
  });
});
