import './jsdom-layout';
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { editorExtensions } from '../../../renderer/src/editor/editor-extensions';
import { createBridge } from '../../../renderer/src/editor/extensions/bridge';
import userEvent from '@testing-library/user-event';

describe('scratch', () => {
  it('works', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const editor = new Editor({ element: el, extensions: editorExtensions(createBridge()), injectCSS: false, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello end.' }] }] } });
    const user = userEvent.setup();
    editor.view.dom.focus();
    editor.commands.setTextSelection(11);
    const events: string[] = [];
    for (const t of ['keydown', 'keypress', 'beforeinput', 'input']) editor.view.dom.addEventListener(t, (e) => events.push(`${t}:${(e as KeyboardEvent).key ?? ''}:${(e as KeyboardEvent).charCode ?? ''}:${e.defaultPrevented}`));
    console.log(document.activeElement === editor.view.dom, JSON.stringify(document.getSelection()?.anchorNode?.textContent), document.getSelection()?.anchorOffset);
    await user.keyboard('ab');
    await new Promise((r) => setTimeout(r, 50));
    console.log(events.join('\n'));
    console.log(el.innerHTML, JSON.stringify(editor.getJSON()));
    expect(1).toBe(1);
  });
});
