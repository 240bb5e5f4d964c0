import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncSimulation, scheduleArbitrary } from '../support/sync-simulation';
import { tempDir } from '../support/temp-dirs';

// 2–4 devices edit one vault while a simulated sync engine delivers whole files in random order,
// late, twice, or as conflict copies with random names (tests/support/sync-simulation.ts). Once
// delivery completes, every device shows the same content, every acknowledged edit is in it (or
// in a conflicting copy or an item's history, with a notice), and every device opens again.

export const SCHEDULES = Number(process.env.SYNC_SIM_SCHEDULES ?? 200);

describe('simulated sync between devices', () => {
  let dir: ReturnType<typeof tempDir>;
  let template: string;
  beforeAll(async () => {
    dir = tempDir('shieldnote-sim-');
    template = await SyncSimulation.template(path.join(dir.path, 'template'));
  });
  afterAll(() => dir.remove());

  it(`converges with nothing lost over ${SCHEDULES} schedules`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scheduleArbitrary(), fc.nat(), async (schedule, seed) => {
        const sim = await SyncSimulation.start(template, path.join(dir.path, `run${run++}`), schedule.devices);
        try {
          await sim.run(schedule.steps);
          await sim.settle(seed);
          const contents = await sim.contents();
          expect(new Set(contents).size).toBe(1);
          expect(await sim.lostTokens()).toEqual([]);
          expect(sim.unreportedHistory()).toBe(0);
          expect(new Set(await sim.reopenAll())).toEqual(new Set(contents));
        } finally {
          await sim.close();
        }
      }),
      { numRuns: SCHEDULES, seed: 20261202, endOnFailure: true },
    );
  }, 600_000);
});
