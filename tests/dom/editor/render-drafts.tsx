import './jsdom-layout';
import type { Editor } from '@tiptap/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type { DocNode } from '../../../common/domain/draft';
import { DraftsPage } from '../../../renderer/src/drafts/drafts-page';
import { withIntl } from '../with-intl';
import { fakeId, installFakeDraftsApi, makeSource, makeStatement, type FakeDraftsOptions } from './fake-drafts-api';

// Shared fixture: two sources with alike labels (both "source … China") and a third elsewhere.
export const CHINA = fakeId(1);
export const CHINA_2 = fakeId(2);
export const SEOUL = fakeId(3);
export const BORDER = fakeId(11);
export const RICE = fakeId(12);
export const TRUCKS = fakeId(13);
export const DRAFT = fakeId(50);

export const SOURCES = [
  makeSource(CHINA, { noun: 'source', qualifier: 'based in China' }, { access: 'Works at the border post.', anonymityReason: 'Would lose their job.', poolSize: 40 }),
  makeSource(CHINA_2, { noun: 'source', qualifier: 'in China' }),
  makeSource(SEOUL, { adjective: 'government', noun: 'official', qualifier: 'in Seoul' }),
];

export const STATEMENTS = [
  makeStatement(BORDER, CHINA, 'The border is closed at night.', { saidOn: '2018-05-05', channel: 'phone', createdAt: '2025-02-03T00:00:00.000Z' }),
  makeStatement(RICE, CHINA_2, 'Rice prices doubled this spring.', { saidOn: '2018-04', createdAt: '2025-02-02T00:00:00.000Z' }),
  makeStatement(TRUCKS, SEOUL, 'Trucks cross at dawn.', { createdAt: '2025-02-01T00:00:00.000Z' }),
];

export function citation(id: string, statementIds: string[], extra: Record<string, unknown> = {}): DocNode {
  return { type: 'citation', attrs: { citationId: id, statementIds, revisions: statementIds.map(() => 1), override: null, customText: null, showDate: false, outlet: '', ...extra } };
}

export function paragraph(...content: (string | DocNode | Record<string, unknown>)[]): DocNode {
  return { type: 'paragraph', content: content.map((c) => (typeof c === 'string' ? { type: 'text', text: c } : (c as DocNode))) };
}

export function renderDrafts(options: FakeDraftsOptions = {}, { fakeTimers = false } = {}) {
  const fake = installFakeDraftsApi({ sources: SOURCES, statements: STATEMENTS, ...options });
  if (fakeTimers) vi.useFakeTimers({ shouldAdvanceTime: true });
  const user = userEvent.setup(fakeTimers ? { advanceTimers: vi.advanceTimersByTime } : {});
  const view = render(withIntl(<DraftsPage />));
  return { fake, user, ...view };
}

/** Renders the drafts page with one draft and opens it. */
export async function openDraft(body: unknown, options: FakeDraftsOptions & { title?: string } = {}, extra: { fakeTimers?: boolean } = {}) {
  const rendered = renderDrafts(
    { drafts: [{ meta: { id: DRAFT, title: options.title ?? 'Border story' }, body: body as never }], ...options },
    extra,
  );
  await rendered.user.click(await screen.findByRole('button', { name: options.title ?? 'Border story' }));
  const text = await screen.findByRole('textbox', { name: 'Story text' });
  const editor = (text as HTMLElement & { editor: Editor }).editor;
  // Wait for the citation data (sources, cited statements) and the first leak check.
  await waitFor(() => {
    expect(rendered.fake.callsTo('scanDraft').length).toBeGreaterThan(0);
    expect(chipLabels().filter((label) => label === '…')).toEqual([]);
  });
  return { ...rendered, text, editor };
}

/** Puts the cursor at `pos` in the editor and focuses it (as a click would). */
export async function placeCursor(editor: Editor, pos: number) {
  await act(async () => {
    editor.view.dom.focus();
    editor.commands.setTextSelection(pos);
  });
}

export function chips(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.citation-chip')];
}

export const chipLabels = () => chips().map((chip) => chip.textContent);
