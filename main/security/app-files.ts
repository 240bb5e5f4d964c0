import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SECURITY_HEADERS } from '../../common/security/csp';

// Serves the built renderer for the app:// protocol (and the e2e harness): only files inside
// the renderer folder, never a path that climbs out of it, always with the security headers.

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

export async function serveAppFile(root: string, url: string): Promise<AppFileResponse> {
  const headers = { ...SECURITY_HEADERS };
  const notFound = { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' }, body: new TextEncoder().encode('Not found') };
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
