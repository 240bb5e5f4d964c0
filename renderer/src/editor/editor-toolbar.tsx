import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { shortcutHint, type ShortcutId } from '../app/shortcuts';

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

  const chain = () => editor.chain().focus();
  const tools: Tool[] = [
    { label: 'Heading', glyph: 'H', pressed: 'heading', run: () => chain().toggleHeading({ level: 2 }).run(), group: 0 },
    { label: 'Bold', glyph: 'B', pressed: 'bold', shortcut: 'bold', run: () => chain().toggleBold().run(), group: 0 },
    { label: 'Italic', glyph: 'I', pressed: 'italic', shortcut: 'italic', run: () => chain().toggleItalic().run(), group: 0 },
    { label: 'Link', glyph: 'Link', pressed: 'link', shortcut: 'link', run: onLink, group: 0 },
    { label: 'Quote block', glyph: '❝', pressed: 'blockquote', run: () => chain().toggleBlockquote().run(), group: 1 },
    { label: 'Bulleted list', glyph: '•', pressed: 'bulletList', run: () => chain().toggleBulletList().run(), group: 1 },
    { label: 'Numbered list', glyph: '⒈', pressed: 'orderedList', run: () => chain().toggleOrderedList().run(), group: 1 },
    { label: 'Undo', glyph: '↶', disabled: 'canUndo', shortcut: 'undo', run: () => chain().undo().run(), group: 2 },
    { label: 'Redo', glyph: '↷', disabled: 'canRedo', shortcut: 'redo', run: () => chain().redo().run(), group: 2 },
    { label: 'Insert citation', glyph: '+ Citation', shortcut: 'cite', run: onInsertCitation, group: 3 },
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
    <div ref={toolbarRef} role="toolbar" aria-label="Formatting" aria-orientation="horizontal" className="editor-toolbar" onKeyDown={onKeyDown}>
      {tools.map((tool, index) => {
        const isDisabled = tool.disabled ? !state[tool.disabled] : false;
        const isPressed = tool.pressed ? state[tool.pressed] : undefined;
        return (
          <button
            key={tool.label}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={['tool', tool.group !== tools[index - 1]?.group && index > 0 ? 'tool-group-start' : '', tool.label === 'Insert citation' ? 'tool-cite' : ''].filter(Boolean).join(' ')}
            aria-label={tool.label}
            aria-pressed={isPressed}
            aria-keyshortcuts={tool.shortcut ? shortcutHint(tool.shortcut).aria : undefined}
            title={tool.shortcut ? `${tool.label} (${shortcutHint(tool.shortcut).label})` : tool.label}
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
