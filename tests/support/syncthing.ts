import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, promises as fs, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

// Real Syncthing on loopback for the tests and the bench (Debian's package, 1.19 or later).
// Every instance is configured before its first start so that nothing is ever announced:
// listen and GUI on 127.0.0.1 only, no global or local discovery (local discovery broadcasts on
// the LAN), no relays, NAT, usage or crash reports, upgrades or browser. Instances are stopped
// through the REST API, then by their recorded PID and its children only.

export interface SyncthingInstance {
  name: string;
  home: string;
  guiPort: number;
  listenPort: number;
  apiKey: string;
  deviceId: string;
  pid: number | null;
}

/** Null when the syncthing binary is there; a reason to skip when not; throws in CI, which must have it. */
export function syncthingMissingReason(): string | null {
  const found = spawnSync('syncthing', ['--version'], { encoding: 'utf8' });
  if (found.status === 0) return null;
  const reason = 'no syncthing binary on PATH (Debian: apt-get install syncthing)';
  if (process.env.CI || process.env.SHIELDNOTE_SYNCTHING_REQUIRED) throw new Error(`${reason}; CI must have it`);
  return reason;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The whole config.xml: every device known with its loopback address, everything that talks to the outside off. */
function configXml(version: string, self: SyncthingInstance, all: SyncthingInstance[]): string {
  const devices = all
    .map(
      (d) => `    <device id="${d.deviceId}" name="${xmlEscape(d.name)}" compression="metadata" introducer="false">
        <address>tcp://127.0.0.1:${d.listenPort}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>`,
    )
    .join('\n');
  return `<configuration version="${version}">
${devices}
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:${self.guiPort}</address>
        <apikey>${self.apiKey}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:${self.listenPort}</listenAddress>
        <globalAnnounceServer></globalAnnounceServer>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <urSeen>3</urSeen>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <announceLANAddresses>false</announceLANAddresses>
        <stunServer></stunServer>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <setLowPriority>false</setLowPriority>
    </options>
</configuration>
`;
}

/** The PIDs whose parent is `pid` (Linux /proc), so only our instance's own children are signalled. */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 is the parent PID; the command name (field 2) may hold spaces, so split after ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** Whether a PID still runs (a zombie waiting to be reaped counts as ended). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie still answers signal 0; it has exited all the same.
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function signalTree(pid: number, signal: NodeJS.Signals): void {
  for (const child of childrenOf(pid)) signalTree(child, signal);
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`Syncthing: timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`);
    await sleep(100);
  }
}

export interface FolderOptions {
  /** Relative paths Syncthing must leave alone (written to the folder's .stignore). */
  ignore?: string[];
}

export class SyncthingCluster {
  private readonly folders = new Map<string, string[]>();
  /** "i>j" while instance i has instance j paused: a restart puts back what was asked, whatever config.xml kept. */
  private readonly paused = new Set<string>();

  private constructor(
    readonly root: string,
    readonly instances: SyncthingInstance[],
  ) {}

