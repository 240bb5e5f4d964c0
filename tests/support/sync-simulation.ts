import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { DocNode } from '../../common/domain/draft';
import { COLLECTIONS } from '../../main/features/collections';
import { createDraft, getDraft, saveDraftBody, type StoredDraft } from '../../main/features/drafts';
import { VaultSync } from '../../main/sync/vault-sync';
import { syncMetaOf, vvLeq, vvMax, type VersionVector } from '../../main/sync/sync-meta';
import { Vault, type UnlockSecret } from '../../main/vault/vault';
import { FAST_KDF, STRONG_PASSPHRASE } from './temp-dirs';

// A deterministic model of a file-sync engine between 2–4 devices, each a real Vault on its own
// copy of the folder. The engine delivers whole files (never torn), in any order, late or twice;
// like Syncthing it keeps a version vector per file, ignores what it already has, replaces what
// is older, and turns a concurrent change into a conflict copy (named as Syncthing, Nextcloud or
// Dropbox would) beside the winner. Edits append a unique token to the text they change, so
// "nothing acknowledged is lost" is checkable: every token must end up in some statement's text
// or history, or in some draft's body (the draft itself or a conflicting copy).

const passphrase = () => new TextEncoder().encode(STRONG_PASSPHRASE);
let unlockWith: UnlockSecret = { kind: 'passphrase', passphrase: passphrase() };

export type SimStep =
  | { kind: 'add'; dev: number }
  | { kind: 'edit'; dev: number; pick: number }
  | { kind: 'remove'; dev: number; pick: number }
  | { kind: 'draft'; dev: number }
  | { kind: 'write'; dev: number; pick: number }
  | { kind: 'deliver'; pick: number; twice: boolean; winner: boolean; style: number }
  | { kind: 'merge'; dev: number };

export interface SimSchedule {
  devices: number;
  steps: SimStep[];
}

export function scheduleArbitrary(maxSteps = 14): fc.Arbitrary<SimSchedule> {
  return fc.integer({ min: 2, max: 4 }).chain((devices) => {
    const dev = fc.integer({ min: 0, max: devices - 1 });
    const step: fc.Arbitrary<SimStep> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), dev }),
      fc.record({ kind: fc.constant('edit' as const), dev, pick: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), dev, pick: fc.nat() }),
      fc.record({ kind: fc.constant('draft' as const), dev }),
      fc.record({ kind: fc.constant('write' as const), dev, pick: fc.nat() }),
      fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), twice: fc.boolean(), winner: fc.boolean(), style: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('merge' as const), dev }),
    );
    return fc.record({ devices: fc.constant(devices), steps: fc.array(step, { minLength: 1, maxLength: maxSteps }) });
  });
}

interface Message {
  to: number;
  file: string;
  bytes: Buffer;
  vv: VersionVector;
}

interface Device {
  dir: string;
  id: string;
  vault: Vault;
  sync: VaultSync;
  /** Per synced file: the version vector this device holds, and the hash of the bytes it last saw. */
  files: Map<string, { vv: VersionVector; hash: string }>;
}

const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const doc = (text: string): DocNode => ({ type: 'doc', content: text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : [{ type: 'paragraph' }] });
const docText = (node: DocNode): string => JSON.stringify(node);

function syncedFiles(dir: string): string[] {
  const out = ['vault.header', 'catalog.snc'].filter((f) => existsSync(path.join(dir, f)));
  for (const name of readdirSync(path.join(dir, 'records'))) if (/^[0-9a-f]{32}\.snr$/.test(name)) out.push(`records/${name}`);
  return out;
}

function conflictName(file: string, style: number, n: number): string {
  const parsed = path.parse(file);
  const stamp = String(100000 + n).slice(1);
  const name = [
    `${parsed.name}.sync-conflict-20260102-0${stamp}-SIMDEV${n % 10}${parsed.ext}`,
    `${parsed.name} (conflicted copy 2026-01-02 0${stamp})${parsed.ext}`,
    `${parsed.name} (Device ${n}'s conflicted copy 2026-01-02)${parsed.ext}`,
  ][style]!;
  return path.join(parsed.dir, name);
}

export class SyncSimulation {
  private readonly devices: Device[] = [];
  private queue: Message[] = [];
  private conflictCount = 0;
  /** Every token an edit acknowledged (its save resolved). */
  readonly statementTokens: string[] = [];
  readonly draftTokens: string[] = [];
  /** Tokens in statements a device purged: they may be gone. */
  readonly removedTokens = new Set<string>();
  private token = 0;

  private constructor(private readonly root: string) {}

  /** A vault made once (cheap KDF), copied for each device. */
  static async template(dir: string): Promise<string> {
    const { vault, recoveryKey } = await Vault.create(dir, { name: 'Sim', passphrase: passphrase(), kdfPolicy: FAST_KDF, deviceId: '0000000000000000' });
    await vault.close();
    // Devices open with the recovery key: no Argon2id (and no worker thread) per open.
    unlockWith = { kind: 'recoveryKey', text: recoveryKey };
    return dir;
  }

