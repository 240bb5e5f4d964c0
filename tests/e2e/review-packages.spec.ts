import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect } from './harness';
import {
  copyMyKey,
  decideAll,
  exchangeFolder,
  exchangeKeys,
  expectRefusal,
  goToPage,
  importDecisions,
  importPackage,
  myFingerprint,
  openReviewCopy,
  reviewTest as test,
  saveDecisions,
  seedReviewDraft,
  sendForReview,
  startPerson,
} from './review-package-flows';

// Two vaults in two pages: a reporter and an editor exchange keys, a draft travels to the editor
// and the decisions come back; damaged, misaddressed and replayed files are refused on screen.

const TITLE = 'Smuggling on the Yalu';
// Two vaults, each created and unlocked through the UI, and a whole review round: longer than one screen's test.
test.describe.configure({ timeout: 240_000 });

test('a package goes reporter → editor, the decisions come back, and bad files are refused', async ({ app, editorApp }) => {
  await startPerson(app, 'Reporter desk', 'Ana Reyes', 'reporter');
  await startPerson(editorApp, 'Editor desk', 'Mina Cho', 'editor');
  await exchangeKeys(app, editorApp);
  await expect(app.page.getByRole('table', { name: 'Contacts' })).toContainText('Mina Cho');
  await seedReviewDraft(app);

  const pkg = await sendForReview(app, TITLE, 'Mina Cho');

  // A byte changed in transit: refused, nothing imported.
  const tampered = Buffer.from(await fs.readFile(pkg));
  tampered[tampered.length - 10]! ^= 0xff;
  const tamperedFile = path.join(exchangeFolder(), 'tampered.snreview');
  await fs.writeFile(tamperedFile, tampered);
  await importPackage(editorApp, tamperedFile);
  await expectRefusal(editorApp.page, /changed or damaged since it was sealed/);
  await expect(editorApp.page.getByText('No review copies yet.')).toBeVisible();

  await importPackage(editorApp, pkg);
  await expect(editorApp.page.getByRole('status').filter({ hasText: `Review copy of “${TITLE}” from Ana Reyes imported` })).toBeVisible();
  // The same file again is a replay.
  await importPackage(editorApp, pkg);
  await expectRefusal(editorApp.page, /imported already/);

  await openReviewCopy(editorApp.page, TITLE);
  await decideAll(editorApp.page, { 3: 'Is this the boatman’s own sighting, or hearsay?' });
  await editorApp.page.getByRole('button', { name: 'Back to people' }).click();
  const response = await saveDecisions(editorApp, TITLE);

  await importDecisions(app, response);
  await expect(app.page.getByRole('status').filter({ hasText: 'Mina Cho’s decisions imported' })).toBeVisible();
  await importDecisions(app, response);
  await expectRefusal(app.page, /imported already/);

  // The reporter's review screen shows the editor's decisions.
  await goToPage(app.page, 'Drafts');
  await app.page.getByRole('button', { name: `Review “${TITLE}”` }).click();
  const citations = app.page.getByRole('listbox', { name: 'Citations in story order' });
  await expect(citations.getByRole('option').nth(2)).toContainText('Flagged');
  await expect(citations.getByRole('option').nth(0)).toContainText('Approved');

  await goToPage(app.page, 'Audit log');
  const log = app.page.getByRole('table', { name: /Audit log/ });
  await expect(log).toContainText('Decisions imported');
  await expect(log).toContainText('Decisions refused');
  await expect(log).toContainText('Ana Reyes (reporter)');
  await app.page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Packages sent and imported' });
  await expect(log).not.toContainText('Contact added');
  expect(app.outsideRequests).toEqual([]);
  expect(editorApp.outsideRequests).toEqual([]);
});

test('a package sealed to someone else is refused, and a truncated key string is caught', async ({ app, editorApp }) => {
  await startPerson(app, 'Reporter desk', 'Ana Reyes', 'reporter');
  await startPerson(editorApp, 'Editor desk', 'Mina Cho', 'editor');
  await exchangeKeys(app, editorApp);

  const truncated = (await copyMyKey(editorApp)).slice(0, 40);
  await goToPage(app.page, 'People');
  await app.page.getByRole('button', { name: 'Add contact…' }).click();
  await app.page.getByRole('textbox', { name: 'Their key string' }).fill(truncated);
  await app.page.getByRole('button', { name: 'Read key' }).click();
  await expect(app.page.getByRole('dialog').getByRole('alert')).toContainText(/too short or too long/);
  await app.page.getByRole('button', { name: 'Cancel' }).click();

  await seedReviewDraft(app);
  // Identities leave the vault only on the right passphrase, which main checks.
  await goToPage(app.page, 'People');
  await app.page.getByRole('button', { name: 'Send for review…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Send for review' });
  await dialog.getByRole('checkbox', { name: 'Include the cited sources’ identities' }).check();
  await dialog.getByLabel('Your passphrase').fill('not the passphrase at all');
  await dialog.getByRole('button', { name: 'Save package…' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That passphrase is not right. Nothing was sent.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await app.service().listSentPackages({})).toEqual([]);
  const pkg = await sendForReview(app, TITLE, 'Mina Cho', { identities: true });
  expect((await app.service().listSentPackages({})).map((p) => p.includesIdentities)).toEqual([true]);
  // The reporter imports their own package: it is sealed to Mina's keys, not theirs.
  await importPackage(app, pkg);
  await expectRefusal(app.page, /sealed for someone else/);
  expect(await myFingerprint(editorApp.page)).toMatch(/^\d{5}( \d{5}){5}$/);
});
