import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { STRONG_PASSPHRASE, tempDir } from '../support/temp-dirs';
import { hasMetadata, jpegWithExif } from '../support/test-images';
import { expect, test } from './harness';
import { addImage, exportAs, openExport, seedStoryDraft } from './export-flows';
import { confirmRecoveryKey, createVault } from './vault-flows';
import { approveDraftForTest } from '../support/approve-draft';

test.describe('export', () => {
  let out: ReturnType<typeof tempDir>;
  test.beforeEach(() => {
    out = tempDir('shieldnote-export-');
  });
  test.afterEach(() => out.remove());

  test('exports a draft to each format from the Export screen, its image beside it with no metadata', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app, 'Border desk'));
    await seedStoryDraft(app, 'Smuggling on the Yalu');
    await page.reload();
    await openExport(page, 'Smuggling on the Yalu');
    await addImage(page, 'IMG_0412 at the stall.jpg', Buffer.from(await jpegWithExif()), { caption: 'Boats moored near Dandong.', credit: 'Staff photographer', alt: 'Small boats at a river bank' });
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('Writes smuggling-on-the-yalu-working-copy.html and smuggling-on-the-yalu-working-copy-1.jpg');
    await expect(preview.getByRole('article', { name: 'Reader preview' })).toContainText('Smuggling on the Yalu');
    await preview.getByRole('button', { name: 'Show the file’s text' }).click();
    await expect(preview.locator('pre')).toContainText('<figcaption>Boats moored near Dandong. <small>Staff photographer</small></figcaption>');

    const expected = { html: 'smuggling-on-the-yalu-working-copy.html', markdown: 'smuggling-on-the-yalu-working-copy.md', text: 'smuggling-on-the-yalu-working-copy.txt', nitf: 'smuggling-on-the-yalu-working-copy.xml' } as const;
    for (const format of ['html', 'markdown', 'text', 'nitf'] as const) {
      const folder = path.join(out.path, format);
      mkdirSync(folder);
      await exportAs(app, format, folder);
      await expect(page.getByRole('status').filter({ hasText: /^Exported / })).toContainText(`Exported ${expected[format]}, smuggling-on-the-yalu-working-copy-1.jpg to ${folder}.`);
      expect(readdirSync(folder).sort()).toEqual([expected[format].replace(/\.\w+$/, '-1.jpg'), expected[format]].sort());
      expect(hasMetadata(new Uint8Array(readFileSync(path.join(folder, 'smuggling-on-the-yalu-working-copy-1.jpg'))))).toBe(false);
    }
    expect(readFileSync(path.join(out.path, 'html', expected.html), 'utf8')).toContain('<h1>Smuggling on the Yalu</h1>');
    expect(readFileSync(path.join(out.path, 'markdown', expected.markdown), 'utf8')).toMatch(/^---\ntitle: "Smuggling on the Yalu"\n/);
    expect(readFileSync(path.join(out.path, 'nitf', expected.nitf), 'utf8')).toContain('<hl1 xml:lang="en">Smuggling on the Yalu</hl1>');
    expect(readFileSync(path.join(out.path, 'text', expected.text), 'utf8')).toMatch(/^Smuggling on the Yalu\n\nBy a staff reporter\nSEOUL\n/);

    // Exported again into the same folder: nothing there is replaced, the new files take "-v2".
    const html = path.join(out.path, 'html');
    const before = readFileSync(path.join(html, expected.html), 'utf8');
    await exportAs(app, 'html', html);
    await expect(page.getByRole('status').filter({ hasText: /^Exported / })).toContainText(
      `Exported smuggling-on-the-yalu-working-copy-v2.html, smuggling-on-the-yalu-working-copy-v2-1.jpg to ${html}. Files of the same names were already there and were kept: nothing was replaced.`,
    );
    expect(readdirSync(html).sort()).toEqual(['smuggling-on-the-yalu-working-copy-1.jpg', 'smuggling-on-the-yalu-working-copy-v2-1.jpg', 'smuggling-on-the-yalu-working-copy-v2.html', 'smuggling-on-the-yalu-working-copy.html']);
    expect(readFileSync(path.join(html, expected.html), 'utf8')).toBe(before);
    expect(app.consoleErrors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });

  test('a planted leak blocks the export; “Export anyway” with a reason lets it through and is audited', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app, 'Border desk'));
    await seedStoryDraft(app, 'Coal on the bank', [{ type: 'paragraph', content: [{ type: 'text', text: 'The boatman, Park Sun-hee, agreed.' }] }]);
    await page.reload();
    await openExport(page, 'Coal on the bank');
    // The preview already says what the gate will say.
    await expect(page.getByRole('list', { name: /^Leaks in this export/ })).toContainText('a source in China');

    await exportAs(app, 'text', out.path);
    await expect(page.getByRole('alert').filter({ hasText: 'Export refused' })).toBeVisible();
    const findings = page.getByRole('list', { name: 'Why it was refused' });
    await expect(findings.getByRole('listitem').first()).toContainText('In the story, block 7 · a source in China');
    await expect(page.getByRole('heading', { name: 'Why it was refused' })).toBeFocused();
    expect(readdirSync(out.path)).toEqual([]);

    await page.getByRole('button', { name: 'Export anyway…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export anyway?' });
    await dialog.getByRole('button', { name: 'Export anyway' }).click();
    await expect(dialog.getByText('Say why this may go out')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Why may this go out?' }).fill('The boatman asked to be named; the editor agreed.');
    await dialog.getByRole('button', { name: 'Export anyway' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: /^Exported / })).toContainText('despite the leak findings (noted in the audit log)');
    expect(readdirSync(out.path)).toEqual(['coal-on-the-bank-working-copy.txt']);

    // There is no audit screen yet: the audit log is read through the service's API.
    const audit = await app.service().listAudit({});
    const override = audit.find((a) => a.action === 'export.override');
    expect(override?.detail).toMatch(/Plain text export let through .* reason: The boatman asked to be named; the editor agreed\./);
    expect(JSON.stringify(audit)).not.toMatch(/Park|Sun-hee/);
  });

  test('a working copy says so on the screen and in its file name, and warns while citations are flagged or not approved', async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app, 'Border desk'));
    const draftId = await seedStoryDraft(app, 'Smuggling on the Yalu');
    const service = app.service();
    await service.saveProfile({ name: 'Mina Cho', role: 'editor', passphrase: STRONG_PASSPHRASE });
    await service.setDraftStatus({ id: draftId, status: 'in-review' });
    const review = await service.getReview({ subject: { draftId } });
    const total = review.citations.length;
    await service.decideCitation({ subject: { draftId }, citationKey: review.citations[0]!.key, state: 'flagged', comment: 'Which border post?' });
    await page.reload();
    await openExport(page, 'Smuggling on the Yalu');

    await expect(page.locator('.page-head').getByText('Working copy', { exact: true })).toBeVisible();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('Writes smuggling-on-the-yalu-working-copy.html');
    const warning = page.getByRole('note', { name: 'Not cleared by the review' });
    await expect(warning).toContainText(`Not cleared by the review: 1 citation is flagged, ${total - 1} citations are not approved yet.`);

    app.pickFolderResult.value = out.path;
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Exported / })).toContainText('It is a working copy: the draft’s status is unchanged.');
    expect(readdirSync(out.path)).toEqual(['smuggling-on-the-yalu-working-copy.html']);

    // Approved (set straight in the vault here): Final drops the marker and the warning.
    await approveDraftForTest(service, draftId);
    await page.reload();
    await openExport(page, 'Smuggling on the Yalu');
    await page.getByRole('radio', { name: 'Final' }).check();
    await expect(preview).toContainText('Writes smuggling-on-the-yalu.html');
    await expect(page.locator('.page-head').getByText('Working copy', { exact: true })).toBeHidden();
    await expect(warning).toBeHidden();
    expect(app.consoleErrors).toEqual([]);
  });

  test('the editor opens the Export screen, and final needs approval', async ({ app }) => {
    const { page } = app;
    await confirmRecoveryKey(page, await createVault(app, 'Border desk'));
    await seedStoryDraft(app, 'Smuggling on the Yalu');
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Drafts' }).click();
    await page.getByRole('button', { name: 'Smuggling on the Yalu', exact: true }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Export “Smuggling on the Yalu”' })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'Final' })).toBeDisabled();
    await expect(page.getByText('Final needs an editor’s approval first.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Publish to WordPress' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to the draft' }).click();
    await expect(page.getByRole('textbox', { name: 'Story text' })).toBeVisible();
  });
});
