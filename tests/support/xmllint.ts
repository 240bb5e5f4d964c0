import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// xmllint (Debian's libxml2-utils) validates the NITF export. Locally a missing xmllint skips
// those checks; under CI it is a failure, so validation cannot silently stop happening.

export const SUBSET_DTD = path.resolve('tests/fixtures/nitf/nitf-3-6-subset.dtd');

export function xmllintAvailable(): boolean {
  return spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Fails the test run under CI when xmllint is missing; returns whether checks can run. */
export function requireXmllint(): boolean {
  const available = xmllintAvailable();
  if (!available && process.env.CI === 'true') {
    throw new Error('xmllint is missing: install Debian’s libxml2-utils (.ci/run does).');
  }
  return available;
}

/** The DTDs to validate against: the subset in tests/fixtures, and the official one if NITF_DTD names it. */
export function nitfDtds(): string[] {
  return [SUBSET_DTD, ...(process.env.NITF_DTD ? [path.resolve(process.env.NITF_DTD)] : [])];
}

/** Runs `xmllint --noout [--dtdvalid dtd] file`; returns xmllint's complaints, or '' when valid. */
export function xmllint(xml: string, dtd?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shieldnote-xmllint-'));
  try {
    const file = path.join(dir, 'story.xml');
    writeFileSync(file, xml, 'utf8');
    const args = ['--noout', '--nonet', ...(dtd ? ['--dtdvalid', dtd] : []), file];
    const run = spawnSync('xmllint', args, { encoding: 'utf8' });
    return run.status === 0 ? '' : `${run.stderr || run.stdout}`.trim() || `xmllint exited ${run.status}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
