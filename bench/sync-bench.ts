import { cpSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { scanDesk, newDeskFileName } from '../main/review-packages/desk-folder';
import { sealEnvelope } from '../main/review-packages/envelope';
import { ShieldnoteService } from '../main/service/shieldnote-service';
import { loadSodium } from '../main/vault/sodium';
import { reviewPair } from '../tests/support/review-pair';
import { SyncthingCluster, syncthingMissingReason } from '../tests/support/syncthing';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../tests/support/temp-dirs';
import { median, report } from './report';

// Issue 14: how long a statement saved on device A takes until device B's service lists it,
// through real Syncthing on loopback (most of it is Syncthing's 1 s watcher delay), and the
// desk folder's costs behind docs/scale.md: a package's size and a scan of a crowded desk.

const ROUNDS = 10;
const statement = (text: string, sourceId: string) => ({ text, kind: 'quote' as const, saidOn: '2024-03-01', channel: 'phone' as const, notes: '', tags: [], sourceId });

async function benchConverge(): Promise<void> {
  let missing: string | null;
  try {
    missing = syncthingMissingReason();
  } catch (error) {
    missing = String(error);
  }
  if (missing) {
    console.log(`# sync_converge_ms skipped: ${missing}`);
    return;
  }
  const dir = tempDir('shieldnote-bench-sync-');
  const folderA = path.join(dir.path, 'A', 'Vault');
  const folderB = path.join(dir.path, 'B', 'Vault');
  const platform = (device: string) => testPlatform(path.join(dir.path, device, 'app'));
  const a = new ShieldnoteService({ platform: platform('A'), kdfPolicy: FAST_KDF, safety: { backupIntervalMs: 3_600_000 } });
  const b = new ShieldnoteService({ platform: platform('B'), kdfPolicy: FAST_KDF, safety: { backupIntervalMs: 3_600_000 } });
  let cluster: SyncthingCluster | null = null;
  try {
    await a.createVault({ path: folderA, name: 'Bench desk', passphrase: STRONG_PASSPHRASE });
    const sourceId = (await a.saveSource({ label: { adjective: '', noun: 'official', qualifier: '' }, access: '', anonymityReason: '', reliability: 'established', poolSize: 10, notes: '' })).id;
    await a.lock();
    cpSync(folderA, folderB, { recursive: true, filter: (src) => !src.includes(`${path.sep}backups`) });
    const started = performance.now();
    cluster = await SyncthingCluster.start(path.join(dir.path, 'syncthing'), 2);
    await cluster.shareFolder('vault', [folderA, folderB]);
    report('sync_syncthing_start_ms', performance.now() - started, 'two instances generated, configured, started, connected, folder shared');
    await a.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    await b.selectVault({ path: folderB });
    await b.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await cluster.waitInSync('vault');
      const t0 = performance.now();
      const { id } = await a.saveStatement(statement(`Round ${round}: saved on A.`, sourceId));
      // B's own folder watcher merges what arrives; listing is all this loop does on B.
      for (;;) {
        if ((await b.listStatements({})).some((s) => s.id === id)) break;
        if (performance.now() - t0 > 60_000) throw new Error(`round ${round}: B never listed the statement`);
        await new Promise((r) => setTimeout(r, 10));
      }
      times.push(performance.now() - t0);
    }
    report('sync_converge_ms', median(times), `median of ${ROUNDS}: saveStatement on A until B's listStatements has it (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
  } finally {
    await a.shutdown();
    await b.shutdown();
    await cluster?.stop();
    dir.remove();
  }
}

async function benchDesk(): Promise<void> {
  // A review package of the test fixture story (7 statements, 3 sources), as it lies on the desk.
  const pair = await reviewPair();
  try {
    const desk = path.join(pair.root.path, 'desk');
    await fs.mkdir(desk);
    pair.reporter.files.deskFolder = desk;
    await pair.reporter.service.chooseDeskFolder({});
    const contactId = await pair.contactId(pair.reporter, 'Mina Cho');
    const sent = await pair.reporter.service.sendForReview({ draftId: pair.draftId, contactId, includeIdentities: false, toDesk: true });
    report('desk_package_bytes', (await fs.stat(sent.path!)).size, 'sealed review package of the fixture story');
  } finally {
    await pair.close();
  }

  // A crowded desk: N sealed files, one in ten addressed to the scanning vault.
  const sodium = await loadSodium();
  const me = sodium.crypto_box_keypair();
  const other = sodium.crypto_box_keypair();
  const signer = sodium.crypto_sign_keypair();
  const body = new Uint8Array(20_000);
  const forMe = await sealEnvelope('package', body, { signPublicKey: signer.publicKey, signSecretKey: signer.privateKey }, me.publicKey);
  const forOther = await sealEnvelope('package', body, { signPublicKey: signer.publicKey, signSecretKey: signer.privateKey }, other.publicKey);
  for (const count of [1000, 5000]) {
    const dir = tempDir('shieldnote-bench-desk-');
    try {
      for (let i = 0; i < count; i++) await fs.writeFile(path.join(dir.path, newDeskFileName('package')), i % 10 === 0 ? forMe : forOther);
      const times: number[] = [];
      let found = 0;
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        found = (await scanDesk(dir.path, me.publicKey)).length;
        times.push(performance.now() - t0);
      }
      report(`desk_scan_${count}_ms`, median(times), `median of 5 scans of ${count} files (${found} addressed here), 38 header bytes read per file, warm page cache`);
    } finally {
      dir.remove();
    }
  }
}

export async function benchSync(): Promise<void> {
  await benchDesk();
  await benchConverge();
}
