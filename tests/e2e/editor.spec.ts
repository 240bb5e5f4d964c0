import { ATTRIBUTIONS } from '../fixtures/border-story';
import { seedStory } from '../support/seed-story';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { expect, test, type AppHarness } from './harness';
import { cite, newDraft, openDraft, storyText, waitSaved } from './editor-flows';
import { goTo } from './library-flows';
import { confirmRecoveryKey, createVault, unlockWithPassphrase } from './vault-flows';

async function vaultWithStory(app: AppHarness) {
  await confirmRecoveryKey(app.page, await createVault(app, 'Dandong border desk'));
  const seeded = await seedStory(app.service());
  await app.page.reload();
  return seeded;
}

/** Writes the fixture story in the editor, citing as the published report did. */
async function writeStory(app: AppHarness) {
  const { page } = app;
  await newDraft(page, 'Smuggling picks up on the Yalu');
  await page.keyboard.type('Contraband is moving more freely across the river near Dandong, according to ');
  await cite(page, ['Until this spring', 'Reed leaves'], 'attribute', false);
  // The collective attribution carries the outlet's name.
  await page.locator('.citation-chip').first().click();
  const settings = page.getByRole('dialog', { name: 'Citation settings' });
  await settings.getByRole('textbox', { name: 'Outlet prefix' }).fill('Daily NK');
  await settings.getByRole('button', { name: 'Done' }).click();
  await storyText(page).press('End');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await cite(page, ['Until this spring'], 'quote', true);
  await page.keyboard.press('Enter');
  await cite(page, ['Reed leaves'], 'quote', false);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Last month ');
  await cite(page, ['pile of coal'], 'attribute', false);
  await page.keyboard.type(' watched coal pile up outside Sinuiju. ');
  await cite(page, ['pile of coal'], 'attribute', false);
  await page.keyboard.type(' said it was meant for China once sanctions end.');
  await page.keyboard.press('Enter');
  await cite(page, ['merchants in Dandong'], 'quote', false);
  await waitSaved(page);
}

