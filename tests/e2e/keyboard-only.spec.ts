import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { expect, openApp, test } from './harness';
import { activate, tabTo, typeInto } from './keyboard-flows';

// The main flow with the keyboard alone (issue 17, item 10): create a vault, a source, a
// statement, a draft with a citation, the review with its sign-off, and the export. Nothing here
// clicks: keyboard.press and keyboard.type only, and every control Tab reaches shows its ring.

const TITLE = 'Coal trucks cross at night';

test('keyboard only: vault, source, statement, draft with a citation, review, export', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const nav = page.getByRole('navigation', { name: 'Main' });
  await openApp(app);

  // Create the vault and confirm the recovery key.
  await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
  await typeInto(page, page.getByLabel('Vault name'), 'Keyboard desk');
  await typeInto(page, page.getByLabel('Passphrase', { exact: true }), STRONG_PASSPHRASE);
  await typeInto(page, page.getByLabel('Confirm passphrase'), STRONG_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
  const recoveryKey = (await page.getByRole('group', { name: 'Recovery key' }).textContent())!.replace(/\s+/g, '');
  await tabTo(page, page.getByRole('checkbox', { name: /I have stored my recovery key/ }));
  await page.keyboard.press('Space');
  await activate(page, page.getByRole('button', { name: 'Continue' }));
  await typeInto(page, page.getByRole('textbox', { name: 'Recovery key' }), recoveryKey);
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();

  // A profile: the reviewer's name on the sign-off (an editor, confirmed with the passphrase).
  await activate(page, nav.getByRole('button', { name: 'People' }));
  await typeInto(page, page.getByRole('textbox', { name: 'Your name' }), 'Ana Reyes');
  await tabTo(page, page.getByRole('combobox', { name: 'Role' }));
  await page.keyboard.type('editor');
  await expect(page.getByRole('combobox', { name: 'Role' })).toHaveValue('editor');
  await activate(page, page.getByRole('button', { name: /^Create profile$/ }));
  await expect(page.getByText('Type your passphrase to become an editor.')).toBeVisible();
  await typeInto(page, page.getByLabel('Your passphrase'), STRONG_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/My fingerprint/)).toBeVisible();

  // A source.
  await activate(page, nav.getByRole('button', { name: 'Sources' }), { back: true });
  await activate(page, page.getByRole('button', { name: 'New source' }));
  const label = page.getByRole('group', { name: 'Label' });
  await typeInto(page, label.getByRole('textbox', { name: 'Adjective' }), '');
  await typeInto(page, label.getByRole('textbox', { name: 'Noun' }), 'trader');
  await typeInto(page, label.getByRole('textbox', { name: 'Qualifier' }), 'based in Dandong');
  await typeInto(page, page.getByRole('textbox', { name: 'How they know' }), 'Drives a coal truck across the bridge every week.');
  await typeInto(page, page.getByRole('textbox', { name: 'Why anonymity was granted' }), 'Would lose the border pass that feeds the family if named.');
  await typeInto(page, page.getByRole('spinbutton', { name: 'People who fit this label' }), '200');
  await activate(page, page.getByRole('button', { name: 'Save source' }));
  await expect(page.getByRole('region', { name: 'Identity' })).toBeVisible();

  // A statement, through quick add.
  await page.keyboard.press('Control+Shift+N');
  const quickAdd = page.getByRole('dialog', { name: 'Quick add statement' });
  await expect(quickAdd).toBeVisible();
  await typeInto(page, quickAdd.getByRole('textbox', { name: 'What was said' }), 'Coal trucks now cross the bridge at night, three or four an hour.');
  await page.keyboard.press('Control+Enter');
  await expect(quickAdd).toBeHidden();

  // A draft with a citation, then "In review".
  await activate(page, nav.getByRole('button', { name: 'Drafts' }), { back: true });
  await activate(page, page.getByRole('button', { name: 'New draft' }));
  await typeInto(page, page.getByRole('textbox', { name: 'Title' }), TITLE);
  await typeInto(page, page.getByRole('textbox', { name: 'Byline' }), 'By a staff reporter');
  const story = page.getByRole('textbox', { name: 'Story text' });
  await tabTo(page, story);
  await page.keyboard.type('Coal is moving again, ');
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Insert citation' });
  await page.keyboard.type('coal trucks');
  await expect(palette.getByRole('option').first()).toContainText('Coal trucks now cross');
  await page.keyboard.press('Alt+Enter');
  await expect(palette).toBeHidden();
  await page.keyboard.type(' said.');
  await expect(story.getByRole('button', { name: /^Citation: a trader based in Dandong/ })).toBeVisible();
  await expect(page.locator('.status-save')).toHaveText('Saved', { timeout: 15_000 });
  await tabTo(page, page.getByRole('combobox', { name: 'Status' }), { back: true });
  await page.keyboard.type('In review');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('in-review');

  // The review: approve the citation, sign off with the passphrase.
  await activate(page, page.getByRole('button', { name: 'Back to drafts' }), { back: true });
  await activate(page, page.getByRole('button', { name: `Review “${TITLE}”` }));
  await tabTo(page, page.getByRole('listbox', { name: 'Citations in story order' }));
  await page.keyboard.press('Enter');
  await activate(page, page.getByRole('button', { name: 'Approve citation 1' }));
  await expect(page.getByRole('listbox', { name: 'Citations in story order' }).getByRole('option').first()).toContainText('Approved');
  await typeInto(page, page.getByLabel('Your passphrase'), STRONG_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Self-approved: Signed off by Ana Reyes/)).toBeVisible();

  // The export, to the folder the harness's picker answers with.
  app.pickFolderResult.value = app.appDataDir;
  await activate(page, page.getByRole('button', { name: 'Back to drafts' }), { back: true });
  await activate(page, page.getByRole('button', { name: `Export “${TITLE}”` }));
  await expect(page.getByRole('heading', { level: 1, name: `Export “${TITLE}”` })).toBeVisible();
  await activate(page, page.getByRole('button', { name: 'Export…' }));
  await expect(page.getByRole('status').filter({ hasText: /^Exported / })).toContainText(`to ${app.appDataDir}`);
  expect(app.consoleErrors).toEqual([]);
  expect(app.outsideRequests).toEqual([]);
});
