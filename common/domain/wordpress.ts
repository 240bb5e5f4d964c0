import { z } from 'zod';
import type { DraftStatus } from './draft';
import type { LeakReportFinding } from './leak-report';

// WordPress publishing: the one place Shieldnote talks to a network, and only to the address the
// reporter typed. The rule for that address lives here so the settings form, the API schema and
// the client all apply the same one.

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

export type SiteUrlCheck = { ok: true; url: string } | { ok: false; problem: string };

/**
 * A WordPress site address: https, or http on this computer only (127.0.0.1, ::1, localhost);
 * no user name, password, query or fragment. Returns it without a trailing slash.
 */
export function checkSiteUrl(input: string): SiteUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'Enter the site address, like https://news.example.org' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'That is not a web address; it should look like https://news.example.org' };
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname.toLowerCase());
  if (url.protocol === 'http:' && !loopback) {
    return { ok: false, problem: 'Use https:// — the password would travel unencrypted over http (http is allowed only for this computer)' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'The address must start with https://' };
  if (url.username || url.password) return { ok: false, problem: 'Leave the user name and password out of the address' };
  if (url.search || url.hash || text.includes('?') || text.includes('#')) {
    return { ok: false, problem: 'Enter the site address only, without ? or # parts' };
  }
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/**
 * Whether a saved application password may stay with new settings: only for the same origin
 * (scheme, host and port) and the same user. A password is never sent to a host it was not
 * entered for; another folder on the same origin is the same server, so the path may change.
 */
export function keepsSavedPassword(saved: { siteUrl: string; user: string }, next: { siteUrl: string; user: string }): boolean {
  if (saved.user !== next.user) return false;
  try {
    return new URL(saved.siteUrl).origin === new URL(next.siteUrl).origin;
  } catch {
    return false;
  }
}

const control = /[\u0000-\u001f\u007f]/;

export const siteUrlSchema = z
  .string()
  .max(500, 'Keep the address under 500 characters')
  .superRefine((value, ctx) => {
    const check = checkSiteUrl(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.problem });
  })
  .transform((value) => {
    const check = checkSiteUrl(value);
    return check.ok ? check.url : value;
  });

export const wordPressUserSchema = z
  .string()
  .trim()
  .min(1, 'Enter the WordPress user name')
  .max(200, 'Keep the user name under 200 characters')
  .refine((s) => !control.test(s) && !s.includes(':'), 'A user name has no colons or control characters');

/** WordPress shows application passwords in groups ("abcd efgh …"); spaces do not matter. */
export const applicationPasswordSchema = z
  .string()
  .max(200, 'That is longer than any application password')
  .transform((s) => s.replace(/\s+/g, ''))
  .refine((s) => s.length >= 8, 'Paste the application password WordPress showed (24 letters and digits)')
  .refine((s) => !control.test(s), 'The password has control characters');

export const wordPressSettingsInputSchema = z.strictObject({
  siteUrl: siteUrlSchema,
  user: wordPressUserSchema,
  /** Absent to keep the saved password: only when the origin and the user stay the same. */
  applicationPassword: applicationPasswordSchema.optional(),
});

/** What the app shows of the saved settings: never the password, only its last 4 characters. */
export interface WordPressSettingsView {
  siteUrl: string;
  user: string;
  passwordEnding: string;
  savedAt: string;
}

/** A draft's WordPress post, kept on the draft so a re-publish updates it. */
export interface WordPressPublication {
  siteUrl: string;
  postId: number;
  /** The post's address as WordPress gave it (a draft's is a preview link). */
  postUrl: string;
  mediaIds: number[];
  publishedAt: string;
}

export type WordPressPublishResult =
  | {
      status: 'published';
      publication: WordPressPublication;
      /** True when the draft's existing post was updated rather than a new one created. */
      updated: boolean;
      overridden: boolean;
      draftStatus: DraftStatus;
    }
  /** The export gate found open leaks: nothing was sent. */
  | { status: 'refused'; findings: LeakReportFinding[]; withheld: number };
