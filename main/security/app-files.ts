import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_ORIGIN, SECURITY_HEADERS } from '../../common/security/csp';

// Serves the built renderer for the app:// protocol (and the e2e harness): only for the app's
// own host (app://shieldnote), only files inside the renderer folder, never a path that climbs
// out of it, always with the security headers.

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

export interface AppFileResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Maps a request path to a file under `root`, or null if it would leave `root`. */
export function containedPath(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const resolved = path.resolve(resolvedRoot, relative);
  if (resolved !== resolvedRoot && !resolved.startsWith(resolvedRoot + path.sep)) return null;
  return resolved;
}

/**
 * Whether `url` is on the app's own origin: same scheme and host, no port, user or password.
 * Compared by parts because Node gives custom schemes such as app: an opaque origin ("null"):
 * app://anything-else/ would otherwise be served the renderer too, as another origin that the
 * IPC check refuses but that could still load the app's scripts in a frame or a window.
 */
export function isOwnAppUrl(url: string, origin: string = APP_ORIGIN): boolean {
  let u: URL;
  let own: URL;
  try {
    u = new URL(url);
    own = new URL(origin);
  } catch {
    return false;
  }
  return u.protocol === own.protocol && u.host.toLowerCase() === own.host.toLowerCase() && u.username === '' && u.password === '';
}

/** `origin`: the app's origin (app://shieldnote); the e2e harness serves its own test origin. */
export async function serveAppFile(root: string, url: string, origin: string = APP_ORIGIN): Promise<AppFileResponse> {
  const headers = { ...SECURITY_HEADERS };
  const notFound = { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' }, body: new TextEncoder().encode('Not found') };
  if (!isOwnAppUrl(url, origin)) return notFound;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return notFound;
  }
  const file = containedPath(root, pathname);
  if (!file) return notFound;
  try {
    // Resolve symlinks too: a link inside the folder must not lead out of it.
    const real = await fs.realpath(file);
    const realRoot = await fs.realpath(root);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return notFound;
    const body = new Uint8Array(await fs.readFile(real));
    return { status: 200, headers: { ...headers, 'Content-Type': MIME[path.extname(real)] ?? 'application/octet-stream' }, body };
  } catch {
    return notFound;
  }
}
