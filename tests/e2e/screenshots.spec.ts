import path from 'node:path';
import type { Page } from '@playwright/test';
import type { BrowserApp } from '../support/browser-app';
import { STRONG_PASSPHRASE } from '../support/temp-dirs';
import { expect, openApp, test } from './harness';
import { scanScreen } from './axe-scan';
import { confirmRecoveryKey, createVault, lock, unlockWithPassphrase } from './vault-flows';
import { goTo } from './library-flows';
import { cite, newDraft, storyText, waitSaved } from './editor-flows';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { INTERVIEW_NOTES, SOURCES } from '../fixtures/border-story';
import { jpegWithExif } from '../support/test-images';
import { addImage, openExport, seedStoryDraft } from './export-flows';
// --- wordpress ---
import { approveDraftForTest } from '../support/approve-draft';
import { startFakeWordPress } from '../support/fake-wordpress';
// --- hardening ---
import { confirmTravel, reviewTravelWithRecoveryKey } from './hardening-flows';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
// --- people and review packages ---
import { addContact, copyMyKey, expectRefusal, goToPage, importPackage, myFingerprint, reviewTest, seedReviewDraft, sendForReview, startPerson } from './review-package-flows';
// --- imports ---
import { indefiniteForm } from '../../common/attribution/label-forms';
import { PNG, telegramExport } from '../support/import-fixtures';
import { importStatementsFrom, writeWordInterview } from './import-flows';
// --- interface language ---
import { inInterfaceLanguage } from './interface-language-flows';

// A tour of every screen, light and dark, saved to docs/screenshots/ for review by eye, each
// screen scanned by axe-core as it is saved (tests/e2e/axe-scan.ts, docs/accessibility.md), and
// photographed in English (NAME.png) and, in the same state, in Korean (ko-NAME.png).
async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join('docs/screenshots', `${name}.png`), animations: 'disabled' });
  const { blocking } = await scanScreen(page, name);
  // Soft: the tour goes on so one run lists every screen's problems; the test still fails.
  expect.soft(blocking, `serious or critical accessibility violations on ${name}`).toEqual([]);
  await inInterfaceLanguage(page, 'ko', () => page.screenshot({ path: path.join('docs/screenshots', `ko-${name}.png`), animations: 'disabled' }));
}

/**
 * A tour in light and in dark, each on a fresh vault with its recovery key written down; it
 * must end with no console errors.
 */
