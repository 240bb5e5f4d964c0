import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ShieldnoteApi } from '../../common/api/bridge';
import { contract } from '../../common/api/contract';
import type { ApiResult } from '../../common/api/errors';
import type { LeakReportFinding } from '../../common/domain/leak-report';
import type { WordPressPublication, WordPressPublishResult, WordPressSettingsView } from '../../common/domain/wordpress';
import { WordPressPanel } from '../../renderer/src/export/wordpress-panel';
import { WordPressSettingsSection } from '../../renderer/src/export/wordpress-settings-section';
import { createFakeApi } from './fake-api';

const ok = <T,>(value: T): Promise<ApiResult<T>> => Promise.resolve({ ok: true, value });

const FINDING: LeakReportFinding = {
  key: 'k1',
  field: 'body',
  from: 1,
  to: 8,
  matched: 'Old Liu',
  sourceId: 'a'.repeat(32),
  sourceLabel: 'a source based in China',
  termKind: 'alias',
  part: 'full',
  severity: 'high',
  reason: { id: 'leak.finding.term', values: { label: 'a source based in China', kind: 'alias', altered: 'no' } },
  advice: { id: 'leak.finding.replace' },
  dismissed: null,
};

/** The app's fake API with an in-memory WordPress connection and scripted publish answers. */
function installWordPress(options: { settings?: WordPressSettingsView | null; publishes?: (WordPressPublishResult | { error: string })[] } = {}) {
  const state = { settings: options.settings ?? null, password: '' as string | undefined, publication: null as WordPressPublication | null };
  const publishes = [...(options.publishes ?? [])];
  const calls: { method: string; input: unknown }[] = [];
  const api: ShieldnoteApi = {
    ...createFakeApi({ unlocked: true }).api,
    getWordPressSettings: () => ok({ settings: state.settings }),
    saveWordPressSettings: (input) => {
      calls.push({ method: 'saveWordPressSettings', input });
      const parsed = contract.saveWordPressSettings.input.parse(input);
      state.password = parsed.applicationPassword ?? state.password;
      state.settings = { siteUrl: parsed.siteUrl, user: parsed.user, passwordEnding: (state.password ?? '').slice(-4), savedAt: '2024-05-06T09:00:00Z' };
      return ok(state.settings);
    },
    forgetWordPressSettings: () => {
      calls.push({ method: 'forgetWordPressSettings', input: {} });
      state.settings = null;
      return ok({ forgotten: true as const });
    },
    getWordPressPublication: () => ok({ publication: state.publication }),
    publishToWordPress: (input) => {
      calls.push({ method: 'publishToWordPress', input });
      const next = publishes.shift() ?? { error: 'no answer scripted' };
      if ('error' in next) return Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: next.error } });
      if (next.status === 'published') state.publication = next.publication;
      return ok(next);
    },
  };
  window.shieldnote = api;
  return { state, calls };
}

const SAVED: WordPressSettingsView = { siteUrl: 'https://news.example.org', user: 'desk', passwordEnding: 'UVWX', savedAt: '2024-05-06T09:00:00Z' };
const PUBLICATION: WordPressPublication = { siteUrl: SAVED.siteUrl, postId: 412, postUrl: 'https://news.example.org/?p=412', mediaIds: [413], publishedAt: '2024-05-06T09:15:00Z' };
const PUBLISHED: WordPressPublishResult = { status: 'published', publication: PUBLICATION, updated: false, overridden: false, draftStatus: 'exported' };

