// The renderer's Content-Security-Policy, sent as a response header by the app:// protocol
// (and by the end-to-end harness, so tests run under the same policy).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "media-src 'self' blob:",
  // DOM sinks (innerHTML, script.src …) accept no strings at all: the app never needs them.
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

export const APP_SCHEME = 'app';
export const APP_HOST = 'shieldnote';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Headers every renderer response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The policy as a <meta> can carry it (frame-ancestors is ignored there, so it is left out). */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
