import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserApp } from '../support/browser-app';
import { interviewDocx, withReviewMarks } from '../support/import-fixtures';
import { expect } from './harness';

/** A Word interview with tracked changes, comments and a photo, saved in the app's folder; returns its path. */
export async function writeWordInterview(app: BrowserApp): Promise<string> {
  const file = path.join(app.appDataDir, 'Interview Liu.docx');
  writeFileSync(file, withReviewMarks(await interviewDocx({ image: true })));
  return file;
}

/** On the Statements page: Import…, `file` as what main's file dialog answers, and the review it opens (its heading). */
export async function importStatementsFrom(app: BrowserApp, file: string, reviewHeading: string): Promise<void> {
  app.filePicker.open = file;
  await app.page.getByRole('button', { name: 'Import…' }).click();
  await app.page.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(app.page.getByRole('heading', { name: reviewHeading })).toBeVisible();
}
