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
const report = path.join(stage, 'report.csv');

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

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks (a CSP sample does). */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === '\n') {
      rows.at(-1).push(field.trim());
      field = '';
      if (ch === '\n') rows.push([]);
    } else if (ch !== '\r') field += ch;
  }
  rows.at(-1).push(field.trim());
  return rows.filter((r) => r.some(Boolean));
}
const rows = parseCsv(readFileSync(report, 'utf8')).slice(1);
rmSync(stage, { recursive: true, force: true });
const explained = new Set([...readFileSync(path.join(root, 'docs/security.md'), 'utf8').matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]));
const findings = rows.map(([id, severity, confidence, file, location]) => ({ id, severity, confidence, file, location }));
const unexplained = findings.filter((f) => !explained.has(f.id));
for (const f of findings) console.log(`electronegativity: ${f.id} (${f.severity}, ${f.confidence}) ${f.file}:${f.location} ${explained.has(f.id) ? '(explained in docs/security.md)' : 'UNEXPLAINED'}`);
console.log(`electronegativity: ${findings.length} finding(s), ${unexplained.length} unexplained (Electron ${electronVersion}, offline)`);
process.exit(unexplained.length ? 1 : 0);