function deskTour(title: string, tour: (page: Page, app: BrowserApp, scheme: 'light' | 'dark') => Promise<void>): void {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot tour of ${title} (${scheme})`, async ({ app }) => {
      test.setTimeout(120_000);
      await app.page.emulateMedia({ colorScheme: scheme });
      await confirmRecoveryKey(app.page, await createVault(app, 'Dandong border desk'));
      await tour(app.page, app, scheme);
      expect(app.consoleErrors).toEqual([]);
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot tour (${scheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(app);
    await expect(page.getByRole('heading', { name: 'Create your vault' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill('sunshine2024');
    await shot(page, `create-vault-weak-${scheme}`);
    await page.getByLabel('Passphrase', { exact: true }).fill('');

    const recoveryKey = await createVault(app, 'Dandong border desk');
    await shot(page, `recovery-key-${scheme}`);
    await page.getByRole('checkbox', { name: /I have stored my recovery key/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey.slice(0, 20));
    await shot(page, `confirm-recovery-key-${scheme}`);
    await page.getByRole('button', { name: 'Back' }).click();
    await confirmRecoveryKey(page, recoveryKey);

    await expect(page.getByRole('banner')).toContainText('Dandong border desk');
    await shot(page, `overview-${scheme}`);
    // --- shortcuts and help ---
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Help' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeFocused();
    await shot(page, `help-${scheme}`);
    await page.keyboard.press('Control+/');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await shot(page, `shortcut-sheet-${scheme}`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Vault settings' }).click();
    await shot(page, `vault-settings-${scheme}`);

    await lock(page);
    await unlockWithPassphrase(page, 'not it');
    await expect(page.getByRole('alert')).toBeVisible();
    await shot(page, `unlock-error-${scheme}`);
    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await shot(page, `unlock-recovery-${scheme}`);
    await page.getByRole('button', { name: 'Use passphrase instead' }).click();
    await unlockWithPassphrase(page, STRONG_PASSPHRASE);
    await expect(page.getByRole('banner')).toBeVisible();
    expect(app.outsideRequests).toEqual([]);
  });
}

deskTour('sources, statements and search', async (page, app, scheme) => {
  await seedStory(app.service());
  await page.reload();

  await goTo(page, 'Sources');
  await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: /^a source based in China/ }).click();
  await expect(page.getByRole('region', { name: 'Identity' })).toContainText('Hidden');
  await shot(page, `source-detail-${scheme}`);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await shot(page, `source-form-${scheme}`);
  await page.getByRole('button', { name: 'Cancel' }).click();
  const identity = page.getByRole('region', { name: 'Identity' });
  await identity.getByRole('button', { name: 'Reveal…' }).click();
  await identity.getByLabel('Passphrase').fill(STRONG_PASSPHRASE);
  await identity.getByRole('button', { name: 'Reveal' }).click();
  await expect(identity.getByRole('timer')).toBeVisible();
  await identity.scrollIntoViewIfNeeded();
  await shot(page, `identity-revealed-${scheme}`);
  await identity.getByRole('button', { name: 'Hide' }).click();

  await goTo(page, 'Statements');
  await shot(page, `statements-${scheme}`);
  await page.getByRole('listbox', { name: 'Statements' }).getByRole('option').first().click();
  await expect(page.getByRole('heading', { name: /^Statement from / })).toBeVisible();
  await shot(page, `statement-detail-${scheme}`);

  await goTo(page, 'Search');
  await page.getByRole('searchbox', { name: 'Search statements and sources' }).fill('smuggling');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('button').first()).toBeVisible();
  await shot(page, `search-${scheme}`);

  await goTo(page, 'Statements');
  await page.getByRole('button', { name: 'Paste interview notes…' }).click();
  await page.getByRole('textbox', { name: 'Interview notes' }).fill(INTERVIEW_NOTES);
  await shot(page, `paste-notes-${scheme}`);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.keyboard.press('Control+Shift+N');
  await expect(page.getByRole('dialog', { name: 'Quick add statement' })).toBeVisible();
  await shot(page, `quick-add-${scheme}`);
  await page.keyboard.press('Escape');
});

deskTour('the editor', async (page, app, scheme) => {
  await seedStory(app.service());
  await page.reload();
  await newDraft(page, 'Smuggling picks up on the Yalu');
  await page.getByRole('textbox', { name: 'Dateline' }).fill('SEOUL');
  await page.getByRole('textbox', { name: 'Byline' }).fill('By a staff reporter');
  await storyText(page).click();
  await page.keyboard.type('Contraband is moving more freely across the river near Dandong, according to ');
  await cite(page, ['Until this spring', 'Reed leaves'], 'attribute', false);
  await page.keyboard.type('. ');
  await page.keyboard.press('Enter');
  await cite(page, ['Until this spring'], 'quote', true);
  await page.keyboard.press('Enter');
  await cite(page, ['Reed leaves'], 'quote', false);
  await page.keyboard.press('Enter');
  await page.keyboard.type('A man who ferries goods, Park Sunhee, said the boats come at night.');
  await waitSaved(page);
  await expect(page.locator('.leak').first()).toBeVisible({ timeout: 15_000 });
  await shot(page, `editor-${scheme}`);
  // --- narrow editor (1024×700): the header sticks, the checks stay beside the text ---
  await page.setViewportSize({ width: 1024, height: 700 });
  await storyText(page).press('Control+End');
  for (const line of ['The boats leave after dark and come back before the patrol at six.', 'Nobody on the bank asks what is under the tarpaulins.']) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  await waitSaved(page);
  await shot(page, `editor-narrow-${scheme}`);
  await page.setViewportSize({ width: 1200, height: 800 });

  await page.keyboard.press('Control+K');
  await page.getByRole('dialog', { name: 'Insert citation' }).getByRole('combobox', { name: 'Search statements' }).fill('coal');
  await expect(page.getByRole('dialog', { name: 'Insert citation' }).getByRole('option').first()).toBeVisible();
  await shot(page, `citation-palette-${scheme}`);
  await page.keyboard.press('Escape');

  await page.locator('.citation-chip').nth(1).hover();
  await page.waitForTimeout(700);
  await shot(page, `citation-details-${scheme}`);
  await page.locator('.citation-chip').nth(1).click();
  await expect(page.getByRole('dialog', { name: 'Citation settings' })).toBeVisible();
  await shot(page, `citation-settings-${scheme}`);
  await page.keyboard.press('Escape');

  await page.getByRole('complementary', { name: 'Leaks' }).scrollIntoViewIfNeeded();
  await shot(page, `leaks-panel-${scheme}`);

  await page.getByRole('tab', { name: 'Preview' }).click();
  await shot(page, `preview-${scheme}`);
  // The nav's Drafts keeps the open draft; the editor's own way back leads to the list.
  await page.getByRole('button', { name: 'Back to drafts' }).click();
  await expect(page.getByRole('table', { name: 'Your drafts' })).toBeVisible();
  await shot(page, `drafts-${scheme}`);
});

// --- export ---
deskTour('the Export screen', async (page, app, scheme) => {
  await seedStoryDraft(app, 'Smuggling picks up on the Yalu', [{ type: 'paragraph', content: [{ type: 'text', text: 'A man who ferries goods, Park Sunhee, said the boats come at night.' }] }]);
  await page.reload();
  await openExport(page, 'Smuggling picks up on the Yalu');
  await addImage(page, 'IMG_0412.jpg', Buffer.from(await jpegWithExif(480, 320)), { caption: 'Boats moored on the Chinese bank near Dandong.', credit: 'Staff photographer', alt: 'Small wooden boats tied up at a muddy river bank' });
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
  await shot(page, `export-${scheme}`);
  app.pickFolderResult.value = app.appDataDir;
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('heading', { name: 'Why it was refused' })).toBeFocused();
  await page.getByRole('button', { name: 'Export anyway…' }).scrollIntoViewIfNeeded();
  await shot(page, `export-refused-${scheme}`);
  await page.getByRole('button', { name: 'Export anyway…' }).click();
  await page.getByRole('textbox', { name: 'Why may this go out?' }).fill('Named with his consent; the editor agreed.');
  await shot(page, `export-override-${scheme}`);
  await page.keyboard.press('Escape');
});

// --- wordpress ---
for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot tour of WordPress publishing (${scheme})`, async ({ app }) => {
    test.setTimeout(120_000);
    const wp = await startFakeWordPress();
    try {
      const { page } = app;
      await page.emulateMedia({ colorScheme: scheme });
      await confirmRecoveryKey(page, await createVault(app, 'Dandong border desk'));
      const draftId = await seedStoryDraft(app, 'Smuggling picks up on the Yalu');
      await approveDraftForTest(app.service(), draftId);
      await page.reload();
      await openExport(page, 'Smuggling picks up on the Yalu');
      const panel = page.getByRole('region', { name: 'Publish to WordPress' });
      await panel.getByRole('textbox', { name: 'Site address' }).fill('http://news.example.org');
      await panel.getByRole('textbox', { name: 'User name' }).fill(wp.user);
      await panel.getByLabel('Application password').fill('abcd efgh ijkl mnop qrst uvwx');
      await panel.getByRole('button', { name: 'Connect WordPress' }).click();
      await panel.scrollIntoViewIfNeeded();
      await shot(page, `wordpress-connect-${scheme}`);
      await panel.getByRole('textbox', { name: 'Site address' }).fill(wp.url);
      await panel.getByLabel('Application password').fill(wp.password);
      await panel.getByRole('button', { name: 'Connect WordPress' }).click();
      await panel.getByRole('button', { name: 'Publish as WordPress draft' }).click();
      await expect(panel.getByRole('status')).toContainText('Published WordPress draft post');
      await panel.scrollIntoViewIfNeeded();
      await shot(page, `wordpress-published-${scheme}`);
      await goTo(page, 'Vault settings');
      await page.getByRole('region', { name: 'WordPress' }).scrollIntoViewIfNeeded();
      await shot(page, `wordpress-settings-${scheme}`);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await wp.close();
    }
  });
}

