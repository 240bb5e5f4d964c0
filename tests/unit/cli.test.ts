import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { seededStoryDoc, seedStory } from '../support/seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../support/temp-dirs';
import { jpegWithExif } from '../support/test-images';

// The CLI as a desk's script runs it: a child process, the passphrase piped on stdin. Each run
// loads the whole service (libsodium, sharp), hence the generous time limits.

const BIN = path.resolve('bin/shieldnote.mjs');

function shieldnote(args: string[], stdin = `${STRONG_PASSPHRASE}\n`): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, SHIELDNOTE_PASSPHRASE: 'not read' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('shieldnote command line', () => {
  const dir = tempDir();
  const vault = path.join(dir.path, 'vault');
  let cleanId = '';
  let leakyId = '';

  beforeAll(async () => {
    const service = new ShieldnoteService({ platform: testPlatform(dir.path), kdfPolicy: FAST_KDF });
    await service.createVault({ path: vault, name: 'Desk', passphrase: STRONG_PASSPHRASE });
    const seeded = await seedStory(service);
    const doc = seededStoryDoc(seeded);
    const clean = await service.createDraft({ title: 'Smuggling on the Yalu', byline: 'By a staff reporter', dateline: 'SEOUL' });
    await service.saveDraftBody({ id: clean.meta.id, baseRevision: 1, body: doc });
    await service.addDraftImage({ draftId: clean.meta.id, name: 'DSC_0001.jpg', dataBase64: Buffer.from(await jpegWithExif()).toString('base64'), caption: 'Boats.', credit: 'Staff', alt: 'Boats' });
    const leaky = await service.createDraft({ title: 'Coal on the bank', byline: 'By a staff reporter' });
    await service.saveDraftBody({ id: leaky.meta.id, baseRevision: 1, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kim Chol-su watched the yard.' }] }] } });
    cleanId = clean.meta.id;
    leakyId = leaky.meta.id;
    await service.shutdown(); // the CLI takes the vault lock itself
  }, 60_000);
  afterAll(() => dir.remove());

  it('exports a draft by title to a folder, with its scrubbed image, reading the passphrase from stdin', async () => {
    const out = path.join(dir.path, 'out-html');
    mkdirSync(out);
    const run = await shieldnote(['export', '--vault', vault, '--draft', 'smuggling on the yalu', '--format', 'html', '--out', out]);
    expect(run.stderr).toContain('Exported “Smuggling on the Yalu” (working copy)');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['smuggling-on-the-yalu-working-copy-1.jpg', 'smuggling-on-the-yalu-working-copy.html']);
    expect(run.stdout.trim().split('\n').map((f) => path.basename(f)).sort()).toEqual(['smuggling-on-the-yalu-working-copy-1.jpg', 'smuggling-on-the-yalu-working-copy.html']);
    expect(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.html'), 'utf8')).toContain('<h1>Smuggling on the Yalu</h1>');
  }, 150_000);

  it('lists drafts, and exports by id in another format', async () => {
    const list = await shieldnote(['drafts', '--vault', vault]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`${cleanId}\tdrafting\tSmuggling on the Yalu`);
    const out = path.join(dir.path, 'out-nitf');
    mkdirSync(out);
    const run = await shieldnote(['export', '--vault', vault, '--draft', cleanId, '--format', 'nitf', '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(out, 'smuggling-on-the-yalu-working-copy.xml'), 'utf8')).toContain('<hl1 xml:lang="en">Smuggling on the Yalu</hl1>');
  }, 150_000);

  it('refuses a leak with exit code 3, naming the kind and the label but never the name; an override reason lets it through', async () => {
    const out = path.join(dir.path, 'out-leak');
    mkdirSync(out);
    const refused = await shieldnote(['export', '--vault', vault, '--draft', leakyId, '--format', 'text', '--out', out]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/high · Name · in the story, block 1 · a Daily NK source/);
    expect(refused.stderr + refused.stdout).not.toMatch(/Kim|Chol/);
    expect(readdirSync(out)).toEqual([]);
    const overridden = await shieldnote(['export', '--vault', vault, '--draft', leakyId, '--format', 'text', '--out', out, '--override-reason', 'Named with consent; editor approved.']);
    expect(overridden.code).toBe(0);
    expect(readdirSync(out)).toEqual(['coal-on-the-bank-working-copy.txt']);
  }, 150_000);

  it('takes the passphrase only from the prompt or stdin, with clear exit codes', async () => {
    const argument = await shieldnote(['export', '--vault', vault, '--draft', cleanId, '--format', 'html', '--out', dir.path, `--passphrase=${STRONG_PASSPHRASE}`]);
    expect(argument.code).toBe(2);
    expect(argument.stderr).toMatch(/never takes the passphrase as an argument/);
    // An environment variable is not read either: with nothing on stdin there is no passphrase.
    expect(await shieldnote(['drafts', '--vault', vault], '')).toMatchObject({ code: 1, stderr: expect.stringMatching(/No passphrase was given/) });
    expect(await shieldnote(['drafts', '--vault', vault], 'wrong words entirely\n')).toMatchObject({ code: 4 });
    expect(await shieldnote(['export', '--vault', vault, '--draft', cleanId, '--format', 'pdf', '--out', dir.path])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--format must be one of html, markdown, text, nitf/) });
    expect(await shieldnote(['export', '--vault', vault, '--draft', 'No such story', '--format', 'html', '--out', dir.path])).toMatchObject({ code: 1, stderr: expect.stringMatching(/No draft is titled/) });
    expect(await shieldnote(['export', '--vault', vault, '--draft', cleanId, '--format', 'html', '--out', dir.path, '--final'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/needs an editor’s approval/) });
    // publish goes through the same service: without WordPress settings it says what to do.
    expect(await shieldnote(['publish', '--vault', vault, '--draft', cleanId])).toMatchObject({ code: 1, stderr: expect.stringMatching(/Set up WordPress first/) });
    const help = await shieldnote(['--help'], '');
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('shieldnote export  --vault <folder>') });
  }, 300_000);
});
