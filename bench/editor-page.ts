import { chromium, type Browser, type Page } from '@playwright/test';
import type { DocNode } from '../common/domain/draft';
import type { SourceFields } from '../common/domain/source';
import { attachApp } from '../tests/support/browser-app';
import { STRONG_PASSPHRASE, tempDir } from '../tests/support/temp-dirs';
import { CHROMIUM_PATH } from '../playwright.config';
import { interleavedPairs, type PairedFigures } from './paired';

// What the editor benches share: a 300-chip draft beside the same draft with the chips' words as
// plain text, both open in the built app in Debian's Chromium, input → next frame timed in the
// page, and the two measured in interleaved pairs.

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** How one bench's draft reads around its chips. */
export interface ChipDocWords {
  /** The words before each chip. */
  before: () => string;
  /** What stands in for a chip in the draft without chips. */
  plain: string;
  /** The words after each chip. */
  after: string;
  /** Attributes the chips carry beyond the plain citation (a Korean particle). */
  chipAttrs?: Record<string, unknown>;
}

/** 100 paragraphs of three sentences, each with a citation chip (300 in all) or its words as plain text. */
export function chipDoc(statementIds: string[], withChips: boolean, words: ChipDocWords): DocNode {
  const content: DocNode[] = [];
  let chips = 0;
  for (let p = 0; p < 100; p++) {
    const inline: DocNode[] = [];
    for (let i = 0; i < 3; i++) {
      inline.push({ type: 'text', text: words.before() });
      if (withChips) {
        inline.push({ type: 'citation', attrs: { citationId: `c${chips}`, statementIds: [statementIds[chips % statementIds.length]!], revisions: [1], override: null, customText: null, showDate: false, outlet: '', ...words.chipAttrs } });
      } else {
        inline.push({ type: 'text', text: words.plain });
      }
      chips++;
      inline.push({ type: 'text', text: words.after });
    }
    content.push({ type: 'paragraph', content: inline });
  }
  return { type: 'doc', content };
}

export interface BenchDraftSetup {
  tempPrefix: string;
  title: string;
  sourceLabel: SourceFields['label'];
  language?: 'ko';
  body: (statementIds: string[]) => DocNode;
}

/**
 * A page of the built app on a fresh vault with one source, 20 statements and one draft holding
 * `body`, opened at the unlocked desk. `close` shuts the app and removes its folder; the caller
 * calls it also when its own setup fails.
 */
export async function openBenchVault(browser: Browser, setup: BenchDraftSetup): Promise<{ page: Page; close: () => Promise<void> }> {
  const data = tempDir(setup.tempPrefix);
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const app = await attachApp(page, data.path, { recordResults: false });
  const close = async () => {
    await app.shutdown();
    await page.close();
    data.remove();
  };
  try {
    const service = app.service();
    await service.createVault({ path: `${data.path}/Vault`, name: 'Bench', passphrase: STRONG_PASSPHRASE });
    await service.requireVault().update((d) => {
      d.meta.recoveryKeyConfirmed = true;
    });
    const source = await service.saveSource({ label: setup.sourceLabel, access: '', anonymityReason: '', reliability: 'new', poolSize: null, notes: '' });
    const statements = await service.saveStatements({
      statements: Array.from({ length: 20 }, (_, i) => ({ sourceId: source.id, text: `Statement ${i}`, kind: 'quote' as const, saidOn: null, channel: 'phone' as const, notes: '', tags: [] })),
    });
    const draft = await service.createDraft({ title: setup.title });
    if (setup.language) await service.setDraftLanguage({ id: draft.meta.id, language: setup.language });
    await service.saveDraftBody({ id: draft.meta.id, baseRevision: 1, body: setup.body(statements.map((s) => s.id)) });
    await app.open();
  } catch (error) {
    await close();
    throw error;
  }
  return { page, close };
}

/** From now on, each of these events records the time to the next frame; clears what was recorded. */
export async function timeNextFrames(page: Page, events: string[]): Promise<void> {
  await page.evaluate((types) => {
    const w = window as unknown as { __frames: number[]; __listening?: string[] };
    w.__frames = [];
    w.__listening ??= [];
    // Anonymous listeners: tsx would wrap a named function in a helper the page does not have.
    for (const type of types.filter((t) => !w.__listening!.includes(t))) {
      w.__listening.push(type);
      document.addEventListener(type, () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__frames.push(performance.now() - t0), 0));
      }, { capture: true });
    }
  }, events);
}

/** The frame times recorded since `timeNextFrames`, once the last frame has landed. */
export async function recordedFrames(page: Page): Promise<number[]> {
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
}

type OpenDraft = (browser: Browser, withChips: boolean) => Promise<{ sample: () => Promise<number>; close: () => Promise<void> }>;

/** Opens the draft with chips and the one without in one browser and measures them in interleaved pairs. */
export async function chipsAgainstPlain(openDraft: OpenDraft): Promise<PairedFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
  try {
    const chips = await openDraft(browser, true);
    const noChips = await openDraft(browser, false);
    try {
      return await interleavedPairs(chips.sample, noChips.sample, { pairs: 7, warmup: 1 });
    } finally {
      await chips.close();
      await noChips.close();
    }
  } finally {
    await browser.close();
  }
}