// --- editor review ---
deskTour('the review', async (page, app, scheme) => {
  const service = app.service();
  await service.saveProfile({ name: 'Mina Cho', role: 'editor', passphrase: STRONG_PASSPHRASE });
  const seeded = await seedStory(service);
  const doc = seededStoryDoc(seeded);
  // The boatman's quote drifted from what he said: the review shows the difference.
  const quoted = doc.content![3]!.content![1]!;
  quoted.text = quoted.text!.replace('seafood are coming', 'seafood is pouring');
  const draft = await service.createDraft({ title: 'Smuggling picks up on the Yalu', dateline: 'SEOUL', byline: 'By a staff reporter' });
  await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
  await service.setDraftStatus({ id: draft.meta.id, status: 'in-review' });
  const boat = seeded.statements.find((s) => s.sourceId === seeded.sourceIds.boatman)!;
  await service.linkCorroboration({ statementIds: [seeded.statements[0]!.id, boat.id], linked: true });
  const subject = { draftId: draft.meta.id };
  await service.decideCitation({ subject, citationKey: 'cit1', state: 'approved' });
  await service.decideCitation({ subject, citationKey: 'cit2', state: 'approved' });
  await service.decideCitation({ subject, citationKey: 'cit3', state: 'flagged', comment: 'The quote does not match what he said: restore his words.' });
  await page.reload();
  await goTo(page, 'Drafts');
  await page.getByRole('button', { name: 'Review “Smuggling picks up on the Yalu”' }).click();
  await page.getByRole('listbox', { name: 'Citations in story order' }).getByRole('option', { name: /^Citation 3: / }).click();
  await expect(page.getByRole('heading', { name: 'Citation 3 of 6' })).toBeVisible();
  await shot(page, `review-${scheme}`);
  await page.getByRole('region', { name: 'Checklist' }).scrollIntoViewIfNeeded();
  await shot(page, `review-checklist-${scheme}`);
});

