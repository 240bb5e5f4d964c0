import { ShieldnoteError } from '../../common/api/errors';
import { checkSiteUrl } from '../../common/domain/wordpress';

// Every request to WordPress goes through here: only to the site the reporter entered, never
// following a redirect or any address an answer names (links, `_links`, image addresses), with
// a timeout, and every failure turned into a message a reporter can act on (with a stable
// code). Nothing here logs or echoes the password.

export interface WordPressConnection {
  siteUrl: string;
  user: string;
  applicationPassword: string;
  /** Per request; uploads of large images get the longer `uploadTimeoutMs`. */
  timeoutMs?: number;
  uploadTimeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_UPLOAD_TIMEOUT_MS = 120_000;
/** No WordPress answer Shieldnote reads is bigger than this; more is a wrong or hostile server. */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** How routes are addressed: `/wp-json/<route>` with pretty permalinks, `?rest_route=` without. */
export type RouteStyle = 'pretty' | 'query';

export interface WordPressRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** A REST route such as `/wp/v2/posts/12`. */
  route: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  upload?: { bytes: Uint8Array; mime: string; fileName: string };
  /** Statuses the caller handles itself instead of getting an error (e.g. 404 on a lookup). */
  accept?: number[];
}

export type FailureKind = 'timeout' | 'network' | 'tls' | 'status' | 'redirect' | 'not-json' | 'bad-json' | 'too-large';

/** A failed request: the message is for the reporter, `kind` and `status` for the client's logic. */
export class WordPressError extends ShieldnoteError {
  constructor(
    code: ConstructorParameters<typeof ShieldnoteError>[0],
    message: string,
    readonly kind: FailureKind,
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export interface WordPressResponse {
  status: number;
  body: unknown;
}

export function routeUrl(siteUrl: string, style: RouteStyle, route: string, query: WordPressRequest['query'] = {}): URL {
  const site = checkSiteUrl(siteUrl);
  if (!site.ok) throw new ShieldnoteError('VALIDATION', site.problem);
  const url = style === 'pretty' ? new URL(`${site.url}/wp-json${route}`) : new URL(`${site.url}/`);
  if (style === 'query') url.searchParams.set('rest_route', route);
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
  // Routes are built from our own constants and numeric ids, never from an address in an answer;
  // this holds even if one day a route carried text WordPress sent.
  if (url.origin !== new URL(site.url).origin) throw new ShieldnoteError('INTERNAL', 'A WordPress request would have left the site the reporter entered; nothing was sent.');
  return url;
}

export async function wpRequest(conn: WordPressConnection, style: RouteStyle, request: WordPressRequest): Promise<WordPressResponse> {
  const url = routeUrl(conn.siteUrl, style, request.route, request.query);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Basic ${Buffer.from(`${conn.user}:${conn.applicationPassword}`, 'utf8').toString('base64')}`,
  };
  let body: Uint8Array<ArrayBuffer> | string | undefined;
  if (request.upload) {
    headers['Content-Type'] = request.upload.mime;
    headers['Content-Disposition'] = `attachment; filename="${request.upload.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
    body = request.upload.bytes as Uint8Array<ArrayBuffer>;
  } else if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    body = JSON.stringify(request.json);
  }
  const timeoutMs = request.upload ? (conn.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS) : (conn.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { method: request.method, headers, body, redirect: 'manual', signal: controller.signal });
    } catch (error) {
      throw networkError(error, url, controller.signal.aborted, timeoutMs);
    }
    const text = await readLimited(response, url, controller, timeoutMs);
    if (response.status >= 300 && response.status < 400) throw redirectError(response, url);
    if (!response.ok && !request.accept?.includes(response.status)) throw statusError(response.status, text, url);
    return { status: response.status, body: parseJson(response, text, url) };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, url: URL, controller: AbortController, timeoutMs: number): Promise<string> {
  try {
    if (!response.body) return '';
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > MAX_RESPONSE_BYTES) {
        controller.abort();
        throw new WordPressError('IO', `${url.host} sent an answer larger than WordPress ever sends; this does not look like a WordPress site.`, 'too-large', response.status);
      }
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    if (error instanceof ShieldnoteError) throw error;
    throw networkError(error, url, controller.signal.aborted, timeoutMs);
  }
}

