import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { wordCount } from '../../../common/document/draft-doc';
import type { DocNode } from '../../../common/domain/draft';
import { FAKE_LEAK_PASSPHRASE } from './fake-drafts-api';
import { BORDER, CHINA, DRAFT, citation, openDraft, paragraph, placeCursor } from './render-drafts';

const quoted = (words: string) => ({
  type: 'text',
  text: words,
  marks: [{ type: 'quoteSource', attrs: { statementId: BORDER, revision: 1, original: 'The border is closed at night.' } }],
});

const quoteDoc = { type: 'doc', content: [paragraph('“', quoted('The border is closed at night'), ',” said ', citation('c1', [BORDER], { showDate: true }), '.')] };

describe('quote fidelity', () => {
  it('marks an edited quote and shows the changed words', async () => {
    const { editor, user, text } = await openDraft(quoteDoc);
    expect(text.querySelector('.quote-changed')).toBeNull();
    const quotes = within(screen.getByRole('complementary', { name: 'Quotes' }));
    expect(quotes.getByText('Every quote matches what the source said.')).toBeTruthy();

    // "closed" → "shut": put the cursor after "closed" and retype it.
    const start = editor.state.doc.textContent.indexOf('closed') + 1;
    await act(async () => {
      editor.view.dom.focus();
      editor.commands.setTextSelection({ from: start, to: start + 'closed'.length });
    });
    await user.keyboard('shut');
    expect(editor.state.doc.textContent).toContain('The border is shut at night');

    const changed = await waitFor(() => {
      const element = text.querySelector('.quote-changed');
      expect(element).not.toBeNull();
      return element!;
    });
    expect(changed.textContent).toBe('The border is shut at night');
    expect(changed.getAttribute('title')).toBe('Quote differs from what the source said');

    // The cursor is in the quote: the popover explains.
    const popover = await screen.findByRole('dialog', { name: 'Quote differs from the statement' });
    expect(popover.querySelector('del')?.textContent).toBe('closed');
    expect(popover.querySelector('ins')?.textContent).toBe('shut');
    // And the side panel lists it.
    const item = await quotes.findByText('Quote differs from the statement');
    const entry = item.closest('li')!;
    expect(entry.querySelector('del')?.textContent).toBe('closed');
    expect(entry.querySelector('ins')?.textContent).toBe('shut');

    // Restoring puts the source's words back.
    await user.click(within(entry as HTMLElement).getByRole('button', { name: 'Restore the source’s words' }));
    await waitFor(() => expect(text.querySelector('.quote-changed')).toBeNull());
    expect(editor.state.doc.textContent).toContain('The border is closed at night,”');
  });
});

describe('find in draft', () => {
  it('opens with Ctrl+F, counts and steps through matches, and keeps the key from global shortcuts', async () => {
    const body = { type: 'doc', content: [paragraph('The harbour at night. Harbour lights.'), paragraph('A third harbour.')] };
    const { editor, user, text } = await openDraft(body);
    const globalKeys = vi.fn();
    window.addEventListener('keydown', globalKeys);
    await placeCursor(editor, 1);
    await user.keyboard('{Control>}f{/Control}');
    window.removeEventListener('keydown', globalKeys);
    expect(globalKeys).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'f' }));

    const bar = await screen.findByRole('search', { name: 'Find in draft' });
    const field = within(bar).getByRole('textbox', { name: 'Find' });
    await waitFor(() => expect(document.activeElement).toBe(field));
    await user.keyboard('harbour');
    expect(within(bar).getByText('1 of 3')).toBeTruthy();
    expect([...text.querySelectorAll('.find-match')].map((m) => m.textContent)).toEqual(['harbour', 'Harbour', 'harbour']);
    expect(text.querySelector('.find-match-current')?.textContent).toBe('harbour');

    await user.keyboard('{Enter}');
    expect(within(bar).getByText('2 of 3')).toBeTruthy();
    expect(editor.state.selection.from).toBe(editor.state.doc.textContent.indexOf('Harbour') + 1);
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(within(bar).getByText('1 of 3')).toBeTruthy();
    await user.click(within(bar).getByRole('button', { name: 'Previous' }));
    expect(within(bar).getByText('3 of 3')).toBeTruthy();

    await user.clear(field);
    await user.keyboard('nothing here');
    expect(within(bar).getByText('No matches')).toBeTruthy();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('search', { name: 'Find in draft' })).toBeNull();
    expect(text.querySelector('.find-match')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(text));
  });
});

