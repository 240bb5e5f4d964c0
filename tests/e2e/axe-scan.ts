import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// The accessibility scan behind the screenshot tour: axe-core on each screen the tour saves,
// the counts by impact kept in docs/accessibility.json (and the table in docs/accessibility.md)
// for the closing note. A serious or critical violation fails the test that met it.

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
export type ScreenCounts = Record<Impact, number> & { rules: string[] };

const JSON_PATH = 'docs/accessibility.json';
const MD_PATH = 'docs/accessibility.md';
const IMPACTS: Impact[] = ['critical', 'serious', 'moderate', 'minor'];

export interface ScanResult {
  counts: ScreenCounts;
  /** One line per serious or critical violation: rule, impact, the first offending nodes. */
  blocking: string[];
}

export async function scanScreen(page: Page, screen: string): Promise<ScanResult> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const counts: ScreenCounts = { critical: 0, serious: 0, moderate: 0, minor: 0, rules: [] };
  const blocking: string[] = [];
  for (const violation of results.violations) {
    const impact = (violation.impact ?? 'minor') as Impact;
    counts[impact] += violation.nodes.length;
    counts.rules.push(`${violation.id} (${impact}, ${violation.nodes.length})`);
    if (impact === 'serious' || impact === 'critical') {
      const where = violation.nodes.slice(0, 4).map((node) => `${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.split('\n').slice(1, 2).join('').trim()}` : ''}`);
      blocking.push(`${screen}: ${violation.id} (${impact}): ${where.join(' | ')}`);
    }
  }
  record(screen, counts);
  return { counts, blocking };
}

function record(screen: string, counts: ScreenCounts) {
  const all: Record<string, ScreenCounts> = existsSync(JSON_PATH) ? (JSON.parse(readFileSync(JSON_PATH, 'utf8')) as Record<string, ScreenCounts>) : {};
  all[screen] = counts;
  const sorted = Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(JSON_PATH, `${JSON.stringify(sorted, null, 2)}\n`);
  writeFileSync(MD_PATH, markdown(sorted));
}

function markdown(all: Record<string, ScreenCounts>): string {
  const rows = Object.entries(all).map(([screen, c]) => `| ${screen} | ${IMPACTS.map((impact) => c[impact]).join(' | ')} | ${c.rules.join(', ') || '—'} |`);
  const totals = IMPACTS.map((impact) => Object.values(all).reduce((sum, c) => sum + c[impact], 0));
  return [
    '# Accessibility scan',
    '',
    'Every screen of the screenshot tour (`tests/e2e/screenshots.spec.ts`), light and dark, is scanned',
    'with axe-core (`@axe-core/playwright`, rules tagged WCAG 2.0/2.1 A and AA plus best practices) at',
    'the moment its screenshot is taken. The tour fails on any serious or critical violation. The counts',
    'are offending elements by impact; this file and `accessibility.json` are rewritten by the tour.',
    '',
    'Run: `npx electron-vite build && npx playwright test tests/e2e/screenshots.spec.ts`',
    '',
    '| Screen | Critical | Serious | Moderate | Minor | Rules |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    `| **All ${rows.length} screens** | ${totals.join(' | ')} | |`,
    '',
    'What else is checked by hand or by its own test:',
    '',
    '- Keyboard only: `tests/e2e/keyboard-only.spec.ts` runs create → source → statement → draft with a',
    '  citation → review → export with key presses alone.',
    '- Focus is always visible (a `:focus-visible` ring on every control), dialogs keep Tab inside and',
    '  give focus back, citation chips are named “citation: …”, and `prefers-reduced-motion` stops',
    '  transitions and smooth scrolling (`tests/e2e/accessibility.spec.ts`).',
    '',
  ].join('\n');
}