// --- people and review packages ---
for (const scheme of ['light', 'dark'] as const) {
  reviewTest(`screenshot tour of people, review packages and the audit log (${scheme})`, async ({ app, editorApp }) => {
    reviewTest.setTimeout(240_000);
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    await editorApp.page.emulateMedia({ colorScheme: scheme });
    await startPerson(app, 'Dandong border desk', 'Ana Reyes', 'reporter');
    await startPerson(editorApp, 'Seoul news desk', 'Mina Cho', 'editor');
    await shot(editorApp.page, `people-new-profile-${scheme}`);
    const editorKey = await copyMyKey(editorApp);
    await page.getByRole('button', { name: 'Add contact…' }).click();
    await page.getByRole('textbox', { name: 'Their key string' }).fill(editorKey);
    await page.getByRole('button', { name: 'Read key' }).click();
    await shot(page, `add-contact-fingerprint-${scheme}`);
    // Main's own dialog shows the fingerprint again; the harness answers it as the user would.
    app.dialogs.answer = true;
    await page.getByRole('dialog').getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    app.dialogs.answer = false;
    await addContact(editorApp, await copyMyKey(app), await myFingerprint(page));
    await seedReviewDraft(app, 'Smuggling picks up on the Yalu');
    await goToPage(page, 'People');
    await shot(page, `people-${scheme}`);

    await page.getByRole('button', { name: 'Send for review…' }).click();
    await page.getByRole('checkbox', { name: 'Include the cited sources’ identities' }).check();
    await shot(page, `send-for-review-${scheme}`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    const pkg = await sendForReview(app, 'Smuggling picks up on the Yalu', 'Mina Cho');
    await importPackage(editorApp, pkg);
    await importPackage(editorApp, pkg);
    await expectRefusal(editorApp.page, /imported already/);
    await shot(editorApp.page, `package-refused-${scheme}`);
    await goToPage(editorApp.page, 'Audit log');
    await shot(editorApp.page, `audit-log-${scheme}`);
    expect(app.consoleErrors).toEqual([]);
    expect(editorApp.consoleErrors).toEqual([]);
  });
}

// --- hardening: security, travel mode, burn ---
for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot tour of security, travel mode and burn (${scheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme });
    const recoveryKey = await createVault(app, 'Dandong border desk');
    await confirmRecoveryKey(page, recoveryKey);
    await seedStory(app.service());
    await page.reload();

    await goTo(page, 'Vault settings');
    await page.getByRole('region', { name: 'Security' }).getByLabel('New passphrase', { exact: true }).fill('sunshine lantern');
    await page.getByRole('region', { name: 'Security' }).scrollIntoViewIfNeeded();
    await shot(page, `security-${scheme}`);

    await goTo(page, 'Travel mode');
    await expect(page.getByRole('heading', { name: 'Identities are on this computer' })).toBeVisible();
    await shot(page, `travel-mode-${scheme}`);
    await page.getByRole('radio', { name: /A new travel key/ }).check();
    await page.getByRole('button', { name: 'Create travel key' }).click();
    await expect(page.getByRole('group', { name: 'Travel key' })).toBeVisible();
    await shot(page, `travel-key-${scheme}`);
    await page.getByRole('radio', { name: 'My recovery key' }).check();
    await reviewTravelWithRecoveryKey(page, recoveryKey);
    await shot(page, `travel-confirm-${scheme}`);
    await confirmTravel(app, path.join(app.appDataDir, 'Vault', '..', 'trip.sntravel'));
    await shot(page, `travel-away-${scheme}`);

    await goTo(page, 'Sources');
    await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: /^a source based in China/ }).click();
    await expect(page.getByRole('region', { name: 'Identity' })).toContainText('away');
    await page.getByRole('region', { name: 'Identity' }).scrollIntoViewIfNeeded();
    await shot(page, `identity-away-${scheme}`);
    await page.getByRole('region', { name: 'Identity' }).getByRole('button', { name: 'Burn identity…' }).click();
    await page.getByRole('textbox', { name: /to confirm$/ }).fill('a source based in China');
    await shot(page, `burn-dialog-${scheme}`);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await lock(page);
    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('heading', { name: 'Set a new passphrase' })).toBeVisible();
    await page.getByLabel('New passphrase', { exact: true }).fill('copper heron drifts past nine lanterns');
    await shot(page, `set-new-passphrase-${scheme}`);
    expect(app.consoleErrors).toEqual([]);
  });
}

