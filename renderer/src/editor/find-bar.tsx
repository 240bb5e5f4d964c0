import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { matches } from '../app/shortcuts';
import { useT } from '../i18n/use-t';
import { findKey, type FindMeta } from './extensions/find';

interface FindBarProps {
  editor: Editor;
  /** Bumped by each Ctrl/Cmd+F: focus the field again. */
  focusRequest: number;
  onClose: () => void;
}

function setFind(editor: Editor, meta: FindMeta) {
  editor.view.dispatch(editor.state.tr.setMeta(findKey, meta).setMeta('addToHistory', false));
}

function selectMatch(editor: Editor, index: number) {
  const state = findKey.getState(editor.state);
  const match = state?.matches[index];
  if (!match) return;
  const tr = editor.state.tr.setMeta(findKey, { current: index } satisfies FindMeta).setMeta('addToHistory', false);
  tr.setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();
  editor.view.dispatch(tr);
}

/** Find in draft (Ctrl/Cmd+F in the editor). Matches are highlighted in the text. */
export function FindBar({ editor, focusRequest, onClose }: FindBarProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { count, current } = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const state = findKey.getState(e.state);
      return { count: state?.matches.length ?? 0, current: state?.current ?? -1 };
    },
  });

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  // Clear the highlights when the bar goes.
  useEffect(
    () => () => {
      if (!editor.isDestroyed) setFind(editor, { query: '' });
    },
    [editor],
  );

  function search(next: string) {
    setQuery(next);
    setFind(editor, { query: next, from: editor.state.selection.from });
    const state = findKey.getState(editor.state);
    if (state && state.current >= 0) selectMatch(editor, state.current);
  }

  function step(delta: number) {
    if (count === 0) return;
    const from = current < 0 ? 0 : (current + delta + count) % count;
    selectMatch(editor, from);
  }

  function close() {
    onClose();
    editor.view.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (matches('findNext', event) || matches('findPrevious', event)) {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (matches('closeEditorPanel', event)) {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (matches('find', event)) {
      event.preventDefault();
      event.stopPropagation();
      inputRef.current?.select();
    }
  }

  const countText = query === '' ? '' : count === 0 ? t('editor.find.none') : t('editor.find.count', { current: current + 1, count });
  return (
    <div role="search" aria-label={t('editor.find.label')} className="find-bar">
      <label className="find-label" htmlFor={inputId}>
        {t('editor.find.find')}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        className="input find-input"
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => search(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="find-count" role="status" aria-live="polite">
        {countText}
      </span>
      <button type="button" className="button button-secondary button-small" disabled={count === 0} onClick={() => step(-1)}>
        {t('editor.find.previous')}
      </button>
      <button type="button" className="button button-secondary button-small" disabled={count === 0} onClick={() => step(1)}>
        {t('editor.find.next')}
      </button>
      <button type="button" className="button button-secondary button-small" onClick={close}>
        {t('editor.find.close')}
      </button>
    </div>
  );
}
