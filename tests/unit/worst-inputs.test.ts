import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../common/api/contract';
import { METHOD_NAMES } from '../../common/api/method-names';
import { runWorstCalls, worstCalls, worstWorld, type TimedCall, type WorstWorld } from '../support/worst-inputs';
import { tempDir } from '../support/temp-dirs';

// The largest input each method accepts, through the real IPC handler and service: every call
// ends in a result or a clean error (never INTERNAL, a crash or running out of memory). How long
// each takes is a figure in bench/ (main_worst_call_ms), not an assertion here.

describe('worst-case inputs', () => {
  let dir: ReturnType<typeof tempDir>;
  let world: WorstWorld;
  let results: TimedCall[];

  beforeAll(async () => {
    dir = tempDir();
    world = await worstWorld(dir.path);
    results = await runWorstCalls(world, process.env.WORST_VERBOSE ? (c) => console.log(`${c.ms.toFixed(0).padStart(6)} ms  ${c.method} (${c.label}) ${c.result.ok ? "ok" : `${c.result.error.code}: ${c.result.error.message.slice(0, 120)}`}`) : undefined);
  }, 600_000);
  afterAll(async () => {
    await world?.service.shutdown();
    dir?.remove();
  });

  it('covers every method with schema-valid inputs', () => {
    const calls = worstCalls(world);
    expect(new Set(calls.map((c) => c.method))).toEqual(new Set(METHOD_NAMES));
    for (const call of calls) {
      const parsed = contract[call.method].input.safeParse(call.input);
      expect(parsed.success, `${call.method} (${call.label}): ${parsed.error?.issues[0]?.message}`).toBe(true);
    }
  });

  it('answers each with a result or a clean error', () => {
    const unclean = results.filter((r) => !r.result.ok && r.result.error.code === 'INTERNAL').map((r) => `${r.method} (${r.label})`);
    expect(unclean).toEqual([]);
    for (const r of results) if (!r.result.ok) expect(r.result.error.message.length, `${r.method}`).toBeGreaterThan(0);
  });
});