  static async start(template: string, root: string, devices: number): Promise<SyncSimulation> {
    const sim = new SyncSimulation(root);
    for (let i = 0; i < devices; i++) {
      const dir = path.join(root, `d${i}`);
      cpSync(template, dir, { recursive: true });
      const id = `${'abcdef0123456789'.slice(i, i + 1)}${'0'.repeat(14)}${i}`;
      const vault = await Vault.unlock(dir, unlockWith, { deviceId: id });
      const device: Device = { dir, id, vault, sync: new VaultSync(vault, { itemsChanged: () => undefined, identitiesChanged: () => undefined }, { pollMs: 0 }), files: new Map() };
      for (const file of syncedFiles(dir)) device.files.set(file, { vv: {}, hash: hash(readFileSync(path.join(dir, file))) });
      sim.devices.push(device);
    }
    return sim;
  }

  async run(steps: SimStep[]): Promise<void> {
    for (const step of steps) await this.step(step);
  }

  private async step(step: SimStep): Promise<void> {
    if (step.kind === 'deliver') return this.deliver(step);
    const device = this.devices[step.dev]!;
    const vault = device.vault;
    const token = () => `t${this.token++}d${step.dev}`;
    switch (step.kind) {
      case 'add': {
        const t = token();
        const id = vault.newRecordId();
        await vault.update((data) => {
          (data.collections.statements ??= {})[id] = { id, text: t };
        });
        this.statementTokens.push(t);
        break;
      }
      case 'edit': {
        const ids = Object.keys(vault.collection(COLLECTIONS.statements)).sort();
        if (ids.length === 0) return;
        const id = ids[step.pick % ids.length]!;
        const t = token();
        await vault.update((data) => {
          const item = data.collections.statements![id] as { text: string };
          data.collections.statements![id] = { ...item, text: `${item.text} ${t}` };
        });
        this.statementTokens.push(t);
        break;
      }
      case 'remove': {
        // A purge: its tokens may go, unless an edit made elsewhere meanwhile brings the statement back.
        const ids = Object.keys(vault.collection(COLLECTIONS.statements)).sort();
        if (ids.length === 0) return;
        const id = ids[step.pick % ids.length]!;
        const text = (vault.collection<{ text: string }>(COLLECTIONS.statements)[id]!).text;
        for (const t of text.split(' ')) this.removedTokens.add(t);
        await vault.update((data) => void delete data.collections.statements![id]);
        break;
      }
      case 'draft': {
        await createDraft(vault, { title: `Draft ${this.token++}` });
        break;
      }
      case 'write': {
        const drafts = Object.values(vault.collection<StoredDraft>(COLLECTIONS.drafts)).filter((d) => !d.conflictCopy).sort((a, b) => a.id.localeCompare(b.id));
        if (drafts.length === 0) return;
        const draft = drafts[step.pick % drafts.length]!;
        let current: Awaited<ReturnType<typeof getDraft>>;
        try {
          current = await getDraft(vault, draft.id);
        } catch {
          return; // its text has not arrived yet (ROLLED_BACK / missing): the user waits
        }
        const t = token();
        const text = ((current.body.content?.[0] as { content?: { text: string }[] } | undefined)?.content?.[0]?.text ?? '') + ` ${t}`;
        await saveDraftBody(vault, draft.id, current.meta.bodyRevision, doc(text.trim()));
        this.draftTokens.push(t);
        break;
      }
      case 'merge':
        await device.sync.runNow();
        break;
    }
    await vault.flush();
    this.scan(step.dev);
  }

  /** New versions written on a device become messages to every other device. */
  private scan(index: number): void {
    const device = this.devices[index]!;
    for (const file of syncedFiles(device.dir)) {
      const bytes = readFileSync(path.join(device.dir, file));
      const h = hash(bytes);
      const known = device.files.get(file);
      if (known?.hash === h) continue;
      const vv = { ...known?.vv, [device.id]: (known?.vv[device.id] ?? 0) + 1 };
      device.files.set(file, { vv, hash: h });
      this.devices.forEach((_, to) => {
        if (to !== index) this.queue.push({ to, file, bytes, vv });
      });
    }
  }

  private deliver(step: { pick: number; twice: boolean; winner: boolean; style: number }): void {
    if (this.queue.length === 0) return;
    const at = step.pick % this.queue.length;
    const message = this.queue[at]!;
    if (!step.twice) this.queue.splice(at, 1); // else delivered again later (a duplicate)
    this.apply(message, step.winner, step.style);
  }