// --- hardening: backups ---
deskTour('backups and vault trouble', async (page, app, scheme) => {
  await seedStory(app.service());
  await newDraft(page, 'Smuggling picks up on the Yalu');
  await storyText(page).pressSequentially('Contraband is moving more freely across the river.');
  await waitSaved(page);
  await app.service().backUpNow();
  const vaultDir = path.join(app.appDataDir, 'Vault');
  const damage = (file: string) => {
    const bytes = readFileSync(file);
    bytes[bytes.length - 5]! ^= 0xff;
    writeFileSync(file, bytes);
  };
  const drafts = app.service().requireVault().collection<{ bodyRecordId: string }>('drafts');
  damage(path.join(vaultDir, 'records', `${Object.values(drafts)[0]!.bodyRecordId}.snr`));

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Backups', exact: true }).click();
  await page.getByRole('button', { name: 'Verify vault' }).click();
  await expect(page.getByRole('status')).toContainText('damaged');
  await shot(page, `backups-${scheme}`);
  await page.getByRole('list', { name: 'Backups, newest first' }).getByRole('button', { name: /^Restore the backup from/ }).first().click();
  await shot(page, `backup-restore-${scheme}`);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // An older copy of the vault put back by a sync tool: the unlock screen asks first.
  await lock(page);
  const catalog = path.join(vaultDir, 'catalog.snc');
  const older = readFileSync(catalog);
  await unlockWithPassphrase(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Vault settings', exact: true }).click();
  await page.getByLabel('Vault name').fill('Dandong desk');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await lock(page);
  writeFileSync(catalog, older);
  await unlockWithPassphrase(page);
  await expect(page.getByRole('heading', { name: 'This is an older copy of the vault' })).toBeVisible();
  await shot(page, `unlock-rollback-${scheme}`);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A damaged catalog: the unlock screen offers the newest intact backup.
  damage(catalog);
  await unlockWithPassphrase(page);
  await expect(page.getByRole('heading', { name: 'Restore from a backup' })).toBeVisible();
  await shot(page, `unlock-damaged-${scheme}`);
});

// --- imports: the review of a Word interview before anything is saved ---
deskTour('the import review', async (page, app, scheme) => {
  await seedStory(app.service());
  await page.reload();

  await goTo(page, 'Statements');
  await importStatementsFrom(app, await writeWordInterview(app), 'Review the Word document');
  await page.getByRole('combobox', { name: 'Source for Trader' }).selectOption({ label: indefiniteForm(SOURCES[0]!.fields.label) });
  await page.getByRole('combobox', { name: 'Source for Q' }).selectOption({ label: 'Me (not saved)' });
  await expect(page.getByRole('region', { name: 'Check before saving' })).toContainText('Jane Editor');
  await shot(page, `import-review-warnings-${scheme}`);

  // Each part at the top of the screen: the speakers with the identity terms found, then the statements.
  const toTop = (name: string) => page.getByRole('heading', { name, exact: true }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await expect(page.getByRole('group', { name: /^Keep for / })).toBeVisible();
  await toTop('Speakers');
  await shot(page, `import-review-${scheme}`);
  await toTop('Statements found (5)');
  await shot(page, `import-review-statements-${scheme}`);

  // A Telegram Desktop export: one statement a message, the sender's handle and phone offered as identity terms.
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const exportDir = path.join(app.appDataDir, 'Telegram export');
  mkdirSync(path.join(exportDir, 'photos'), { recursive: true });
  writeFileSync(path.join(exportDir, 'photos', 'photo_1@01-03-2024_10-01-00.jpg'), PNG);
  writeFileSync(path.join(exportDir, 'result.json'), JSON.stringify(telegramExport({ messages: 6 })));
  await importStatementsFrom(app, path.join(exportDir, 'result.json'), 'Review the Telegram export');
  await page.getByRole('combobox', { name: 'Source for Liu' }).selectOption({ label: indefiniteForm(SOURCES[0]!.fields.label) });
  await page.getByRole('combobox', { name: 'Source for Kim Reporter' }).selectOption({ label: 'Me (not saved)' });
  await expect(page.getByRole('group', { name: /^Keep for / })).toBeVisible();
  await shot(page, `import-chat-review-${scheme}`);
  expect(app.outsideRequests).toEqual([]);
});

// --- the desk and the sample vault (issue 17) ---
for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot tour of the desk and the sample vault (${scheme})`, async ({ app }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(app);
    await expect(page.getByRole('button', { name: 'Open the sample vault' })).toBeVisible();
    await shot(page, `first-run-sample-offer-${scheme}`);
    await page.getByRole('button', { name: 'Open the sample vault' }).click();
    await expect(page.getByRole('region', { name: 'Drafts' }).getByRole('button').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('region', { name: 'Safety' })).toBeVisible();
    await shot(page, `desk-sample-${scheme}`);
    await goTo(page, 'Sources');
    await page.getByRole('button', { name: 'New source' }).click();
    await page.getByRole('group', { name: 'Label' }).getByRole('textbox', { name: 'Noun' }).fill('source');
    await page.getByRole('group', { name: 'Label' }).getByRole('textbox', { name: 'Qualifier' }).fill('in China');
    await page.getByRole('button', { name: 'Save source' }).click();
    await expect(page.getByText(/Another source is already/)).toBeVisible();
    await shot(page, `source-same-label-${scheme}`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await lock(page);
    await shot(page, `unlock-sample-${scheme}`);
  });
}
