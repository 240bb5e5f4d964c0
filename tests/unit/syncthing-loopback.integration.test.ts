import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRunning, SyncthingCluster, syncthingMissingReason } from '../support/syncthing';
import { tempDir } from '../support/temp-dirs';

// The loopback Syncthing pair the sync tests stand on: it must never talk beyond 127.0.0.1,
// must carry files both ways, and must survive a pause, a kill and a restart. Under CI a
// missing syncthing binary fails here instead of skipping.
const missing = syncthingMissingReason();
if (missing) console.log(`syncthing-loopback.integration: skipped, ${missing}`);

const exists = (file: string) => fs.stat(file).then(() => true, () => false);

describe.skipIf(missing !== null)('two Syncthing instances on loopback', () => {
  let dir: ReturnType<typeof tempDir>;
  let cluster: SyncthingCluster;
  let a: string;
  let b: string;

  beforeAll(async () => {
    dir = tempDir('shieldnote-syncthing-');
    cluster = await SyncthingCluster.start(dir.path, 2);
    a = path.join(dir.path, 'a');
    b = path.join(dir.path, 'b');
    await cluster.shareFolder('shared', [a, b], { ignore: ['/backups'] });
  }, 60_000);

  afterAll(async () => {
    await cluster?.stop();
    dir?.remove();
  });

  it('is configured to stay on loopback and opens no UDP socket', () => {
    for (const instance of cluster.instances) {
      const config = readFileSync(path.join(instance.home, 'config.xml'), 'utf8');
      for (const off of ['globalAnnounceEnabled', 'localAnnounceEnabled', 'relaysEnabled', 'natEnabled', 'crashReportingEnabled', 'startBrowser', 'announceLANAddresses']) {
        expect(config, off).toContain(`<${off}>false</${off}>`);
      }
      expect(config).toContain('<urAccepted>-1</urAccepted>');
      expect(config).toContain('<autoUpgradeIntervalH>0</autoUpgradeIntervalH>');
      expect(config).toContain(`<listenAddress>tcp://127.0.0.1:${instance.listenPort}</listenAddress>`);
      expect(config).toContain(`<address>127.0.0.1:${instance.guiPort}</address>`);
    }
    expect(cluster.udpSockets()).toEqual([]);
  });

  it('carries a file each way, leaves the ignored folder alone, and holds changes while a device is paused', async () => {
    await fs.writeFile(path.join(a, 'from-a.txt'), 'written on a');
    await fs.writeFile(path.join(b, 'from-b.txt'), 'written on b');
    await fs.mkdir(path.join(a, 'backups'));
    await fs.writeFile(path.join(a, 'backups', 'local.bak'), 'stays on a');
    await cluster.waitInSync('shared');
    expect(await fs.readFile(path.join(b, 'from-a.txt'), 'utf8')).toBe('written on a');
    expect(await fs.readFile(path.join(a, 'from-b.txt'), 'utf8')).toBe('written on b');
    expect(await exists(path.join(b, 'backups', 'local.bak'))).toBe(false);

    await cluster.pauseDevice(0, 1);
    await fs.writeFile(path.join(a, 'while-paused.txt'), 'held back');
    await cluster.scan(0, 'shared');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await exists(path.join(b, 'while-paused.txt'))).toBe(false);
    await cluster.resumeDevice(0, 1);
    await cluster.reconnect();
    await cluster.waitInSync('shared');
    expect(await fs.readFile(path.join(b, 'while-paused.txt'), 'utf8')).toBe('held back');
  }, 60_000);

  it('finishes a transfer after the receiving instance is killed mid-way and restarted', async () => {
    const big = Buffer.alloc(24 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32LE(i * 2654435761 >>> 0, i);
    await fs.writeFile(path.join(a, 'big.bin'), big);
    await cluster.scan(0, 'shared', 'big.bin');
    // Kill b as soon as it starts pulling: its temporary file appears before the final one.
    const deadline = Date.now() + 10_000;
    let names: string[] = [];
    while (Date.now() < deadline) {
      names = await fs.readdir(b);
      if (names.some((n) => n.includes('big.bin'))) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const stoppedPid = cluster.instances[1]!.pid!;
    await cluster.kill(1);
    expect(isRunning(stoppedPid)).toBe(false);
    const atKill = names.filter((n) => n.includes('big.bin'));
    expect(atKill.length, 'b had started pulling').toBeGreaterThan(0);
    expect(atKill, 'b had not finished').not.toContain('big.bin');
    await cluster.restart(1);
    await cluster.waitInSync('shared', 45_000);
    expect((await fs.readFile(path.join(b, 'big.bin'))).equals(big)).toBe(true);
    expect(cluster.udpSockets()).toEqual([]);
  }, 90_000);

  it('stops every instance by its recorded PID', async () => {
    const pids = cluster.instances.map((d) => d.pid!);
    await cluster.stop();
    for (const pid of pids) expect(isRunning(pid)).toBe(false);
  }, 30_000);
});
