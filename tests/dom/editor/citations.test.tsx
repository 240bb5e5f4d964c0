import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { collectQuotes } from '../../../common/document/draft-doc';
import type { DocNode } from '../../../common/domain/draft';
import { BORDER, RICE, TRUCKS, chipLabels, chips, citation, openDraft, paragraph, placeCursor } from './render-drafts';

const editorText = (root: HTMLElement) => root.textContent;

describe('citation palette', () => {
  it('inserts a quote with a dated first citation', async () => {
    const { user, editor, text } = await openDraft({ type: 'doc', content: [paragraph()] });
    await placeCursor(editor, 1);
    await user.keyboard('{Control>}k{/Control}');

    const dialog = await screen.findByRole('dialog', { name: 'Insert citation' });
    const box = within(dialog).getByRole('combobox', { name: 'Search statements' });
    expect(document.activeElement).toBe(box);
    // An empty query lists recent statements.
    await within(dialog).findByRole('option', { name: /Trucks cross at dawn/ });
    await user.type(box, 'border');
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1));
    expect(within(dialog).getByRole('option').textContent).toContain('a source based in China · 5 May 2018');
    expect(within(dialog).getByRole('checkbox', { name: 'Show the date' })).toHaveProperty('checked', true);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(editorText(text)).toBe('“The border is closed at night,” said a source based in China on May 5.');
    const quotes = collectQuotes(editor.getJSON() as DocNode);
    expect(quotes).toEqual([{ statementId: BORDER, revision: 1, original: 'The border is closed at night.', text: 'The border is closed at night', block: 0 }]);
    await waitFor(() => expect(document.activeElement).toBe(text));
    // No quote is flagged: it says what the source said.
    expect(text.querySelector('.quote-changed')).toBeNull();
  });

  it('attributes without quoting (Alt+Enter) and cites several statements in one citation (Shift+Enter)', async () => {
    const { user, editor, text } = await openDraft({ type: 'doc', content: [paragraph('Prices rose, according to')] });
    await placeCursor(editor, 26);
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Insert citation' });
    await within(dialog).findByRole('option', { name: /Trucks/ });
    await user.type(within(dialog).getByRole('combobox', { name: 'Search statements' }), 'rice');
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1));
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(editorText(text)).toBe('Prices rose, according to a source in China in April');

    // Two sources in one citation.
    await placeCursor(editor, editor.state.doc.content.size - 1);
    await user.keyboard('. Trucks wait, said ');
    await user.keyboard('{Control>}k{/Control}');
    const second = await screen.findByRole('dialog', { name: 'Insert citation' });
    const options = await within(second).findAllByRole('option');
    expect(options).toHaveLength(3);
    // Recent first: border (China), rice, trucks (Seoul). Select border and trucks.
    await user.keyboard('{Shift>}{Enter}{/Shift}{ArrowDown}{ArrowDown}{Shift>}{Enter}{/Shift}');
    expect(within(second).getAllByRole('option', { selected: true })).toHaveLength(2);
    await user.click(within(second).getByRole('button', { name: 'Attribute' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(chipLabels().at(-1)).toBe('a source based in China and a government official in Seoul on May 5');
    const last = (editor.getJSON() as DocNode).content?.[0]?.content?.at(-1);
    expect(last?.attrs?.statementIds).toEqual([BORDER, TRUCKS]);
  });

  it('closes on Escape and gives focus back to the text', async () => {
    const { user, editor, text } = await openDraft({ type: 'doc', content: [paragraph('Hello')] });
    await placeCursor(editor, 3);
    await user.click(screen.getByRole('button', { name: 'Insert citation' }));
    await screen.findByRole('dialog', { name: 'Insert citation' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(text));
    expect(editor.state.selection.from).toBe(3);
  });
});

