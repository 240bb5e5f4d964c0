import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../common/security/csp';
import { isOwnAppUrl, serveAppFile } from '../../main/security/app-files';
import { tempDir } from '../support/temp-dirs';

describe('app:// file serving', () => {
  const dir = tempDir('shieldnote-appfiles-');
  const root = path.join(dir.path, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dir.path, 'secret.txt'), 'outside');
  symlinkSync(path.join(dir.path, 'secret.txt'), path.join(root, 'link.txt'));
  afterAll(() => dir.remove());

  it('serves files inside the renderer folder with the CSP header', async () => {
    const index = await serveAppFile(root, 'app://shieldnote/');
    expect(index.status).toBe(200);
    expect(index.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['Content-Type']).toMatch(/text\/html/);
    expect((await serveAppFile(root, 'app://shieldnote/assets/app.js')).headers['Content-Type']).toMatch(/javascript/);
  });

  it.each([
    'app://shieldnote/../secret.txt',
    'app://shieldnote/%2e%2e/secret.txt',
    'app://shieldnote/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://shieldnote/..%5csecret.txt',
    'app://shieldnote/link.txt',
    'app://shieldnote/%00index.html',
    'app://shieldnote/%E0%A4%A',
    'app://shieldnote/missing.js',
  ])('refuses %s', async (url) => {
    const response = await serveAppFile(root, url);
    expect(response.status).toBe(404);
    expect(new TextDecoder().decode(response.body)).not.toContain('outside');
  });

  it.each([
    'app://evil/index.html',
    'app://shieldnote.evil/index.html',
    'app://evil.shieldnote/',
    'app://shieldnote:8080/index.html',
    'app://user@shieldnote/index.html',
    'app://user:pw@shieldnote/index.html',
    'app:///index.html',
    'https://shieldnote/index.html',
    'file:///index.html',
    'not a url',
  ])('serves nothing for another host or scheme: %s', async (url) => {
    expect(isOwnAppUrl(url)).toBe(false);
    expect((await serveAppFile(root, url)).status).toBe(404);
  });

  it('accepts its own host only (and the harness’s origin when it says so)', () => {
    expect(isOwnAppUrl('app://shieldnote/')).toBe(true);
    expect(isOwnAppUrl('app://shieldnote/assets/app.js?x=1#y')).toBe(true);
    expect(isOwnAppUrl('https://shieldnote.test/index.html', 'https://shieldnote.test')).toBe(true);
    expect(isOwnAppUrl('app://shieldnote/', 'https://shieldnote.test')).toBe(false);
  });

  it('keeps the CSP strict', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});
