// Runs Electronegativity over the app's sources, offline (the network is refused in-process and
// the release-feed check is excluded). Fails on any finding not explained in docs/security.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const stage = mkdtempSync(path.join(os.tmpdir(), 'shieldnote-electronegativity-'));
// Sources of main, preload and renderer, plus the built index.html (which carries the CSP meta).
for (const dir of ['main', 'preload', 'renderer/src']) cpSync(path.join(root, dir), path.join(stage, dir), { recursive: true });
cpSync(path.join(root, 'out/renderer/index.html'), path.join(stage, 'renderer/index.html'));
// SARIF (JSON) rather than CSV: the CSV writer does not quote a CSP sample reliably, and a finding
// split across rows once read as an unexplained one.
const report = path.join(stage, 'report.sarif');

const run = spawnSync(
  process.execPath,
  [
    '--require', path.join(root, 'scripts/no-network.cjs'),
    path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
    '-i', stage, '-x', 'AvailableSecurityFixesGlobalCheck', '-e', electronVersion, '-r', '-v', 'false', '-o', report,
  ],
  { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
);
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  rmSync(stage, { recursive: true, force: true });
  process.exit(1);
}

const sarif = JSON.parse(readFileSync(report, 'utf8'));
rmSync(stage, { recursive: true, force: true });
const explained = new Set([...readFileSync(path.join(root, 'docs/security.md'), 'utf8').matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]));
const findings = sarif.runs.flatMap((run) =>
  run.results.map((r) => {
    const where = r.locations?.[0]?.physicalLocation;
    return { id: r.ruleId, file: where?.artifactLocation?.uri ?? '?', location: `${where?.region?.startLine ?? '?'}:${where?.region?.startColumn ?? '?'}` };
  }),
);
const unexplained = findings.filter((f) => !explained.has(f.id));
for (const f of findings) console.log(`electronegativity: ${f.id} ${f.file}:${f.location} ${explained.has(f.id) ? '(explained in docs/security.md)' : 'UNEXPLAINED'}`);
console.log(`electronegativity: ${findings.length} finding(s), ${unexplained.length} unexplained (Electron ${electronVersion}, offline)`);
process.exit(unexplained.length ? 1 : 0);
