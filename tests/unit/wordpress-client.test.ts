import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShieldnoteError } from '../../common/api/errors';
import { checkSiteUrl, wordPressSettingsInputSchema } from '../../common/domain/wordpress';
import { WordPressClient } from '../../main/wordpress/wordpress-client';
import { startFakeWordPress, type FakeWordPress } from '../support/fake-wordpress';

async function failure(promise: Promise<unknown>): Promise<ShieldnoteError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ShieldnoteError);
  return error as ShieldnoteError;
}

describe('WordPress site addresses', () => {
  it('allows https anywhere and http only on this computer', () => {
    expect(checkSiteUrl('https://news.example.org/')).toEqual({ ok: true, url: 'https://news.example.org' });
    expect(checkSiteUrl(' https://example.org/blog/ ')).toEqual({ ok: true, url: 'https://example.org/blog' });
    for (const local of ['http://127.0.0.1:8080', 'http://localhost', 'http://[::1]:9000']) expect(checkSiteUrl(local).ok).toBe(true);
    for (const bad of ['http://news.example.org', 'http://127.0.0.2', 'http://localhost.example.org', 'ftp://example.org', 'file:///etc/passwd', 'news.example.org', '']) {
      expect(checkSiteUrl(bad).ok, bad).toBe(false);
    }
  });

  it('refuses addresses with credentials, queries or fragments', () => {
    for (const bad of ['https://user:pw@example.org', 'https://example.org/?rest_route=/', 'https://example.org/#x']) expect(checkSiteUrl(bad).ok, bad).toBe(false);
    expect(checkSiteUrl('http://example.org').ok ? '' : (checkSiteUrl('http://example.org') as { problem: string }).problem).toMatch(/https/);
  });

  it('takes application passwords with or without WordPress’s spaces', () => {
    const parsed = wordPressSettingsInputSchema.parse({ siteUrl: 'https://example.org/', user: 'editor', applicationPassword: 'abcd EFGH ijkl MNOP qrst UVWX' });
    expect(parsed).toEqual({ siteUrl: 'https://example.org', user: 'editor', applicationPassword: 'abcdEFGHijklMNOPqrstUVWX' });
    expect(wordPressSettingsInputSchema.safeParse({ siteUrl: 'http://example.org', user: 'e', applicationPassword: 'abcdefghijkl' }).success).toBe(false);
  });
});