function parseJson(response: Response, text: string, url: URL): unknown {
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new WordPressError(
      'IO',
      `${url.host} answered with ${type.split(';')[0] || 'no content type'} instead of JSON (HTTP ${response.status}): check that the address is the WordPress site itself.`,
      'not-json',
      response.status,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new WordPressError('IO', `WordPress at ${url.host} sent a damaged answer (not valid JSON, HTTP ${response.status}). A plugin or the server may be printing errors into it; nothing was marked as published.`, 'bad-json', response.status);
  }
}

/** WordPress error codes are identifiers like `rest_cannot_create`; only those are quoted back. */
function wpErrorCode(text: string): string | null {
  try {
    const code = (JSON.parse(text) as { code?: unknown }).code;
    return typeof code === 'string' && /^[a-z0-9_]{1,80}$/i.test(code) ? code : null;
  } catch {
    return null;
  }
}

function statusError(status: number, text: string, url: URL): WordPressError {
  const code = wpErrorCode(text);
  const said = code ? ` (WordPress said: ${code})` : '';
  if (status === 401) {
    return new WordPressError('FORBIDDEN', `WordPress refused the user name or application password (HTTP 401)${said}. Check both in the WordPress settings; application passwords are made under Users → Profile.`, 'status', status);
  }
  if (status === 403) {
    return new WordPressError('FORBIDDEN', `WordPress did not allow this user to do that (HTTP 403)${said}. The user needs a role that can write posts and upload media, such as Author or Editor.`, 'status', status);
  }
  if (status === 404) {
    return new WordPressError('NOT_FOUND', `WordPress's REST API was not found at ${url.origin}${url.pathname} (HTTP 404)${said}. Check the site address; the REST API must be enabled (a security plugin may hide it).`, 'status', status);
  }
  if (status === 400 && code === 'rest_forbidden_status') {
    return new WordPressError('FORBIDDEN', `WordPress refused to list drafts for this user (HTTP 400, rest_forbidden_status): the user name or application password is wrong, or the user cannot edit posts.`, 'status', status);
  }
  if (status === 413) {
    return new WordPressError('VALIDATION', `The site refused an upload as too large (HTTP 413). Use a smaller image, or raise the site's upload limit.`, 'status', status);
  }
  if (status >= 500) {
    return new WordPressError('IO', `WordPress at ${url.host} had a server error (HTTP ${status})${said}. Try again later; nothing was marked as published.`, 'status', status);
  }
  return new WordPressError('VALIDATION', `WordPress refused the request (HTTP ${status})${said}.`, 'status', status);
}

function redirectError(response: Response, url: URL): WordPressError {
  const location = response.headers.get('location');
  let target = 'another address';
  try {
    if (location) {
      const to = new URL(location, url);
      target = to.host === url.host ? `${to.origin}${to.pathname}` : `another host (${to.host})`;
    }
  } catch {
    // an unparseable Location is reported as "another address"
  }
  return new WordPressError(
    'IO',
    `WordPress at ${url.host} redirected to ${target} (HTTP ${response.status}). Shieldnote never follows redirects: enter the site address it redirects to in the WordPress settings.`,
    'redirect',
    response.status,
  );
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|ERR_OSSL)/;

function networkError(error: unknown, url: URL, timedOut: boolean, timeoutMs: number): WordPressError {
  if (timedOut) {
    return new WordPressError('IO', `WordPress at ${url.host} did not answer within ${Math.round(timeoutMs / 1000)} seconds. Check the connection and try again; a retry updates the same post.`, 'timeout', null, { cause: error });
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code ?? '';
  if (TLS_CODES.test(code) || /certificate|ssl|tls/i.test(cause?.message ?? '')) {
    return new WordPressError('IO', `The secure connection to ${url.host} failed (${code || 'TLS error'}): its certificate is not valid for this address, or it does not speak https.`, 'tls', null, { cause: error });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new WordPressError('IO', `The site ${url.hostname} was not found (no such host, or no network). Check the address.`, 'network', null, { cause: error });
  }
  if (code === 'ECONNREFUSED') {
    return new WordPressError('IO', `Nothing is answering at ${url.host} (connection refused). Check the address and that the site is up.`, 'network', null, { cause: error });
  }
  return new WordPressError('IO', `Could not reach WordPress at ${url.host}${code ? ` (${code})` : ''}. Check the connection and try again.`, 'network', null, { cause: error });
}
