import type { Page } from '@playwright/test';
import type { DocNode } from '../../common/domain/draft';
import { EXPORT_EXTENSIONS, EXPORT_FORMAT_LABELS, type ExportFormat } from '../../common/export/export-format';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import type { AppHarness } from './harness';
import { expect } from './harness';
import { goTo } from './library-flows';

// How a reporter exports a draft: from the drafts list or the editor, to a folder they pick.

/** The fixture story as a saved draft (entered through the service: the editor has its own tests). */
export async function seedStoryDraft(app: AppHarness, title: string, extra: DocNode[] = []): Promise<string> {
  const service = app.service();
  const seeded = await seedStory(service);
  const doc = seededStoryDoc(seeded);
  doc.content!.push(...extra);
  const draft = await service.createDraft({ title, byline: 'By a staff reporter', dateline: 'SEOUL' });
  await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: doc });
  return draft.meta.id;
}

export async function openExport(page: Page, title: string): Promise<void> {
  await goTo(page, 'Drafts');
  await page.getByRole('button', { name: `Export “${title}”` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Export “${title}”` })).toBeVisible();
  // The preview shows the story as a reader will; the file's text is one click away.
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('article', { name: 'Reader preview' })).toBeVisible();
}

export async function addImage(page: Page, name: string, buffer: Buffer, fields: { caption: string; credit: string; alt: string }): Promise<void> {
  const images = page.getByRole('region', { name: 'Images' });
  const before = await images.getByRole('listitem').count();
  await images.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/jpeg', buffer });
  const item = images.getByRole('form', { name: new RegExp(`^Image ${before + 1}`) });
  await expect(item).toBeVisible();
  await item.getByRole('textbox', { name: 'Caption' }).fill(fields.caption);
  await item.getByRole('textbox', { name: 'Credit' }).fill(fields.credit);
  await item.getByRole('textbox', { name: 'Description (alt text)' }).fill(fields.alt);
  await item.getByRole('button', { name: `Save image ${before + 1}` }).click();
  await expect(images.getByRole('status')).toHaveText(`Image ${before + 1} saved.`);
}

/** Chooses the format and exports (the harness's folder picker answers with `folder`). */
export async function exportAs(app: AppHarness, format: ExportFormat, folder: string | null): Promise<void> {
  const { page } = app;
  app.pickFolderResult.value = folder;
  await page.getByRole('group', { name: 'Format' }).getByRole('radio', { name: EXPORT_FORMAT_LABELS[format] }).check();
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText(`.${EXPORT_EXTENSIONS[format]}`);
  await page.getByRole('button', { name: 'Export…' }).click();
}