describe('citation chips', () => {
  it('re-render when an earlier citation is deleted', async () => {
    const body = {
      type: 'doc',
      content: [
        paragraph('One ', citation('c1', [BORDER]), ' said.'),
        paragraph('Two ', citation('c2', [RICE]), ' said.'),
        paragraph('Three ', citation('c3', [BORDER]), ' said.'),
      ],
    };
    const { editor } = await openDraft(body);
    expect(chipLabels()).toEqual(['a source based in China', 'a separate source in China', 'the initial source']);
    expect(chips()[2]!.getAttribute('aria-label')).toBe('Citation: the initial source');

    // Delete the first chip: the third now introduces its source.
    await act(async () => {
      editor.view.dispatch(editor.state.tr.delete(5, 6));
    });
    expect(chipLabels()).toEqual(['a source in China', 'a separate source in China']);
    // Undo brings it back, and the words with it.
    await act(async () => {
      editor.commands.undo();
    });
    expect(chipLabels()).toEqual(['a source based in China', 'a separate source in China', 'the initial source']);
  });

  it('keep an override when text is typed before them', async () => {
    const body = { type: 'doc', content: [paragraph('Then ', citation('c1', [TRUCKS], { override: 'definite' }), ' said so.')] };
    const { editor, user } = await openDraft(body);
    expect(chipLabels()).toEqual(['the official']);
    await placeCursor(editor, 1);
    await user.keyboard('Later. ');
    expect(editor.state.doc.textContent.startsWith('Later. Then')).toBe(true);
    expect(chipLabels()).toEqual(['the official']);
    expect((editor.getJSON() as DocNode).content?.[0]?.content?.[1]?.attrs?.override).toBe('definite');
  });

  it('open their settings with Enter and change the form, undoably', async () => {
    const body = { type: 'doc', content: [paragraph('Then ', citation('c1', [TRUCKS]), ' said so.')] };
    const { editor, user, text } = await openDraft(body);
    expect(chipLabels()).toEqual(['a government official in Seoul']);
    const chip = chips()[0]!;
    await act(async () => chip.focus());
    // Focus shows what the chip cites.
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent).toContain('Trucks cross at dawn.');
    await user.keyboard('{Enter}');

    const menu = await screen.findByRole('dialog', { name: 'Citation settings' });
    expect(within(menu).getByRole('radio', { name: 'Automatic (a government official in Seoul)' })).toHaveProperty('checked', true);
    await user.click(within(menu).getByRole('radio', { name: 'Back-reference' }));
    expect(chipLabels()).toEqual(['the official']);
    await user.click(within(menu).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(document.activeElement).toBe(text));

    await act(async () => {
      editor.commands.undo();
    });
    expect(chipLabels()).toEqual(['a government official in Seoul']);
  });

  it('show a missing source as an error', async () => {
    const body = { type: 'doc', content: [paragraph('Then ', citation('c1', ['f'.repeat(32)]), ' said so.')] };
    await openDraft(body);
    expect(chipLabels()).toEqual(['[missing source]']);
    expect(chips()[0]!.classList.contains('citation-unresolved')).toBe(true);
  });
});

describe('citation settings from the text', () => {
  it('opens with Enter on a selected chip; custom wording, removal and undo', async () => {
    const body = { type: 'doc', content: [paragraph('Then ', citation('c1', [BORDER], { showDate: true }), ' said so.')] };
    const { editor, user, text } = await openDraft(body);
    expect(chipLabels()).toEqual(['a source based in China on May 5']);
    await act(async () => {
      editor.view.dom.focus();
      editor.commands.setNodeSelection(6);
    });
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent).toContain('The border is closed at night.');
    expect(tip.textContent).toContain('Works at the border post.');
    expect(tip.textContent).toContain('Would lose their job.');
    expect(tip.textContent).toContain('About 40 people fit the label');
    await user.keyboard('{Enter}');

    const menu = await screen.findByRole('dialog', { name: 'Citation settings' });
    await user.click(within(menu).getByRole('checkbox', { name: 'Show the date' }));
    expect(chipLabels()).toEqual(['a source based in China']);
    await user.type(within(menu).getByRole('textbox', { name: 'Custom wording' }), 'a person who crossed recently{Enter}');
    expect(chipLabels()).toEqual(['a person who crossed recently']);
    expect(within(menu).getByRole('radio', { name: 'First mention' })).toHaveProperty('checked', false);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(text));
    expect(editor.state.selection.from).toBe(6);

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: 'Citation settings' });
    await user.click(within(again).getByRole('button', { name: 'Remove citation' }));
    expect(chipLabels()).toEqual([]);
    // Each change made in the settings is its own undo step.
    await act(async () => {
      editor.commands.undo();
    });
    expect(chipLabels()).toEqual(['a person who crossed recently']);
    await act(async () => {
      editor.commands.undo();
    });
    expect(chipLabels()).toEqual(['a source based in China']);
  });
});

describe('cited statements', () => {
  it('adds a statement to a citation through the palette, making it plural', async () => {
    const body = { type: 'doc', content: [paragraph('Then ', citation('c1', [BORDER]), ' said so.')] };
    const { editor, user, text } = await openDraft(body);
    await user.click(chips()[0]!);
    const menu = await screen.findByRole('dialog', { name: 'Citation settings' });
    expect(within(menu).getByRole('button', { name: /^Remove statement: The border/ })).toHaveProperty('disabled', true);
    await user.click(within(menu).getByRole('button', { name: 'Add statements…' }));
    const palette = await screen.findByRole('dialog', { name: 'Add statements to the citation' });
    await user.type(within(palette).getByRole('combobox', { name: 'Search statements' }), 'trucks');
    await waitFor(() => expect(within(palette).getAllByRole('option')).toHaveLength(1));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(chipLabels()).toEqual(['a source based in China and a government official in Seoul']);
    expect((editor.getJSON() as DocNode).content?.[0]?.content?.[1]?.attrs?.statementIds).toEqual([BORDER, TRUCKS]);
    await waitFor(() => expect(document.activeElement).toBe(text));
  });
});
