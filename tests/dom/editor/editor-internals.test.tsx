import './jsdom-layout';
import { Editor } from '@tiptap/core';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { collectCitations, collectQuotes, wordCount } from '../../../common/document/draft-doc';
import type { DocNode } from '../../../common/domain/draft';
import { renderCitations } from '../../../common/attribution/attribution-engine';
import { citationInputsOf, makeContext, pmCitations } from '../../../renderer/src/editor/citation-data';
import { editorExtensions } from '../../../renderer/src/editor/editor-extensions';
import { createBridge } from '../../../renderer/src/editor/extensions/bridge';
import { SLICE_MIME } from '../../../renderer/src/editor/extensions/behaviour';
import { citationLabelsKey } from '../../../renderer/src/editor/extensions/citation-labels';
import { REFRESH_META } from '../../../renderer/src/editor/extensions/plugin-helpers';
import { pmQuotes } from '../../../renderer/src/editor/extensions/quote-source';
import { pmWordCount } from '../../../renderer/src/editor/word-count';
import { BORDER, CHINA, DRAFT, RICE, SOURCES, STATEMENTS, TRUCKS, chipLabels, citation, openDraft, paragraph, placeCursor } from './render-drafts';

const quote = (text: string, statementId = BORDER) => ({ type: 'text', text, marks: [{ type: 'quoteSource', attrs: { statementId, revision: 1, original: 'x' } }] });

const mixed: DocNode = {
  type: 'doc',
  content: [
    paragraph(citation('a', [BORDER]), ' opened it. Then ', citation('b', [RICE]), '. “', quote('Yes'), '” said ', citation('c', [BORDER])) as DocNode,
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A heading.' }, citation('d', [TRUCKS]) as DocNode] },
    { type: 'blockquote', content: [paragraph('Quoted block. ', citation('e', [TRUCKS], { override: 'plural' })) as DocNode] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Item ', quote('one', RICE), quote(' two', RICE), { type: 'hardBreak' }, 'line two!') as DocNode] }] },
    { type: 'horizontalRule' },
    paragraph() as DocNode,
  ],
};

let editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors) editor.destroy();
  editors = [];
});

function bareEditor(content: unknown) {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: editorExtensions(createBridge()), injectCSS: false, content: content as DocNode });
  editors.push(editor);
  return editor;
}

describe('the editor reads documents as main and the exports do', () => {
  it('finds the same citations, quotes and words as common/document/draft-doc', () => {
    const editor = bareEditor(mixed);
    const json = editor.getJSON() as DocNode;
    expect(pmCitations(editor.state.doc).map((c) => ({ ...c.attrs, atSentenceStart: c.atSentenceStart }))).toEqual(
      collectCitations(json).map(({ block: _block, ...c }) => c),
    );
    expect(pmQuotes(editor.state.doc).map((q) => ({ statementId: q.statementId, text: q.text }))).toEqual(
      collectQuotes(json).map((q) => ({ statementId: q.statementId, text: q.text })),
    );
    expect(pmWordCount(editor.state.doc)).toBe(wordCount(json));
  });

  it('writes only the nodes, marks and attributes main accepts, and injects no <style>', async () => {
    const { docProblem } = await import('../../../common/domain/draft');
    const editor = bareEditor(mixed);
    expect(docProblem(editor.getJSON())).toBeNull();
    expect(document.querySelector('style')).toBeNull();
    expect(Object.keys(editor.schema.nodes).sort()).toEqual(
      ['blockquote', 'bulletList', 'citation', 'doc', 'hardBreak', 'heading', 'horizontalRule', 'listItem', 'orderedList', 'paragraph', 'text'].sort(),
    );
    expect(Object.keys(editor.schema.marks).sort()).toEqual(['bold', 'italic', 'link', 'quoteSource', 'strike', 'underline'].sort());
  });
});

describe('IME composition', () => {
  it('does not recompute chip words while composing, and catches up when it ends', () => {
    const editor = bareEditor({ type: 'doc', content: [paragraph('가', citation('a', [BORDER]), ' and ', citation('b', [BORDER]))] });
    editor.view.dispatch(editor.state.tr.setMeta(citationLabelsKey, { context: makeContext(SOURCES, STATEMENTS) }));
    const before = citationLabelsKey.getState(editor.state)!;
    const chip = editor.view.dom.querySelector('.citation-chip');
    // A composition transaction in the chip's paragraph: mapped only.
    editor.view.dispatch(editor.state.tr.insertText('나', 2).setMeta('composition', 1));
    const during = citationLabelsKey.getState(editor.state)!;
    expect(during.stale).toBe(true);
    expect(during.decorations).not.toBe(before.decorations);
    expect(editor.view.dom.querySelector('.citation-chip')).toBe(chip);
    // The composition ends: the plugin recomputes (same words, so the chips are left alone).
    editor.view.dispatch(editor.state.tr.setMeta(REFRESH_META, true));
    expect(citationLabelsKey.getState(editor.state)!.stale).toBe(false);
    expect([...editor.view.dom.querySelectorAll('.citation-chip')].map((c) => c.textContent)).toEqual(['a source based in China', 'the source']);
    expect(editor.view.dom.querySelector('.citation-chip')).toBe(chip);
  });
});