  private apply(message: Message, remoteWins: boolean, style: number): void {
    const device = this.devices[message.to]!;
    const target = path.join(device.dir, message.file);
    const known = device.files.get(message.file);
    if (known && vvLeq(message.vv, known.vv)) return; // late or duplicate: already has it
    const current = existsSync(target) ? readFileSync(target) : null;
    const concurrent = known && current && !vvLeq(known.vv, message.vv);
    const vv = vvMax(known?.vv ?? {}, message.vv);
    if (!concurrent) {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, message.bytes);
      device.files.set(message.file, { vv, hash: hash(message.bytes) });
      return;
    }
    // Changed on both sides: one keeps the name, the other becomes a conflict copy beside it.
    const copy = path.join(device.dir, conflictName(message.file, style, this.conflictCount++));
    if (remoteWins) {
      writeFileSync(copy, current);
      writeFileSync(target, message.bytes);
      device.files.set(message.file, { vv, hash: hash(message.bytes) });
    } else {
      writeFileSync(copy, message.bytes);
      device.files.set(message.file, { vv, hash: known.hash });
    }
  }

  /** Delivery resumes and completes: every device merges and passes on until nothing changes. */
  async settle(seed: number): Promise<void> {
    let rng = seed >>> 0;
    const next = () => (rng = (rng * 1103515245 + 12345) >>> 0);
    for (let round = 0; round < 30; round++) {
      while (this.queue.length > 0) {
        const at = next() % this.queue.length;
        const [message] = this.queue.splice(at, 1);
        this.apply(message!, next() % 2 === 0, next() % 3);
      }
      for (let i = 0; i < this.devices.length; i++) {
        await this.devices[i]!.sync.runNow();
        await this.devices[i]!.vault.flush();
        this.scan(i);
      }
      if (this.queue.length === 0 && this.noCopiesLeft()) return;
    }
    throw new Error('the devices did not settle in 30 rounds');
  }

  private noCopiesLeft(): boolean {
    return this.devices.every((d) => readdirSync(d.dir).concat(readdirSync(path.join(d.dir, 'records'))).every((n) => !/conflict/.test(n)));
  }

  /** What each device shows: statements, drafts with their bodies. */
  async contents(): Promise<string[]> {
    const out: string[] = [];
    for (const device of this.devices) out.push(JSON.stringify(await this.contentOf(device.vault)));
    return out;
  }

  private async contentOf(vault: Vault): Promise<unknown> {
    const statements = Object.entries(vault.collection<{ text: string }>(COLLECTIONS.statements)).sort(([a], [b]) => a.localeCompare(b)).map(([id, s]) => [id, s.text]);
    const drafts: unknown[] = [];
    for (const draft of Object.values(vault.collection<StoredDraft>(COLLECTIONS.drafts)).sort((a, b) => a.id.localeCompare(b.id))) {
      drafts.push([draft.id, draft.title, docText((await getDraft(vault, draft.id)).body)]);
    }
    return { name: vault.catalog.meta.name, statements, drafts };
  }

  /** Tokens nowhere in any statement's text or history, or in any draft's body. */
  async lostTokens(): Promise<string[]> {
    const vault = this.devices[0]!.vault;
    const sync = syncMetaOf({ sync: (vault.catalog as { sync?: unknown }).sync });
    const statementText = [
      ...Object.values(vault.collection<{ text: string }>(COLLECTIONS.statements)).map((s) => s.text),
      ...Object.values(sync.history).map((h) => h.value ?? ''),
    ].join(' ');
    let bodies = '';
    for (const draft of Object.values(vault.collection<StoredDraft>(COLLECTIONS.drafts))) bodies += docText((await getDraft(vault, draft.id)).body);
    const present = (text: string, t: string) => new RegExp(`\\b${t}\\b`).test(text);
    return [...this.statementTokens.filter((t) => !this.removedTokens.has(t) && !present(statementText, t)), ...this.draftTokens.filter((t) => !present(bodies, t))];
  }

  /** Every history entry has a notice (what lost a same-field merge was reported). */
  unreportedHistory(): number {
    const sync = syncMetaOf({ sync: (this.devices[0]!.vault.catalog as { sync?: unknown }).sync });
    const reported = new Set(Object.values(sync.notices).map((n) => `${n.collection}/${n.itemId}`));
    return Object.values(sync.history).filter((h) => !reported.has(`${h.collection}/${h.itemId}`)).length;
  }

  /** Locks every device, then opens each again: none may fail. Returns their contents. */
  async reopenAll(): Promise<string[]> {
    const out: string[] = [];
    for (const device of this.devices) {
      await device.sync.stop();
      await device.vault.close();
      const vault = await Vault.unlock(device.dir, unlockWith, { deviceId: device.id });
      out.push(JSON.stringify(await this.contentOf(vault)));
      device.vault = vault;
      device.sync = new VaultSync(vault, { itemsChanged: () => undefined, identitiesChanged: () => undefined }, { pollMs: 0 });
    }
    return out;
  }

  async close(): Promise<void> {
    for (const device of this.devices) {
      await device.sync.stop();
      await device.vault.close();
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}