describe('leaks panel', () => {
  it('lists a finding from scanDraft, shows it in the text, and needs a reason to dismiss it', async () => {
    const body = { type: 'doc', content: [paragraph('Kim Chol-su said ', citation('c1', [BORDER]), ' that.')] };
    const { editor, user, text, fake } = await openDraft(body, { terms: [{ sourceId: CHINA, text: 'Kim Chol-su' }] });
    const panel = within(screen.getByRole('complementary', { name: 'Leaks' }));
    await panel.findByRole('heading', { name: 'Leaks (1)' });
    const finding = panel.getByText(/“Kim Chol-su”/).closest('li')!;
    expect(finding.textContent).toContain('In the story · a source based in China');
    expect(finding.textContent).toContain('This is the name of a source based in China.');
    expect(finding.textContent).toContain('Remove it, or replace it with the source’s label.');
    await waitFor(() => expect(text.querySelector('.leak-high')?.textContent).toBe('Kim Chol-su'));

    // Typing before it only moves the highlight.
    await placeCursor(editor, 1);
    await user.keyboard('Yesterday ');
    expect(text.querySelector('.leak-high')?.textContent).toBe('Kim Chol-su');

    await user.click(within(finding).getByRole('button', { name: 'Show' }));
    expect(editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to)).toBe('Kim Chol-su');
    await waitFor(() => expect(document.activeElement).toBe(text));

    await user.click(within(finding).getByRole('button', { name: 'Dismiss…' }));
    const reason = within(finding).getByRole('textbox', { name: 'Why is this not a leak?' });
    await user.type(reason, 'ok');
    await user.click(within(finding).getByRole('button', { name: 'Dismiss finding' }));
    expect(within(finding).getByRole('alert').textContent).toBe('Say why this is not a leak (at least 3 characters).');
    expect(fake.callsTo('dismissFinding')).toHaveLength(0);

    await user.type(reason, ' — a public figure with the same name');
    await user.click(within(finding).getByRole('button', { name: 'Dismiss finding' }));
    await panel.findByRole('heading', { name: 'Leaks (0)' });
    expect(fake.callsTo('dismissFinding')[0]!.input).toMatchObject({ draftId: DRAFT, reason: 'ok — a public figure with the same name' });
    expect(text.querySelector('.leak-high')).toBeNull();
    expect(panel.getByText('Dismissed (1)')).toBeTruthy();
    expect(panel.getByText('Dismissed: ok — a public figure with the same name')).toBeTruthy();
  });
});

describe('leaks held back past the session’s budget', () => {
  it('shows a count only, and the findings once main has checked the passphrase', async () => {
    const body = { type: 'doc', content: [paragraph('Kim Chol-su and Zorvan Quill met ', citation('c1', [BORDER]), '.')] };
    const { user, fake } = await openDraft(body, { terms: [{ sourceId: CHINA, text: 'Kim Chol-su' }], heldBack: [{ sourceId: CHINA, text: 'Zorvan Quill' }] });
    const panel = within(screen.getByRole('complementary', { name: 'Leaks' }));
    // Held back: a count in the heading and the note, never the text or whose it is.
    await panel.findByRole('heading', { name: 'Leaks (2)' });
    expect(panel.getByText('1 more: type your passphrase to see it.')).toBeTruthy();
    expect(panel.queryByText(/Zorvan/)).toBeNull();

    const field = panel.getByLabelText('Passphrase');
    await user.type(field, 'wrong one');
    await user.click(panel.getByRole('button', { name: 'Show them' }));
    expect(await panel.findByText('That passphrase is not right. The findings stay held back.')).toBeTruthy();
    expect(panel.queryByText(/Zorvan/)).toBeNull();

    await user.type(panel.getByLabelText('Passphrase'), FAKE_LEAK_PASSPHRASE);
    await user.click(panel.getByRole('button', { name: 'Show them' }));
    expect(await panel.findByText(/“Zorvan Quill”/)).toBeTruthy();
    expect(panel.queryByText(/more: type your passphrase/)).toBeNull();
    expect(fake.callsTo('revealLeakFindings')).toHaveLength(2);
  });
});

describe('status bar', () => {
  it('counts words (a citation is one) and citations as the text changes', async () => {
    const body = { type: 'doc', content: [paragraph('Two words')] };
    const { editor, user } = await openDraft(body);
    const bar = document.querySelector('.status-bar') as HTMLElement;
    expect(bar.textContent).toContain('2 words');
    expect(bar.textContent).toContain('0 citations');
    await placeCursor(editor, 10);
    await user.keyboard(' and three more');
    await waitFor(() => expect(bar.textContent).toContain('5 words'));
    await act(async () => {
      editor.commands.insertContent([{ type: 'text', text: ', says ' }, citation('c9', [BORDER])]);
    });
    await waitFor(() => expect(bar.textContent).toContain('7 words'));
    expect(bar.textContent).toContain('1 citation');
    expect(wordCount(editor.getJSON() as DocNode)).toBe(7);
  });
});