test.describe('draft editor', () => {
  test('rebuilds the fixture story: the preview’s attributions are the published phrases, in order', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await vaultWithStory(app);
    await writeStory(app);
    await expect(page.locator('.citation-chip')).toHaveText(ATTRIBUTIONS.map((a) => a.expected));
    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = await page.getByRole('article', { name: 'Reader preview' }).innerText();
    let from = 0;
    for (const { expected } of ATTRIBUTIONS) {
      const at = preview.indexOf(expected, from);
      expect(at, `“${expected}” after offset ${from} in the preview`).toBeGreaterThanOrEqual(from);
      from = at + expected.length;
    }
    expect(preview).not.toMatch(/citation|statement|\[missing/i);
    expect(app.consoleErrors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });

  test('removing a citation re-renders the ones after it; an edited quote is marked with its difference', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await vaultWithStory(app);
    await writeStory(app);
    const chips = page.locator('.citation-chip');
    // Remove the dated first mention of the trader: the boatman becomes the first source in China.
    await chips.nth(1).click();
    await page.getByRole('dialog', { name: 'Citation settings' }).getByRole('button', { name: 'Remove citation' }).click();
    await expect(chips).toHaveText(['Daily NK sources in China', 'a source in China', 'a Daily NK source', 'The source', 'a separate source in China']);

    // Change a word inside the boatman's quote.
    await storyText(page).focus();
    await storyText(page).evaluate((element) => {
      // Select the word "seafood" inside the quote, as a double-click would.
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('seafood');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'seafood'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    });
    await page.keyboard.type('crabs');
    await expect(storyText(page)).toContainText('and crabs are coming');
    await expect(page.locator('.quote-changed')).toHaveCount(1);
    const quotes = page.getByRole('complementary', { name: 'Quotes' });
    await expect(quotes.getByRole('heading').first()).toContainText('Quotes (1)');
    await expect(quotes.locator('ins').first()).toContainText('crabs');
  });

  test('autosave survives a reload of the page and a restart of the service; IME input works', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await vaultWithStory(app);
    await newDraft(page, 'Notes from Hunchun');
    await page.keyboard.type('The port at Hunchun was busy all week. ');
    // Korean typed through an input method: composition, then commit.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: '세관', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.imeSetComposition', { text: '세관은', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '세관은' });
    await page.keyboard.type(' quiet.');
    await expect(storyText(page)).toContainText('busy all week. 세관은 quiet.');
    await waitSaved(page);

    await page.reload();
    await openDraft(page, 'Notes from Hunchun');
    await expect(storyText(page)).toContainText('busy all week. 세관은 quiet.');

    await app.restartService();
    await page.reload();
    await unlockWithPassphrase(page, STRONG_PASSPHRASE);
    await openDraft(page, 'Notes from Hunchun');
    await expect(storyText(page)).toContainText('busy all week. 세관은 quiet.');
    // Typing right before a lock is saved by the lock itself.
    await storyText(page).press('Control+End');
    await page.keyboard.type(' Last words.');
    await page.keyboard.press('Control+L');
    await unlockWithPassphrase(page, STRONG_PASSPHRASE);
    await openDraft(page, 'Notes from Hunchun');
    await expect(storyText(page)).toContainText('quiet. Last words.');
  });

  test('the leak guard flags a source’s name in another spelling; dismissing needs a reason', async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    const seeded = await vaultWithStory(app);
    await writeStory(app);
    await page.keyboard.press('Enter');
    await page.keyboard.type('The boatman, PARK SUNHEE, agreed.');
    await waitSaved(page);
    const leak = page.locator('.leak.leak-high', { hasText: 'PARK SUNHEE' });
    await expect(leak).toHaveCount(1, { timeout: 15_000 });
    const panel = page.getByRole('complementary', { name: 'Leaks' });
    await expect(panel).toContainText('PARK SUNHEE');
    await expect(panel).toContainText('a source in China');
    const finding = panel.getByRole('listitem').filter({ hasText: 'PARK SUNHEE' }).first();
    await finding.getByRole('button', { name: 'Dismiss…' }).click();
    await panel.getByRole('button', { name: 'Dismiss finding' }).click();
    await expect(panel).toContainText('Say why this is not a leak (at least 3 characters).');
    await panel.getByRole('textbox', { name: 'Why is this not a leak?' }).fill('Cleared with the source: she asked to be named here');
    await panel.getByRole('button', { name: 'Dismiss finding' }).click();
    await expect(panel.getByText(/Dismissed \(1\)/)).toBeVisible();
    const audit = await app.service().listAudit({});
    expect(audit.some((a) => a.action === 'leak.dismissed' && a.sourceId === seeded.sourceIds.boatman)).toBe(true);
    // The renderer saw the draft's own words, never the identity record.
    expect(JSON.stringify(app.apiResults)).not.toContain('Bak Seon-hui');
  });
});

test('the Drafts page lists, searches and sorts drafts', async ({ app }) => {
  const { page } = app;
  await confirmRecoveryKey(page, await createVault(app));
  for (const title of ['Coal on the Yalu', 'Seafood by boat', 'A quiet customs yard']) await app.service().createDraft({ title });
  await page.reload();
  await goTo(page, 'Drafts');
  await page.getByRole('searchbox', { name: 'Search drafts' }).fill('yalu');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Coal on the Yalu']);
  await page.getByRole('searchbox', { name: 'Search drafts' }).fill('');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Title' });
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['A quiet customs yard', 'Coal on the Yalu', 'Seafood by boat']);
});

test('Drafts in the main nav closes an open draft for the list, saving what was just typed first', async ({ app }) => {
  const { page } = app;
  await confirmRecoveryKey(page, await createVault(app));
  const draft = await app.service().createDraft({ title: 'Coal on the Yalu' });
  await page.reload();
  await openDraft(page, 'Coal on the Yalu');
  await storyText(page).click();
  // No wait for the autosave: the click below must not lose these words.
  await page.keyboard.type('Coal waits on the bank near Sinuiju.');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Drafts', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Drafts' })).toBeVisible();
  await expect(storyText(page)).toBeHidden();
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Coal on the Yalu']);
  await expect(nav.getByRole('button', { name: 'Drafts', exact: true })).toHaveAttribute('aria-current', 'page');
  // The list shows only once the save has landed.
  expect(JSON.stringify((await app.service().getDraft({ id: draft.meta.id })).body)).toContain('Coal waits on the bank near Sinuiju.');
  // And the draft opens again from the list with its words.
  await openDraft(page, 'Coal on the Yalu');
  await expect(storyText(page)).toContainText('Coal waits on the bank near Sinuiju.');
});
