import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every modal goes through components/dialog.tsx, which traps Tab, closes on Escape and gives
// focus back (tests/e2e/accessibility.spec.ts). A screen that made its own modal would skip that.

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('modal dialogs', () => {
  it('are all the one Dialog component', () => {
    const own = files('renderer/src').filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /aria-modal(=|:\s*)["'{]*true|showModal\(|<dialog\b/.test(text) && !file.endsWith(path.join('components', 'dialog.tsx'));
    });
    expect(own).toEqual([]);
  });
});
