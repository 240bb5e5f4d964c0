import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { SyncSimulation, scheduleArbitrary } from '../tests/support/sync-simulation';
import { report } from './report';

// `bench sync-sim`: the simulation test's schedules (tests/unit/sync-simulation.property.test.ts)
// run many more times; each must converge with nothing lost. SYNC_SIM_SCHEDULES overrides 10,000.

export async function benchSyncSim(): Promise<void> {
  const schedules = Number(process.env.SYNC_SIM_SCHEDULES ?? 10_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shieldnote-sim-bench-'));
  const started = performance.now();
  let run = 0;
  try {
    const template = await SyncSimulation.template(path.join(dir, 'template'));
    await fc.assert(
      fc.asyncProperty(scheduleArbitrary(), fc.nat(), async (schedule, seed) => {
        const sim = await SyncSimulation.start(template, path.join(dir, `run${run++}`), schedule.devices);
        try {
          await sim.run(schedule.steps);
          await sim.settle(seed);
          const contents = await sim.contents();
          if (new Set(contents).size !== 1) throw new Error('devices differ after sync');
          const lost = await sim.lostTokens();
          if (lost.length > 0) throw new Error(`lost edits: ${lost.join(', ')}`);
          if (new Set(await sim.reopenAll()).size !== 1) throw new Error('devices differ after reopening');
        } finally {
          await sim.close();
        }
      }),
      { numRuns: schedules, seed: 1202, endOnFailure: true },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report('sync_sim_schedules', run, `all converged, nothing lost, every vault reopened; ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