describe('clipboard', () => {
  it('copies chips as their words and Shieldnote JSON, and pastes them as new citations', async () => {
    const editor = bareEditor({ type: 'doc', content: [paragraph('Said ', citation('a', [BORDER]), ' today.')] });
    editor.view.dispatch(editor.state.tr.setMeta(citationLabelsKey, { context: makeContext(SOURCES, STATEMENTS) }));
    const user = userEvent.setup();
    editor.view.dom.focus();
    editor.commands.setTextSelection({ from: 1, to: 9 });
    const data = await user.copy();
    expect(data?.getData('text/plain')).toBe('Said a source based in China t');
    expect(data?.getData('text/html')).toBe('');
    const json = data?.getData(SLICE_MIME);
    expect(json).toContain('"citation"');

    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    await user.paste(data!);
    const ids = collectCitations(editor.getJSON() as DocNode).map((c) => c.citationId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe('a');
    expect(ids[1]).not.toBe('a');
    expect(editor.state.doc.textContent).toBe('Said  today.Said  t');

    // Anything else arrives as plain text: no HTML is parsed.
    // jsdom has no DataTransfer; user-event's own stands in.
    const foreign = new (data!.constructor as new () => DataTransfer)();
    foreign.setData('text/html', '<b>bold</b><img src=x onerror=alert(1)>');
    foreign.setData('text/plain', 'plain words');
    await user.paste(foreign);
    expect(editor.state.doc.textContent.endsWith('plain words')).toBe(true);
    expect(editor.getJSON().content?.some((n) => JSON.stringify(n).includes('bold'))).toBe(false);
  });
});

describe('leak findings', () => {
  it('are mapped through edits made after the save they were found in', async () => {
    const body = { type: 'doc', content: [paragraph('Start.')] };
    const { editor, user, fake, text } = await openDraft(body, { terms: [{ sourceId: CHINA, text: 'Kim Chol-su' }] }, { fakeTimers: true });
    await placeCursor(editor, 7);
    const release = fake.hold('scanDraft');
    await user.keyboard(' Kim Chol-su said so.');
    await act(async () => {
      await new Promise((r) => setTimeout(r, 800));
    });
    await waitFor(() => expect(fake.draft(DRAFT)!.meta.bodyRevision).toBe(2));
    // More typing before the name while the scan runs.
    await placeCursor(editor, 1);
    await user.keyboard('Earlier that day. ');
    await act(async () => release());
    await waitFor(() => expect(text.querySelector('.leak-high')?.textContent).toBe('Kim Chol-su'));
    expect(screen.getByRole('heading', { name: 'Leaks (1)' })).toBeTruthy();
    expect(chipLabels()).toEqual([]);
  });
});

describe('chip words stay exact through any edit', () => {
  it('matches a full recompute after every one of many random edits', () => {
    const labels = makeContext(SOURCES, STATEMENTS);
    const editor = bareEditor({
      type: 'doc',
      content: [
        paragraph('Start ', citation('a', [BORDER]), ' said. Then ', citation('b', [RICE]), ' added'),
        paragraph(citation('c', [BORDER]), ' again. ', citation('d', [TRUCKS])),
        paragraph('Plain text here.'),
      ],
    });
    editor.view.dispatch(editor.state.tr.setMeta(citationLabelsKey, { context: labels }));
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const ids = [BORDER, RICE, TRUCKS];
    for (let round = 0; round < 300; round++) {
      const { state } = editor;
      const size = state.doc.content.size;
      const pos = 1 + random(Math.max(1, size - 1));
      const $pos = state.doc.resolve(pos);
      const tr = state.tr;
      const op = random(7);
      if (!$pos.parent.isTextblock) continue;
      if (op === 0) tr.insertText(['. ', 'x', ' ', '! ', 'said '][random(5)]!, pos);
      else if (op === 1) tr.delete(pos, Math.min($pos.end(), pos + 1 + random(4)));
      else if (op === 2) tr.split(pos);
      else if (op === 3 && $pos.depth === 1 && $pos.index(0) > 0) tr.join($pos.before(1));
      else if (op === 4) tr.insert(pos, editor.schema.nodes.citation!.create({ citationId: `n${round}`, statementIds: [ids[random(3)]!], revisions: [1] }));
      else if (op === 5) tr.insertText('Word', pos);
      else tr.insertText(' ', pos);
      if (!tr.docChanged) continue;
      editor.view.dispatch(tr);
      const shown = [...editor.view.dom.querySelectorAll('.citation-chip')].map((chip) => chip.textContent);
      const fresh = renderCitations(citationInputsOf(pmCitations(editor.state.doc), labels.statements), labels.labels).map((r) => r.text);
      expect(shown).toEqual(fresh);
    }
  });
});