// Typing-heavy: generous timeouts for a loaded machine (no timing is asserted).
describe('WordPress settings', { timeout: 20_000 }, () => {
  it('checks the address, user and password before saving, and never shows the password again', async () => {
    const user = userEvent.setup();
    const { calls } = installWordPress();
    render(<WordPressSettingsSection />);
    await user.click(await screen.findByRole('button', { name: 'Connect WordPress' }));
    expect(screen.getByText('Enter the site address, like https://news.example.org')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Site address'));

    await user.type(screen.getByLabelText('Site address'), 'http://news.example.org');
    await user.type(screen.getByLabelText('User name'), 'desk');
    const password = screen.getByLabelText('Application password');
    await user.type(password, 'abcd EFGH ijkl MNOP qrst UVWX');
    expect(password.getAttribute('type')).toBe('password');
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password.getAttribute('type')).toBe('text');
    expect(screen.getByRole('button', { name: 'Show password' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Connect WordPress' }));
    expect(screen.getByText(/Use https:\/\//)).toBeTruthy();
    expect(calls).toEqual([]);

    await user.clear(screen.getByLabelText('Site address'));
    await user.type(screen.getByLabelText('Site address'), 'https://news.example.org/');
    await user.click(screen.getByRole('button', { name: 'Connect WordPress' }));
    await screen.findByText('WordPress settings saved.');
    expect(calls[0]!.input).toEqual({ siteUrl: 'https://news.example.org', user: 'desk', applicationPassword: 'abcdEFGHijklMNOPqrstUVWX' });
    expect(screen.getByText('https://news.example.org')).toBeTruthy();
    expect(screen.getByText('UVWX')).toBeTruthy();
    expect(document.body.textContent).not.toContain('abcdEFGH');
  });

  it('keeps the saved password only for the same site and user, and removes it after asking', async () => {
    const user = userEvent.setup();
    const { calls } = installWordPress({ settings: SAVED });
    render(<WordPressSettingsSection />);
    await user.click(await screen.findByRole('button', { name: 'Replace…' }));
    const password = screen.getByLabelText('Application password') as HTMLInputElement;
    expect(password.placeholder).toBe('Saved, ending in UVWX');
    // Another user (or another host): the saved password is not carried over; the form says so.
    await user.clear(screen.getByLabelText('User name'));
    await user.type(screen.getByLabelText('User name'), 'night desk');
    expect(password.placeholder).not.toContain('UVWX');
    expect(screen.getByText(/The site or user changed, so the saved password is not used/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save WordPress settings' }));
    expect(screen.getByText(/paste the application password for it/)).toBeTruthy();
    expect(calls).toEqual([]);
    // The same user on the same origin, in another folder: the saved password stays.
    await user.clear(screen.getByLabelText('User name'));
    await user.type(screen.getByLabelText('User name'), 'desk');
    await user.clear(screen.getByLabelText('Site address'));
    await user.type(screen.getByLabelText('Site address'), 'https://news.example.org/blog');
    await user.click(screen.getByRole('button', { name: 'Save WordPress settings' }));
    await screen.findByText('WordPress settings saved.');
    expect(calls[0]!.input).toEqual({ siteUrl: 'https://news.example.org/blog', user: 'desk' });

    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the WordPress settings?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await screen.findByText('WordPress settings removed.');
    expect(screen.getByRole('button', { name: 'Connect WordPress' })).toBeTruthy();
  });
});

describe('Publish to WordPress panel', { timeout: 20_000 }, () => {
  it('publishes an approved draft and shows the post id and its address as text', async () => {
    const user = userEvent.setup();
    const { calls } = installWordPress({ settings: SAVED, publishes: [PUBLISHED] });
    let published = 0;
    render(<WordPressPanel draftId={'d'.repeat(32)} draftStatus="approved" onPublished={() => published++} />);
    expect(await screen.findByText('https://news.example.org')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Publish as WordPress draft' }));
    expect(await screen.findByText('Published WordPress draft post 412.')).toBeTruthy();
    expect(calls.at(-1)!.input).toEqual({ draftId: 'd'.repeat(32) });
    expect(screen.getByText('https://news.example.org/?p=412')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('button', { name: 'Update the WordPress draft' })).toBeTruthy();
    expect(published).toBe(1);
  });

  it('needs approval first', async () => {
    installWordPress({ settings: SAVED });
    render(<WordPressPanel draftId={'d'.repeat(32)} draftStatus="in-review" />);
    const button = await screen.findByRole('button', { name: 'Publish as WordPress draft' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/needs an editor’s approval; this draft is “In review”/)).toBeTruthy();
  });

  it('shows WordPress’s refusal clearly', async () => {
    const user = userEvent.setup();
    installWordPress({ settings: SAVED, publishes: [{ error: 'WordPress refused the user name or application password (HTTP 401).' }] });
    render(<WordPressPanel draftId={'d'.repeat(32)} draftStatus="approved" />);
    await user.click(await screen.findByRole('button', { name: 'Publish as WordPress draft' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/HTTP 401/);
  });

  it('a leak refusal lists the findings; publishing anyway needs a reason', async () => {
    const user = userEvent.setup();
    const { calls } = installWordPress({ settings: SAVED, publishes: [{ status: 'refused', findings: [FINDING], withheld: 0 }, { ...PUBLISHED, overridden: true }] });
    render(<WordPressPanel draftId={'d'.repeat(32)} draftStatus="approved" />);
    await user.click(await screen.findByRole('button', { name: 'Publish as WordPress draft' }));
    const heading = await screen.findByRole('heading', { name: 'Why it was refused' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/Old Liu/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Publish anyway…' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Export anyway' }));
    expect(within(dialog).getByText(/Say why this may go out/)).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Why may this go out?'), 'Market nickname, agreed with the desk');
    await user.click(within(dialog).getByRole('button', { name: 'Export anyway' }));
    expect(await screen.findByText('Published WordPress draft post 412, leak findings overridden (audited).')).toBeTruthy();
    expect(calls.at(-1)!.input).toEqual({ draftId: 'd'.repeat(32), override: { reason: 'Market nickname, agreed with the desk' } });
  });

  it('findings held back past the session’s budget: a count, a passphrase field, and no “Publish anyway”', async () => {
    const user = userEvent.setup();
    installWordPress({ settings: SAVED, publishes: [{ status: 'refused', findings: [FINDING], withheld: 2 }] });
    const reveals: unknown[] = [];
    window.shieldnote.revealLeakFindings = (input) => {
      reveals.push(input);
      return Promise.resolve({ ok: true, value: { findings: [], withheld: 0, labelIssues: [], jigsaw: [], openCount: 0, scannedAt: '2024-05-06T09:00:00Z', bodyRevision: 1 } });
    };
    render(<WordPressPanel draftId={'d'.repeat(32)} draftStatus="approved" />);
    await user.click(await screen.findByRole('button', { name: 'Publish as WordPress draft' }));
    expect(await screen.findByText('Publish refused: 3 things point to a source. Nothing was sent.')).toBeTruthy();
    expect(screen.getByText('2 more: type your passphrase to see them.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish anyway…' })).toBeNull();
    await user.type(screen.getByLabelText('Passphrase'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Show them' }));
    await waitFor(() => expect(reveals).toEqual([{ draftId: 'd'.repeat(32), passphrase: 'correct horse' }]));
    // Shown: the refusal goes, and publishing again gates afresh.
    await waitFor(() => expect(screen.queryByText(/more: type your passphrase/)).toBeNull());
  });
});
