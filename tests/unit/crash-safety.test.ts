import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { Vault } from '../../main/vault/vault';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir } from '../support/temp-dirs';

// A writer process is SIGKILLed at random moments; every time, the vault must open and hold the
// last acknowledged state or the one being written, never anything older, newer or broken.
const KILLS = Number(process.env.SHIELDNOTE_CRASH_KILLS ?? 200);
const passphrase = new TextEncoder().encode(STRONG_PASSPHRASE);

describe('crash safety', () => {
  const dir = tempDir('shieldnote-crash-');
  // Two independent vaults killed in parallel lanes: the machine has two cores.
  const LANES = 2;
  const vaultDirs = Array.from({ length: LANES }, (_, i) => path.join(dir.path, `vault-${i}`));
  const recordIds: string[] = [];
  // Inside the project so the child's ESM imports resolve from node_modules.
  const childScript = path.resolve('node_modules/.cache/shieldnote-tests/crash-writer.mjs');

  beforeAll(async () => {
    for (const vaultDir of vaultDirs) {
      mkdirSync(vaultDir);
      const { vault } = await Vault.create(vaultDir, { name: 'crash', passphrase, kdfPolicy: FAST_KDF });
      const recordId = vault.newRecordId();
      recordIds.push(recordId);
      await vault.writeRecord(recordId, 15, new TextEncoder().encode('0'.padStart(4096, '.')));
      await vault.close();
    }
    // Bundle the child once so each of the many restarts costs a plain `node` start.
    await build({
      entryPoints: [path.resolve('tests/support/crash-writer.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: childScript,
      packages: 'external',
      absWorkingDir: process.cwd(),
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
  }, 60_000);

  afterAll(() => dir.remove());

  function runAndKill(vaultDir: string, recordId: string, delayMs: number): Promise<{ acknowledged: number; started: number }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [childScript, vaultDir, STRONG_PASSPHRASE, recordId], {
        cwd: process.cwd(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let acknowledged = -1;
      let started = -1;
      let buffer = '';
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.on('data', (d: Buffer) => {
        buffer += d.toString();
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const [word, value] = buffer.slice(0, newline).split(' ');
          buffer = buffer.slice(newline + 1);
          if (word === 'ready') {
            started = Number(value);
            acknowledged = started;
            setTimeout(() => child.kill('SIGKILL'), delayMs);
          } else if (word === 'committed') acknowledged = Number(value);
        }
      });
      child.on('exit', (_code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own: ${stderr}`));
        else resolve({ acknowledged, started });
      });
    });
  }

  async function lane(lane: number, kills: number) {
    const vaultDir = vaultDirs[lane]!;
    const recordId = recordIds[lane]!;
    let previous = 0;
    let staleTemps = 0;
    let aheadOfAck = 0;
    for (let i = 0; i < kills; i++) {
      const { acknowledged } = await runAndKill(vaultDir, recordId, Math.floor(Math.random() * 25));
      staleTemps += [vaultDir, path.join(vaultDir, 'records')].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.sntmp'))).length;
      const vault = await Vault.unlock(vaultDir, { kind: 'passphrase', passphrase });
      const onDisk = Number((vault.collection<{ n: number }>('crash').counter ?? { n: 0 }).n);
      const record = Number(new TextDecoder().decode(await vault.readRecord(recordId, 15)).replace(/^\.+/, ''));
      await vault.close();
      expect(onDisk === acknowledged || onDisk === acknowledged + 1, `lane ${lane} kill ${i}: acknowledged ${acknowledged}, found ${onDisk}`).toBe(true);
      // The record is written just before the catalog, so it may be one step ahead of it.
      expect(record === onDisk || record === onDisk + 1, `lane ${lane} kill ${i}: record ${record}, catalog ${onDisk}`).toBe(true);
      expect(onDisk).toBeGreaterThanOrEqual(previous);
      expect(readdirSync(vaultDir).filter((f) => f.endsWith('.sntmp'))).toEqual([]);
      expect(existsSync(path.join(vaultDir, 'vault.lock'))).toBe(false);
      if (onDisk > acknowledged) aheadOfAck++;
      previous = onDisk;
    }
    return { staleTemps, aheadOfAck, final: previous };
  }

  it(`opens with the last or the in-flight committed state after ${KILLS} SIGKILLs`, async () => {
    const perLane = Math.ceil(KILLS / LANES);
    const results = await Promise.all(vaultDirs.map((_, i) => lane(i, perLane)));
    const sum = (k: 'staleTemps' | 'aheadOfAck') => results.reduce((n, r) => n + r[k], 0);
    console.log(`crash-safety: ${perLane * LANES} kills, ${sum('staleTemps')} torn temp files cleaned at open, ${sum('aheadOfAck')} kills between a durable commit and its acknowledgement`);
    for (const r of results) expect(r.final).toBeGreaterThan(0);
  }, 600_000);
});
