import { approveDraftForTest } from '../support/approve-draft';
import { startFakeWordPress, type FakeWordPress } from '../support/fake-wordpress';
import { photoWithGps } from '../support/camera-image';
import { expect, test } from './harness';
import { addImage, openExport, seedStoryDraft } from './export-flows';
import { goTo } from './library-flows';
import { confirmRecoveryKey, createVault } from './vault-flows';

// Publishing from the Export screen to a WordPress site (a local fake of its REST API): connect,
// publish, re-publish, and the connection kept in Vault settings without the password.

let wp: FakeWordPress;
test.beforeEach(async () => {
  wp = await startFakeWordPress();
});
test.afterEach(async () => {
  await wp.close();
});

test('connects, publishes an approved draft with its image, and re-publishing updates the same post', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await confirmRecoveryKey(page, await createVault(app, 'Dandong border desk'));
  const draftId = await seedStoryDraft(app, 'Smuggling picks up on the Yalu');
  await approveDraftForTest(app.service(), draftId);
  await page.reload();
  await openExport(page, 'Smuggling picks up on the Yalu');
  await addImage(page, 'IMG_0412.jpg', Buffer.from(await photoWithGps(480, 320)), { caption: 'Boats near Dandong.', credit: 'Staff photographer', alt: 'Small boats at a river bank' });

  const panel = page.getByRole('region', { name: 'Publish to WordPress' });
  await panel.getByRole('textbox', { name: 'Site address' }).fill(wp.url);
  await panel.getByRole('textbox', { name: 'User name' }).fill(wp.user);
  await panel.getByLabel('Application password').fill(wp.password);
  await panel.getByRole('button', { name: 'Connect WordPress' }).click();
  await panel.getByRole('button', { name: 'Publish as WordPress draft' }).click();
  await expect.poll(() => wp.posts.size).toBe(1);
  const post = [...wp.posts.values()][0];
  await expect(panel.getByRole('status')).toHaveText(`Published WordPress draft post ${post!.id}.`);
  await expect(panel.getByText(`${wp.url}/?p=${post!.id}`)).toBeVisible();
  expect(post!.content).toContain('a source based in China');

  await panel.getByRole('button', { name: 'Update the WordPress draft' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Updated WordPress draft post ${post!.id}.`);
  expect(wp.posts.size).toBe(1);
  expect(wp.media.size).toBe(1);

  await goTo(page, 'Vault settings');
  const section = page.getByRole('region', { name: 'WordPress' });
  await expect(section.getByText(wp.url)).toBeVisible();
  await expect(section.getByText(wp.password.slice(-4), { exact: true })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(wp.password);
  // The only requests outside the app went from main to the address entered, none from the page.
  expect(app.outsideRequests).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});
