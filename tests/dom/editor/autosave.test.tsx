import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { runBeforeLock } from '../../../renderer/src/editor/before-lock';
import type { DocNode } from '../../../common/domain/draft';
import { plainText } from '../../../common/document/draft-doc';
import { DRAFT, openDraft, paragraph, placeCursor } from './render-drafts';

const saveStatus = () => document.querySelector('.status-save')?.textContent;
const savedText = (fake: Awaited<ReturnType<typeof openDraft>>['fake']) => plainText(fake.draft(DRAFT)!.body);
const lastSavedBody = (fake: Awaited<ReturnType<typeof openDraft>>['fake']) =>
  plainText((fake.callsTo('saveDraftBody').at(-1)?.input as { body: DocNode }).body);

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

async function openStory() {
  const opened = await openDraft({ type: 'doc', content: [paragraph('Hello')] }, {}, { fakeTimers: true });
  await placeCursor(opened.editor, 6);
  return opened;
}

describe('autosave', () => {
  it('saves ~700 ms after the last keystroke and shows Saved', async () => {
    const { user, fake } = await openStory();
    expect(saveStatus()).toBe('Saved');
    await user.keyboard(' world');
    expect(saveStatus()).toBe('Saving…');
    await advance(400);
    expect(fake.callsTo('saveDraftBody')).toHaveLength(0);
    await advance(400);
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(fake.callsTo('saveDraftBody')).toHaveLength(1);
    expect(fake.callsTo('saveDraftBody')[0]!.input).toMatchObject({ id: DRAFT, baseRevision: 1 });
    expect(savedText(fake)).toBe('Hello world');

    // The next save is based on the revision the first one produced.
    await user.keyboard('!');
    await advance(800);
    await waitFor(() => expect(fake.callsTo('saveDraftBody')).toHaveLength(2));
    expect(fake.callsTo('saveDraftBody')[1]!.input).toMatchObject({ baseRevision: 2 });
  });

  it('saves at least every 3 s while typing goes on', async () => {
    const { user, fake } = await openStory();
    for (let i = 0; i < 16; i++) {
      await user.keyboard('a');
      await advance(250);
    }
    // 4 s of typing with no pause long enough for the debounce: the cap forced a save.
    expect(fake.callsTo('saveDraftBody').length).toBeGreaterThanOrEqual(1);
    await advance(800);
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(savedText(fake)).toBe(`Hello${'a'.repeat(16)}`);
  });

  it('keeps the text and retries with backoff when a save fails', async () => {
    const { user, fake, text } = await openStory();
    fake.failNext('saveDraftBody', { code: 'IO', message: 'The disk is full.' }, 2);
    await user.keyboard(' there');
    await advance(800);
    await waitFor(() => expect(saveStatus()).toBe('Not saved — retrying in 1 s: The disk is full.'));
    expect(text.textContent).toBe('Hello there');
    // Typing on while a retry waits loses nothing.
    await user.keyboard('!');
    await advance(1100);
    await waitFor(() => expect(saveStatus()).toBe('Not saved — retrying in 2 s: The disk is full.'));
    await advance(2100);
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(savedText(fake)).toBe('Hello there!');
    expect(fake.callsTo('saveDraftBody')).toHaveLength(3);
  });

  it('saves edits made while a save is in flight with the next save', async () => {
    const { user, fake } = await openStory();
    const release = fake.hold('saveDraftBody');
    await user.keyboard(' one');
    await advance(800);
    expect(fake.callsTo('saveDraftBody')).toHaveLength(1);
    await user.keyboard(' two');
    await act(async () => release());
    await advance(800);
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(fake.callsTo('saveDraftBody')).toHaveLength(2);
    expect(lastSavedBody(fake)).toBe('Hello one two');
    expect(savedText(fake)).toBe('Hello one two');
  });

  it('stops on a conflict and lets the reporter keep their text', async () => {
    const { user, fake, text } = await openStory();
    fake.bumpRevision(DRAFT);
    await user.keyboard(' mine');
    await advance(800);
    const dialog = await screen.findByRole('alertdialog', { name: 'This draft was changed elsewhere' });
    expect(saveStatus()).toBe('Not saved — this draft was changed elsewhere');
    await advance(5000);
    expect(fake.callsTo('saveDraftBody')).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine and overwrite' }));
    await waitFor(() => expect(saveStatus()).toBe('Saved'));
    expect(fake.callsTo('saveDraftBody').at(-1)!.input).toMatchObject({ baseRevision: 2 });
    expect(savedText(fake)).toBe('Hello mine');
    expect(text.textContent).toBe('Hello mine');
  });

  it('can reload the saved version after a conflict', async () => {
    const { user, fake, text } = await openStory();
    fake.bumpRevision(DRAFT, { type: 'doc', content: [paragraph('Theirs')] });
    await user.keyboard(' mine');
    await advance(800);
    const dialog = await screen.findByRole('alertdialog', { name: 'This draft was changed elsewhere' });
    await user.click(within(dialog).getByRole('button', { name: 'Reload the saved version' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(text.textContent).toBe('Theirs');
    expect(saveStatus()).toBe('Saved');
    await advance(3000);
    expect(fake.callsTo('saveDraftBody')).toHaveLength(1);
  });

  it('flushes before going back to the list and before the vault locks', async () => {
    const { user, fake } = await openStory();
    await user.keyboard(' again');
    await act(async () => {
      await runBeforeLock();
    });
    expect(savedText(fake)).toBe('Hello again');
    await user.keyboard(' and again');
    await user.click(screen.getByRole('button', { name: 'Back to drafts' }));
    await screen.findByRole('heading', { level: 1, name: 'Drafts' });
    expect(savedText(fake)).toBe('Hello again and again');
  });
});
