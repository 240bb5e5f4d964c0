import { execFileSync } from 'node:child_process';
import { benchVaultWith } from './bench-vault';
import { report } from './report';

// Unlock, search build and memory at 1,000, 10,000 and 100,000 statements (with 1,000 drafts),
// each measured in a fresh process that only unlocks (bench/unlock-child.ts).

interface Unlocked {
  unlockMs: number;
  openMs: number;
  firstSearchMs: number;
  firstSearchHits: number;
  /** The first search's own time (a scan, holding main meanwhile). */
  scanMs: number;
  /** Unlock returned → search index built (searches meanwhile scan). */
  indexReadyMs: number;
  /** The event loop's longest gap from unlock until the index was built. */
  longestGapMs: number;
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
}

async function unlockIn(statements: number): Promise<Unlocked> {
  const { service, appDataDir, dispose } = await benchVaultWith(statements, 1_000);
  await service.shutdown();
  try {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/unlock-child.ts', appDataDir], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!) as Unlocked;
  } finally {
    await dispose();
  }
}

export async function benchScale(): Promise<void> {
  const rows: [number, Unlocked][] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const u = await unlockIn(n);
    rows.push([n, u]);
    console.log(`# ${n} statements + 1,000 drafts: unlock ${u.unlockMs.toFixed(0)} ms (catalog open ${u.openMs.toFixed(0)} ms), first search ${u.firstSearchMs.toFixed(0)} ms after unlock (${u.firstSearchHits} hits, by a ${u.scanMs.toFixed(0)} ms scan while the index builds), index ready ${u.indexReadyMs.toFixed(0)} ms after unlock (longest event-loop gap during the build ${u.longestGapMs.toFixed(0)} ms), RSS ${u.rssMb.toFixed(0)} MB (JS heap ${u.heapUsedMb.toFixed(0)} MB, buffers ${u.externalMb.toFixed(0)} MB)`);
  }
  const at = (n: number) => rows.find(([count]) => count === n)![1];
  report('rss_after_unlock_mb', at(10_000).rssMb, 'service after unlock with its search index built, 10,000 statements + 1,000 drafts, fresh process; target ≤ 250');
  report('rss_after_unlock_100k_mb', at(100_000).rssMb, 'the same at 100,000 statements; target ≤ 600');
  report('first_search_after_unlock_100k_ms', at(100_000).firstSearchMs, 'unlock returned → first search answered, 100,000 statements; target ≤ 1,000');
  report('search_ready_after_unlock_100k_ms', at(100_000).indexReadyMs, 'unlock returned → search index built, 100,000 statements (searches meanwhile scan)');
  report('search_build_longest_gap_100k_ms', at(100_000).longestGapMs, "the event loop's longest gap while the index builds (after the first search), 100,000 statements; aim ≤ ~50");
  report('first_search_scan_100k_ms', at(100_000).scanMs, 'the first search\'s own time at 100,000 statements: a scan, as the index is not built yet');
  report('open_100k_ms', at(100_000).openMs, `catalog read + decrypt + parse, 100,000 statements (10,000: ${at(10_000).openMs.toFixed(0)} ms)`);
  report('unlock_100k_ms', at(100_000).unlockMs, 'whole unlock with the fast test KDF, 100,000 statements');
}
