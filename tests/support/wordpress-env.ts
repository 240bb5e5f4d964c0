import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The local WordPress that scripts/wordpress/start.sh runs for the tests and the bench.

export interface WordPressEnv {
  url: string;
  user: string;
  applicationPassword: string;
}

export function wordPressEnvFile(): string {
  return process.env.SHIELDNOTE_WP_ENV ?? path.join(process.env.TMPDIR ?? os.tmpdir(), 'shieldnote-wp.env');
}

export function readWordPressEnv(): WordPressEnv | null {
  const file = wordPressEnvFile();
  if (!existsSync(file)) return null;
  const values = Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => /^([A-Z_]+)=(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2]]),
  );
  const { SHIELDNOTE_WP_URL: url, SHIELDNOTE_WP_USER: user, SHIELDNOTE_WP_APP_PASSWORD: applicationPassword } = values;
  return url && user && applicationPassword ? { url, user, applicationPassword } : null;
}

/** Null when WordPress is there; a one-line reason to skip when not; throws in CI, which must have it. */
export function wordPressMissingReason(): string | null {
  if (readWordPressEnv()) return null;
  const reason = `no local WordPress (${wordPressEnvFile()} missing; run scripts/wordpress/start.sh)`;
  if (process.env.CI || process.env.SHIELDNOTE_WP_REQUIRED) throw new Error(`${reason}; CI must run it`);
  return reason;
}

/** A GET or DELETE straight to the REST API (`?rest_route=` works with any permalink setting). */
export async function wpGet(env: WordPressEnv, route: string, query: Record<string, string> = {}, method = 'GET'): Promise<{ body: unknown; headers: Headers }> {
  const url = new URL(`${env.url}/`);
  url.searchParams.set('rest_route', route);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const response = await fetch(url, { method, headers: { Authorization: `Basic ${Buffer.from(`${env.user}:${env.applicationPassword}`).toString('base64')}` } });
  if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${await response.text()}`);
  return { body: await response.json(), headers: response.headers };
}
