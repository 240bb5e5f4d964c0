import { indefiniteForm } from '../../common/attribution/label-forms';
import { INTERVIEW_NOTES, SOURCES, STATEMENTS } from '../fixtures/border-story';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { expect, test } from './harness';
import { addSource, addStatement, goTo } from './library-flows';
import { confirmRecoveryKey, createVault } from './vault-flows';

const identityValues = SOURCES.flatMap((s) => s.identity.map((t) => t.value));

test.describe('sources and statements', () => {
  test('enter the fixture story’s sources and statements, reveal an identity, search, and keep identities out of the renderer', async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app));
    await goTo(page, 'Vault settings');
    await page.getByRole('spinbutton', { name: 'Reveal identities for' }).fill('5');
    await page.getByRole('button', { name: 'Save reveal time' }).click();

    // The label preview follows the label as it is typed.
    await goTo(page, 'Sources');
    await page.getByRole('button', { name: 'New source' }).click();
    await page.getByRole('group', { name: 'Label' }).getByRole('textbox', { name: 'Noun' }).fill('source');
    await page.getByRole('group', { name: 'Label' }).getByRole('textbox', { name: 'Qualifier' }).fill('based in China');
    const preview = page.getByRole('region', { name: 'Label preview' });
    await expect(preview).toContainText('a source based in China');
    await expect(preview).toContainText('a separate source in China');
    await expect(preview).toContainText('the initial source');
    await page.getByRole('button', { name: 'Cancel' }).click();

    for (const source of SOURCES) await addSource(page, source);
    const labelOf = (key: string) => indefiniteForm(SOURCES.find((s) => s.key === key)!.fields.label);
    for (const statement of STATEMENTS) await addStatement(page, labelOf(statement.source), statement);
    await goTo(page, 'Statements');
    await expect(page.getByText(`${STATEMENTS.length} statements`)).toBeVisible();

    // Reveal: a wrong passphrase is refused, the right one shows the identity, which hides again.
    await goTo(page, 'Sources');
    await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: /^a source in China/ }).click();
    const identity = page.getByRole('region', { name: 'Identity' });
    await identity.getByRole('button', { name: 'Reveal…' }).click();
    await identity.getByLabel('Passphrase').fill('not my passphrase');
    await identity.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.getByRole('alert')).toContainText('That passphrase is not right.');
    await expect(identity).not.toContainText('Park Sun-hee');
    await identity.getByLabel('Passphrase').fill(STRONG_PASSPHRASE);
    await identity.getByRole('button', { name: 'Reveal' }).click();
    await expect(identity.getByRole('list', { name: 'Identity terms' })).toContainText('Park Sun-hee');
    await expect(identity.getByRole('timer')).toContainText('Hides in');
    await expect(identity).not.toContainText('Park Sun-hee', { timeout: 9_000 });
    await expect(identity).toContainText('Hidden');

    // Search by a word in a statement, and by tag.
    await goTo(page, 'Search');
    await page.getByRole('searchbox', { name: 'Search statements and sources' }).fill('reed leaves');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('button')).toHaveCount(1);
    await expect(results.locator('mark').first()).toHaveText(/reed/i);
    await page.getByRole('button', { name: 'Clear search' }).click();
    await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'coal (1)' });
    await expect(results.getByRole('button')).toHaveCount(1);
    await expect(results).toContainText('pile of coal');

    // No API answer carried an identity term, except the one reveal.
    const carrying = app.apiResults.filter((r) => identityValues.some((v) => JSON.stringify(r.result).includes(v)));
    expect(carrying.map((r) => r.method)).toEqual(['revealIdentity']);
    expect(app.outsideRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  test('paste interview notes, split them by speaker, map speakers to sources and save', async ({ app }) => {
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app));
    const service = app.service();
    await service.saveSource(SOURCES[0]!.fields);
    await service.saveSource(SOURCES[1]!.fields);
    await page.reload(); // the vault stays unlocked in main; the renderer reloads what was added

    await goTo(page, 'Statements');
    await page.getByRole('button', { name: 'Paste interview notes…' }).click();
    await page.getByRole('textbox', { name: 'Interview notes' }).fill(INTERVIEW_NOTES);
    const found = page.getByRole('list', { name: 'Statements found' });
    await expect(found.getByRole('group')).toHaveCount(3);
    const speakers = page.getByRole('region', { name: 'Speakers' });
    await speakers.getByRole('combobox', { name: 'Source for Liu' }).selectOption({ label: 'a source based in China' });
    await speakers.getByRole('combobox', { name: 'Source for Park' }).selectOption({ label: 'a source in China' });
    await found.getByRole('group', { name: 'Statement 3' }).getByRole('checkbox', { name: 'Include' }).uncheck();
    await page.getByRole('button', { name: 'Save 2 statements' }).click();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('2 statements saved.');
    const saved = await service.listStatements({});
    expect(saved.map((s) => s.text).sort()).toEqual(['The customs yard has been quiet for two weeks.', 'We moved three loads of clams on Tuesday night.\nNobody stopped the boat.']);
  });

  test('a date at the top of pasted notes is offered for the statements, and the date line is not one of them', async ({ app }) => {
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app));
    const service = app.service();
    await service.saveSource(SOURCES[0]!.fields);
    await service.saveSource(SOURCES[1]!.fields);
    await page.reload();

    await goTo(page, 'Statements');
    await page.getByRole('button', { name: 'Paste interview notes…' }).click();
    await page.getByRole('textbox', { name: 'Interview notes' }).fill(`12 March 2024\n\n${INTERVIEW_NOTES}`);
    const offer = page.getByRole('group', { name: 'Date found in the notes' });
    await expect(offer).toContainText('The notes start with a date: 12 March 2024.');
    const found = page.getByRole('list', { name: 'Statements found' });
    // The date line itself is left out (it can still be ticked back in).
    await expect(found.getByRole('group', { name: 'Statement 1' }).getByRole('checkbox', { name: 'Include' })).not.toBeChecked();
    const date = page.getByRole('group', { name: 'Date said' });
    await expect(date.getByRole('combobox', { name: 'Precision' })).toHaveValue('day');
    await expect(date.getByLabel('Day')).toHaveValue('');
    await offer.getByRole('button', { name: 'Use this date' }).click();
    await expect(date.getByLabel('Day')).toHaveValue('2024-03-12');
    await expect(offer).toContainText('Date said: 12 March 2024, from the top of the notes.');

    const speakers = page.getByRole('region', { name: 'Speakers' });
    await speakers.getByRole('combobox', { name: 'Source for Liu' }).selectOption({ label: 'a source based in China' });
    await speakers.getByRole('combobox', { name: 'Source for Park' }).selectOption({ label: 'a source in China' });
    await page.getByRole('button', { name: /^Save \d+ statements$/ }).click();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('statements saved.');
    const saved = await service.listStatements({});
    expect(saved.length).toBeGreaterThan(0);
    expect(saved.every((s) => s.saidOn === '2024-03-12')).toBe(true);
    expect(saved.map((s) => s.text)).not.toContain('12 March 2024');
    expect(app.consoleErrors).toEqual([]);
  });

  test('quick add from anywhere with Ctrl+Shift+N', async ({ app }) => {
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app));
    await page.keyboard.press('Control+Shift+N');
    const dialog = page.getByRole('dialog', { name: 'Quick add statement' });
    await dialog.getByRole('textbox', { name: 'Qualifier' }).fill('in Hunchun');
    await dialog.getByRole('button', { name: 'Create source' }).click();
    await dialog.getByRole('textbox', { name: 'What was said' }).fill('The port was busy all night.');
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    expect((await app.service().listStatements({}))[0]!.text).toBe('The port was busy all night.');
  });

  test('a source cited in a draft cannot be deleted silently: archive instead', async ({ app }) => {
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app));
    const service = app.service();
    const source = await service.saveSource(SOURCES[2]!.fields);
    const [statement] = await service.saveStatements({ statements: [{ ...STATEMENTS[4]!.fields, sourceId: source.id }] });
    const draft = await service.createDraft({ title: 'Coal on the Yalu' });
    await service.saveDraftBody({
      id: draft.meta.id,
      baseRevision: 1,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'citation', attrs: { citationId: 'c1', statementIds: [statement!.id], revisions: [1], override: null, customText: null, showDate: false, outlet: '' } }, { type: 'text', text: ' saw the coal.' }] }] },
    });
    await page.reload(); // the vault stays unlocked in main; the renderer reloads what was added

    await goTo(page, 'Sources');
    await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: /^a Daily NK source/ }).click();
    await page.getByRole('button', { name: 'Delete source…' }).click();
    await page.getByRole('dialog', { name: 'Delete source?' }).getByRole('button', { name: 'Delete' }).click();
    const cited = page.getByRole('dialog', { name: 'This source is cited in a draft' });
    await expect(cited.getByRole('list', { name: 'Drafts that cite it' })).toContainText('Coal on the Yalu');
    await cited.getByRole('button', { name: 'Archive instead' }).click();
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Source archived.');
    expect((await service.listSources({ includeArchived: true }))[0]).toMatchObject({ archived: true });
  });
});
