import { ShieldnoteService } from '../main/service/shieldnote-service';
import { FAST_KDF, STRONG_PASSPHRASE, testPlatform } from '../tests/support/temp-dirs';

// Run in a fresh process by scale-bench.ts, so that its RSS is that of a service which only
// unlocked a vault (not of the process that generated it): unlock, first search, index ready, RSS.
const appDataDir = process.argv[2]!;
const service = new ShieldnoteService({ platform: testPlatform(appDataDir), kdfPolicy: FAST_KDF });
const started = performance.now();
await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
const unlockMs = performance.now() - started;
const openMs = service.requireVault().unlockTimings!.openMs;
const afterUnlock = performance.now();
// The event loop while the index builds: the longest gap between two timer ticks.
let longestGap = 0;
let last = performance.now();
const ticker = setInterval(() => {
  const now = performance.now();
  longestGap = Math.max(longestGap, now - last);
  last = now;
}, 1);
const first = await service.search({ query: 'river' });
const firstSearchMs = performance.now() - afterUnlock;
const firstSearchHits = first.total;
// That search ran as a scan (the index is still building): it held main for its own time.
const scanMs = first.tookMs;
// The index goes on building after it; the longest gap from here on is the build's own.
longestGap = 0;
last = performance.now();
await service.searchReady();
const indexReadyMs = performance.now() - afterUnlock;
clearInterval(ticker);
global.gc?.();
await new Promise((resolve) => setTimeout(resolve, 50));
global.gc?.();
const memory = process.memoryUsage();
console.log(JSON.stringify({ unlockMs, openMs, firstSearchMs, firstSearchHits, scanMs, indexReadyMs, longestGapMs: longestGap, rssMb: memory.rss / 1e6, heapUsedMb: memory.heapUsed / 1e6, externalMb: (memory.external + memory.arrayBuffers) / 1e6 }));
await service.shutdown();