describe('WordPress client against a local fake server', () => {
  let wp: FakeWordPress;
  const client = (overrides: { password?: string; siteUrl?: string; timeoutMs?: number } = {}) =>
    new WordPressClient({ siteUrl: overrides.siteUrl ?? wp.url, user: wp.user, applicationPassword: overrides.password ?? wp.password, timeoutMs: overrides.timeoutMs ?? 5_000 });

  beforeEach(async () => {
    wp = await startFakeWordPress();
  });
  afterEach(async () => {
    await wp.close();
  });

  it('signs in with Basic auth over /wp-json/ and talks to no other host', async () => {
    const c = client();
    await c.connect();
    await c.createPost({ title: 'T', content: '<p>x</p>', status: 'draft' });
    expect(wp.requests.map((r) => r.route)).toEqual(['/wp/v2/users/me', '/wp/v2/posts']);
    expect(new Set(wp.requests.map((r) => r.host))).toEqual(new Set([new URL(wp.url).host]));
    expect(wp.requests[0]!.authorization).toBe(`Basic ${Buffer.from(`${wp.user}:${wp.password}`).toString('base64')}`);
  });

  it('falls back to ?rest_route= when the site has plain permalinks', async () => {
    wp.prettyPermalinks = false;
    const c = client();
    await c.connect();
    const post = await c.createPost({ title: 'T', content: '', status: 'draft' });
    expect(post.id).toBeGreaterThan(0);
    expect(wp.requests.map((r) => r.route)).toEqual(['/wp-json/wp/v2/users/me', '/wp/v2/users/me', '/wp/v2/posts']);
  });

  it('wrong user or password (401): FORBIDDEN, saying where application passwords are made', async () => {
    const error = await failure(client({ password: 'wrong-password-here' }).connect());
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/401/);
    expect(error.message).toMatch(/application password/);
    expect(error.message).not.toContain('wrong-password-here');
  });

  it('a user without the right (403): FORBIDDEN, naming the role needed', async () => {
    wp.hook = (req, res, route) => {
      if (route !== '/wp/v2/posts') return false;
      res.writeHead(403, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ code: 'rest_cannot_create', message: 'Sorry, you are not allowed to create posts as this user.' }));
      return true;
    };
    const c = client();
    await c.connect();
    const error = await failure(c.createPost({ title: 'T' }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/403.*rest_cannot_create.*Author or Editor/);
  });

  it('no REST API at the address (404 on both paths): NOT_FOUND with a hint about the address and the REST API', async () => {
    wp.hook = (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      res.end('<html>nothing here</html>');
      return true;
    };
    const error = await failure(client().connect());
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/wp-json.*rest_route/);
    expect(error.message).toMatch(/REST API/);
  });

  it('a deleted post (404 on its id) is reported as gone, not as an error', async () => {
    const c = client();
    await c.connect();
    expect(await c.getPost(999)).toBeNull();
  });

  it.each([500, 502, 503])('a server error (%i): IO, nothing marked as published', async (status) => {
    wp.hook = (_req, res, route) => {
      if (route !== '/wp/v2/posts') return false;
      res.writeHead(status, { 'Content-Type': 'text/html' });
      res.end('<h1>There has been a critical error on this website.</h1>');
      return true;
    };
    const c = client();
    await c.connect();
    const error = await failure(c.createPost({ title: 'T' }));
    expect(error.code).toBe('IO');
    expect(error.message).toMatch(new RegExp(`server error \\(HTTP ${status}\\)`));
  });

  it('a damaged JSON answer: IO, explaining that a plugin may print into it', async () => {
    wp.hook = (_req, res, route) => {
      if (route !== '/wp/v2/posts') return false;
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end('<b>Warning</b>: Undefined variable $x in plugin.php {"id": 12');
      return true;
    };
    const c = client();
    await c.connect();
    const error = await failure(c.createPost({ title: 'T' }));
    expect(error.code).toBe('IO');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('an answer of the wrong content type: IO, naming the type', async () => {
    wp.hook = (_req, res, route) => {
      if (route !== '/wp/v2/posts') return false;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=UTF-8' });
      res.end('<html>Login</html>');
      return true;
    };
    const c = client();
    await c.connect();
    const error = await failure(c.createPost({ title: 'T' }));
    expect(error.code).toBe('IO');
    expect(error.message).toMatch(/text\/html instead of JSON/);
  });

  it('JSON without the fields WordPress always sends: IO', async () => {
    wp.hook = (_req, res, route) => {
      if (route !== '/wp/v2/posts') return false;
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ ok: true }));
      return true;
    };
    const c = client();
    await c.connect();
    expect((await failure(c.createPost({ title: 'T' }))).code).toBe('IO');
  });

  it('a timeout: IO, and the retry advice', async () => {
    wp.hook = () => true; // never answers
    const error = await failure(client({ timeoutMs: 300 }).connect());
    expect(error.code).toBe('IO');
    expect(error.message).toMatch(/did not answer within/);
  });

  it('an unreachable host (connection refused): IO', async () => {
    const closed = await startFakeWordPress();
    const url = closed.url;
    await closed.close();
    const error = await failure(client({ siteUrl: url }).connect());
    expect(error.code).toBe('IO');
    expect(error.message).toMatch(/connection refused/);
  });

  it('a TLS failure (https to a server that does not speak it): IO, about the secure connection', async () => {
    const error = await failure(client({ siteUrl: wp.url.replace('http:', 'https:') }).connect());
    expect(error.code).toBe('IO');
    expect(error.message).toMatch(/secure connection/);
  });

  it('never follows a redirect, least of all to another host', async () => {
    let followed = false;
    const other = http.createServer((_req, res) => {
      followed = true;
      res.end('{}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherUrl = `http://localhost:${(other.address() as AddressInfo).port}/steal`;
    wp.hook = (_req, res) => {
      res.writeHead(302, { Location: otherUrl });
      res.end();
      return true;
    };
    const error = await failure(client().connect());
    await new Promise<void>((resolve) => other.close(() => resolve()));
    expect(followed).toBe(false);
    expect(error.code).toBe('IO');
    expect(error.message).toMatch(/redirected to another host \(localhost:\d+\)/);
    expect(error.message).toMatch(/never follows redirects/);
  });

  it('refuses a site address that breaks the rules before any request', async () => {
    const error = await failure(client({ siteUrl: 'http://example.org' }).connect());
    expect(error.code).toBe('VALIDATION');
    expect(wp.requests).toEqual([]);
  });
});
