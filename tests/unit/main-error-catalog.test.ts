import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUED_MAIN_MESSAGES } from '../../renderer/src/i18n/main-errors';

// The renderer translates main's frequent error messages by their exact English text. When one
// is reworded in main, its translation would silently stop applying: this finds each in main.

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('main error messages with a translation', () => {
  // Literals split over lines ('…' +\n '…') are joined, as main sends them.
  const text = sources(path.resolve('main'))
    .map((file) => readFileSync(file, 'utf8').replace(/'\s*\+\s*'/g, ''))
    .join('\n');

  it.each(CATALOGUED_MAIN_MESSAGES)('main still says %s', (message) => {
    expect(text).toContain(message);
  });
});
