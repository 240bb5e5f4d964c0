import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { shortcutHint, type ShortcutId } from '../app/shortcuts';
import { useT } from '../i18n/use-t';

interface ToolbarProps {
  /** Measured: the caret is kept clear of the toolbar when it sticks (use-sticky-chrome.ts). */
  toolbarRef?: RefObject<HTMLDivElement | null>;
  editor: Editor;
  onLink: () => void;
  onInsertCitation: () => void;
}

interface ToolState {
  heading: boolean;
  bold: boolean;
  italic: boolean;
  link: boolean;
  blockquote: boolean;
  bulletList: boolean;
  orderedList: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

interface Tool {
  id: string;
  label: string;
  glyph: string;
  pressed?: keyof ToolState;
  disabled?: keyof ToolState;
  shortcut?: ShortcutId;
  run: () => void;
  group: number;
}

/**
 * The formatting toolbar: one tab stop, arrow keys move between buttons (WAI-ARIA toolbar). A
 * glyph is one symbol or words from the button's name, so what is seen is what speech input says.
 */
export function EditorToolbar({ toolbarRef, editor, onLink, onInsertCitation }: ToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }): ToolState => ({
      heading: e.isActive('heading'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      blockquote: e.isActive('blockquote'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const t = useT();
  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { id: 'heading', label: t('editor.toolbar.heading'), glyph: 'H', pressed: 'heading', run: () => chain().toggleHeading({ level: 2 }).run(), group: 0 },
    { id: 'bold', label: t('editor.toolbar.bold'), glyph: 'B', pressed: 'bold', shortcut: 'bold', run: () => chain().toggleBold().run(), group: 0 },
    { id: 'italic', label: t('editor.toolbar.italic'), glyph: 'I', pressed: 'italic', shortcut: 'italic', run: () => chain().toggleItalic().run(), group: 0 },
    { id: 'link', label: t('editor.toolbar.link'), glyph: t('editor.toolbar.link'), pressed: 'link', shortcut: 'link', run: onLink, group: 0 },
    { id: 'blockquote', label: t('editor.toolbar.blockquote'), glyph: '❝', pressed: 'blockquote', run: () => chain().toggleBlockquote().run(), group: 1 },
    { id: 'bulletList', label: t('editor.toolbar.bulletList'), glyph: '•', pressed: 'bulletList', run: () => chain().toggleBulletList().run(), group: 1 },
    { id: 'orderedList', label: t('editor.toolbar.orderedList'), glyph: '⒈', pressed: 'orderedList', run: () => chain().toggleOrderedList().run(), group: 1 },
    { id: 'undo', label: t('editor.toolbar.undo'), glyph: '↶', disabled: 'canUndo', shortcut: 'undo', run: () => chain().undo().run(), group: 2 },
    { id: 'redo', label: t('editor.toolbar.redo'), glyph: '↷', disabled: 'canRedo', shortcut: 'redo', run: () => chain().redo().run(), group: 2 },
    { id: 'cite', label: t('editor.toolbar.cite'), glyph: t('editor.toolbar.citeGlyph'), shortcut: 'cite', run: onInsertCitation, group: 3 },
  ];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: focusIndex + 1, ArrowLeft: focusIndex - 1, Home: 0, End: tools.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = (moves[event.key]! + tools.length) % tools.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div ref={toolbarRef} role="toolbar" aria-label={t('editor.toolbar.label')} aria-orientation="horizontal" className="editor-toolbar" onKeyDown={onKeyDown}>
      {tools.map((tool, index) => {
        const isDisabled = tool.disabled ? !state[tool.disabled] : false;
        const isPressed = tool.pressed ? state[tool.pressed] : undefined;
        return (
          <button
            key={tool.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={['tool', tool.group !== tools[index - 1]?.group && index > 0 ? 'tool-group-start' : '', tool.id === 'cite' ? 'tool-cite' : ''].filter(Boolean).join(' ')}
            aria-label={tool.label}
            aria-pressed={isPressed}
            aria-keyshortcuts={tool.shortcut ? shortcutHint(tool.shortcut).aria : undefined}
            title={tool.shortcut ? t('editor.toolbar.withShortcut', { label: tool.label, shortcut: shortcutHint(tool.shortcut).label }) : tool.label}
            aria-disabled={isDisabled || undefined}
            tabIndex={index === focusIndex ? 0 : -1}
            // Keep the text selection: the button acts on it.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setFocusIndex(index)}
            onClick={() => {
              if (!isDisabled) tool.run();
            }}
          >
            <span aria-hidden="true">{tool.glyph}</span>
          </button>
        );
      })}
    </div>
  );
}
