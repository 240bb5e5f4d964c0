import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveThroughPicker } from '../../main/review-packages/package-files';
import { dialogAnswers, tempDir, testPlatform } from '../support/temp-dirs';

// A package goes where the user's save dialog said. The dialog asks before replacing the name it
// returns; when main adds the extension, the name is new to the dialog, so main asks itself.

describe('saving a review package through the save dialog', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  const bytes = new TextEncoder().encode('sealed package');

  it('a typed name without the extension that would replace a package asks main’s own dialog first', async () => {
    const existing = path.join(dir.path, 'for-editor.snreview');
    writeFileSync(existing, 'an earlier package');
    const refused = dialogAnswers(false);
    const platform = testPlatform(dir.path, undefined, { open: null, save: path.join(dir.path, 'for-editor') }, refused);
    expect(await saveThroughPicker(platform, 'Save the review package', 'x.snreview', 'snreview', bytes)).toBeNull();
    expect(refused.asked).toMatchObject([{ title: 'Replace the file?', confirmLabel: 'Replace', message: expect.stringContaining('for-editor.snreview') }]);
    expect(readFileSync(existing, 'utf8')).toBe('an earlier package');

    const agreed = dialogAnswers(true);
    const yes = testPlatform(dir.path, undefined, { open: null, save: path.join(dir.path, 'for-editor') }, agreed);
    expect(await saveThroughPicker(yes, 'Save the review package', 'x.snreview', 'snreview', bytes)).toBe(existing);
    expect(readFileSync(existing, 'utf8')).toBe('sealed package');
  });

  it('a new name is written without a question', async () => {
    const answers = dialogAnswers(false);
    const platform = testPlatform(dir.path, undefined, { open: null, save: path.join(dir.path, 'fresh') }, answers);
    expect(await saveThroughPicker(platform, 'Save the review package', 'x.snreview', 'snreview', bytes)).toBe(path.join(dir.path, 'fresh.snreview'));
    expect(answers.asked).toEqual([]);
  });
});