  /** Generates keys and config for `count` instances under `root`, rewrites each config.xml, then starts them. */
  static async start(root: string, count = 2): Promise<SyncthingCluster> {
    await fs.mkdir(root, { recursive: true });
    const instances: SyncthingInstance[] = [];
    const versions: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = String.fromCharCode(97 + i);
      const home = path.join(root, `syncthing-${name}`);
      const generated = spawnSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], { encoding: 'utf8' });
      if (generated.status !== 0) throw new Error(`syncthing generate failed: ${generated.stderr}`);
      const deviceId = /Device ID:\s*([A-Z0-9-]{63})/.exec(generated.stdout + generated.stderr)?.[1];
      const config = readFileSync(path.join(home, 'config.xml'), 'utf8');
      const apiKey = /<apikey>([^<]+)<\/apikey>/.exec(config)?.[1];
      const version = /<configuration version="(\d+)"/.exec(config)?.[1];
      if (!deviceId || !apiKey || !version) throw new Error('syncthing generate: no device id, API key or config version');
      versions.push(version);
      instances.push({ name, home, guiPort: await freePort(), listenPort: await freePort(), apiKey, deviceId, pid: null });
    }
    // Every config is whole before any instance starts, so nothing ever runs with the defaults.
    instances.forEach((self, i) => writeFileSync(path.join(self.home, 'config.xml'), configXml(versions[i]!, self, instances)));
    const cluster = new SyncthingCluster(root, instances);
    try {
      await Promise.all(instances.map((_, i) => cluster.launch(i)));
      await cluster.waitConnected();
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  private async launch(index: number): Promise<void> {
    const self = this.instances[index]!;
    const log = openSync(path.join(self.home, 'syncthing.log'), 'a');
    const child = spawn('syncthing', ['serve', `--home=${self.home}`, '--no-browser', '--no-restart', '--no-upgrade', '--no-default-folder'], {
      env: { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1', STNOUSAGEREPORTING: '1' },
      detached: true,
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    child.unref();
    if (!child.pid) throw new Error('syncthing serve did not start');
    self.pid = child.pid;
    await writeFileText(path.join(self.home, 'syncthing.pid'), `${child.pid}\n`);
    try {
      await waitFor(`${self.name}'s REST API`, 20_000, async () => (await this.rest(index, 'GET', '/rest/system/ping')) as unknown);
    } catch (error) {
      throw new Error(`${String(error)}\n${this.logTail(30)}`);
    }
  }

  /** A REST call to instance `index`; throws on any HTTP error. */
  async rest(index: number, method: string, route: string, body?: unknown): Promise<unknown> {
    const self = this.instances[index]!;
    const response = await fetch(`http://127.0.0.1:${self.guiPort}${route}`, {
      method,
      headers: { 'X-API-Key': self.apiKey, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route} on ${self.name}: HTTP ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : null;
  }

  /** Waits until every instance is connected to every other. */
  async waitConnected(timeoutMs = 20_000): Promise<void> {
    for (let i = 0; i < this.instances.length; i++) {
      await waitFor(`${this.instances[i]!.name} to connect`, timeoutMs, async () => {
        const { connections } = (await this.rest(i, 'GET', '/rest/system/connections')) as { connections: Record<string, { connected: boolean; paused: boolean }> };
        return this.instances.every((d, j) => j === i || connections[d.deviceId]?.connected === true || connections[d.deviceId]?.paused === true);
      });
    }
  }

  /**
   * Shares one folder among the instances: `paths[i]` is its place on instance i. The watcher
   * delay is 1 s (the default 10 s would only slow the tests down).
   */
  async shareFolder(folderId: string, paths: string[], options: FolderOptions = {}): Promise<void> {
    this.folders.set(folderId, paths);
    await Promise.all(
      paths.map(async (folderPath, i) => {
        await fs.mkdir(folderPath, { recursive: true });
        if (options.ignore) await writeFileText(path.join(folderPath, '.stignore'), `${options.ignore.join('\n')}\n`);
        await this.rest(i, 'POST', '/rest/config/folders', {
          id: folderId,
          label: folderId,
          path: folderPath,
          type: 'sendreceive',
          fsWatcherEnabled: true,
          fsWatcherDelayS: 1,
          rescanIntervalS: 60,
          devices: this.instances.map((d) => ({ deviceID: d.deviceId })),
        });
      }),
    );
    await Promise.all(paths.map((_, i) => waitFor(`${folderId} on ${this.instances[i]!.name} to start`, 20_000, async () => (await this.folderState(i, folderId)) === 'idle')));
  }

  folderPath(index: number, folderId: string): string {
    const paths = this.folders.get(folderId);
    if (!paths?.[index]) throw new Error(`folder ${folderId} is not shared with instance ${index}`);
    return paths[index];
  }

  async folderState(index: number, folderId: string): Promise<string> {
    return ((await this.rest(index, 'GET', `/rest/db/status?folder=${encodeURIComponent(folderId)}`)) as { state: string }).state;
  }

  /** Asks instance `index` to rescan now (a file or subfolder, or the whole folder). */
  async scan(index: number, folderId: string, sub?: string): Promise<void> {
    const query = new URLSearchParams({ folder: folderId, ...(sub ? { sub } : {}) });
    await this.rest(index, 'POST', `/rest/db/scan?${query}`);
  }

  /** Instance `index` stops talking to instance `other` (saved in its config, like the GUI's pause). */
  async pauseDevice(index: number, other: number): Promise<void> {
    await this.rest(index, 'POST', `/rest/system/pause?device=${this.instances[other]!.deviceId}`);
    this.paused.add(`${index}>${other}`);
  }

  async resumeDevice(index: number, other: number): Promise<void> {
    await this.rest(index, 'POST', `/rest/system/resume?device=${this.instances[other]!.deviceId}`);
    this.paused.delete(`${index}>${other}`);
  }

  /**
   * Waits until every instance is idle, needs nothing, and sees every other at 100 % for the
   * folder, with the same global version. Scans first, so files written a moment ago count.
   */
  async waitInSync(folderId: string, timeoutMs = 30_000): Promise<void> {
    await Promise.all(this.instances.map((_, i) => this.scan(i, folderId)));
    try {
      await this.waitForSync(folderId, timeoutMs);
    } catch (error) {
      const details = await Promise.all(
        this.instances.map(async (d, i) => {
          const status = await this.rest(i, 'GET', `/rest/db/status?folder=${encodeURIComponent(folderId)}`).catch((e: unknown) => String(e));
          const errors = await this.rest(i, 'GET', `/rest/folder/errors?folder=${encodeURIComponent(folderId)}`).catch((e: unknown) => String(e));
          const need = await this.rest(i, 'GET', `/rest/db/need?folder=${encodeURIComponent(folderId)}`).catch((e: unknown) => String(e));
          return `${d.name}: ${JSON.stringify(status)}\nerrors ${JSON.stringify(errors)}\nneed ${JSON.stringify(need).slice(0, 1500)}`;
        }),
      );
      throw new Error(`${String(error)}\n${details.join('\n')}\n${this.logTail(20)}`);
    }
  }

  private async waitForSync(folderId: string, timeoutMs: number): Promise<void> {
    await waitFor(`${folderId} to be in sync`, timeoutMs, async () => {
      const globals = new Set<string>();
      for (let i = 0; i < this.instances.length; i++) {
        const status = (await this.rest(i, 'GET', `/rest/db/status?folder=${encodeURIComponent(folderId)}`)) as {
          state: string;
          needTotalItems: number;
          globalFiles: number;
          globalDeleted: number;
          globalBytes: number;
          localFiles: number;
          localBytes: number;
          sequence: number;
        };
        if (status.state !== 'idle' || status.needTotalItems !== 0) return false;
        if (status.localFiles !== status.globalFiles || status.localBytes !== status.globalBytes) return false;
        globals.add(`${status.globalFiles}/${status.globalDeleted}/${status.globalBytes}`);
        for (let j = 0; j < this.instances.length; j++) {
          if (j === i) continue;
          const completion = (await this.rest(i, 'GET', `/rest/db/completion?folder=${encodeURIComponent(folderId)}&device=${this.instances[j]!.deviceId}`)) as { completion: number; needItems: number };
          if (completion.completion < 100 || completion.needItems !== 0) return false;
        }
      }
      return globals.size === 1;
    });
  }

  /** Kills instance `index` at once (SIGKILL to its recorded PID and children), as a crash or power cut would. */
  async kill(index: number): Promise<void> {
    const self = this.instances[index]!;
    if (self.pid === null) return;
    const tree = [self.pid, ...childrenOf(self.pid)];
    signalTree(self.pid, 'SIGKILL');
    self.pid = null;
    await waitFor(`${self.name} to die`, 5_000, async () => !tree.some(isRunning));
  }

  /** Starts a killed or stopped instance again with its own home (keys, config, database). */
  async restart(index: number): Promise<void> {
    if (this.instances[index]!.pid !== null) throw new Error(`${this.instances[index]!.name} is still running`);
    await this.launch(index);
    // A kill soon after a pause or resume can leave config.xml with the older state.
    for (let j = 0; j < this.instances.length; j++) {
      if (j === index) continue;
      if (this.paused.has(`${index}>${j}`)) await this.pauseDevice(index, j);
      else await this.resumeDevice(index, j);
    }
    await this.reconnect([index]);
  }

  /**
   * Waits until every instance is connected to every other after a restart or a resume. A peer
   * that still holds a dead connection, or sits in its redial backoff (which can outlast the
   * reconnection interval after a pause), is nudged: pausing and resuming the device drops the
   * old connection and dials at once. `only` limits the nudge to these instances' peers.
   */
  async reconnect(only?: number[]): Promise<void> {
    try {
      await this.waitConnected(8_000);
    } catch {
      for (let i = 0; i < this.instances.length; i++) {
        for (let j = 0; j < this.instances.length; j++) {
          if (i === j || this.paused.has(`${j}>${i}`) || (only && !only.includes(i))) continue;
          await this.pauseDevice(j, i);
          await this.resumeDevice(j, i);
        }
      }
      try {
        await this.waitConnected(20_000);
      } catch (error) {
        throw new Error(`${String(error)}\n${this.logTail(40)}`);
      }
    }
  }

  /** The last lines of each instance's log, for a failure message. */
  logTail(lines = 15): string {
    return this.instances
      .map((d) => {
        let text = '';
        try {
          text = readFileSync(path.join(d.home, 'syncthing.log'), 'utf8');
        } catch {
          // No log yet.
        }
        return `--- ${d.name}\n${text.split('\n').slice(-lines).join('\n')}`;
      })
      .join('\n');
  }

  /** REST shutdown first; whatever is still running after 5 s gets SIGTERM, then SIGKILL, by recorded PID. */
  async stop(): Promise<void> {
    await Promise.all(
      this.instances.map(async (self, i) => {
        const pid = self.pid;
        if (pid === null) return;
        const tree = [pid, ...childrenOf(pid)];
        await this.rest(i, 'POST', '/rest/system/shutdown').catch(() => undefined);
        const gone = async (ms: number): Promise<boolean> => {
          const deadline = Date.now() + ms;
          while (Date.now() < deadline) {
            if (!tree.some(isRunning)) return true;
            await sleep(100);
          }
          return !tree.some(isRunning);
        };
        if (!(await gone(5_000))) {
          for (const p of tree) signalTree(p, 'SIGTERM');
          if (!(await gone(3_000))) for (const p of tree) signalTree(p, 'SIGKILL');
        }
        self.pid = null;
      }),
    );
  }

  /** UDP sockets held by our instances' processes (there must be none: no broadcast, no QUIC). */
  udpSockets(): string[] {
    const pids = this.instances.flatMap((d) => (d.pid === null ? [] : [d.pid, ...childrenOf(d.pid)]));
    const ss = spawnSync('ss', ['-uapn'], { encoding: 'utf8' });
    if (ss.status !== 0) throw new Error(`ss -uapn failed: ${ss.stderr}`);
    return ss.stdout.split('\n').filter((line) => pids.some((pid) => line.includes(`pid=${pid},`)));
  }
}

async function writeFileText(file: string, text: string): Promise<void> {
  await fs.writeFile(file, text, 'utf8');
}
