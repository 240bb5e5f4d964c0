import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { seedStory, type SeededStory } from './seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from './temp-dirs';

// Vitest only (the hooks are Vitest's): the per-test vault most service tests start from.

export interface DeskVault {
  dir: ReturnType<typeof tempDir>;
  service: ShieldnoteService;
}

export interface StoryVault extends DeskVault {
  seeded: SeededStory;
}

type MakeService = (dir: string) => ShieldnoteService;
const testService: MakeService = (dir) => new ShieldnoteService({ platform: testPlatform(dir), kdfPolicy: FAST_KDF });

/**
 * For each test of the enclosing suite: a temp folder, a service on it (`makeService`, by default
 * the test platform with the fast KDF) and an unlocked empty vault named Desk, handed to `ready`;
 * shut down and removed after the test.
 */
export function deskVaultEachTest(ready: (desk: DeskVault) => unknown, makeService: MakeService = testService): void {
  let cleanup: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const dir = tempDir();
    const service = makeService(dir.path);
    cleanup = async () => {
      await service.shutdown();
      dir.remove();
    };
    await service.createVault({ path: path.join(dir.path, 'v'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
    await ready({ dir, service });
  });
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });
}

/** The same, with the fixture story's sources, identities and statements in the vault. */
export function storyVaultEachTest(ready: (story: StoryVault) => unknown, makeService: MakeService = testService): void {
  deskVaultEachTest(async (desk) => ready({ ...desk, seeded: await seedStory(desk.service) }), makeService);
}
