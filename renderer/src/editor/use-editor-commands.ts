import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PaletteMode } from './citation-palette';
import type { BridgeHost } from './extensions/bridge';
import { quoteFidelityKey, type QuoteRange } from './extensions/quote-source';
import { useChipTips } from './use-chip-tips';
import { translate } from '../i18n/translate';

// What is open over the text (palette, citation menu, link dialog, find bar, send dialog, tips)
// and the commands that open it, from the toolbar, from ProseMirror's keys through the bridge
// or from a chip. One owner, because Escape closes whichever is on top, and focus goes back to
// the text only once every dialog has gone.

export type EditorView = 'edit' | 'preview';

interface EditorCommandsOptions {
  editor: Editor;
  host: BridgeHost;
  view: EditorView;
  setView: (view: EditorView) => void;
  tipId: string;
  /** Saves the draft without leaving it; true once everything is saved. */
  saveNow: () => Promise<boolean>;
}

export type EditorCommands = ReturnType<typeof useEditorCommands>;

export function useEditorCommands({ editor, host, view, setView, tipId, saveNow }: EditorCommandsOptions) {
  const [palette, setPalette] = useState<PaletteMode | null>(null);
  const [find, setFind] = useState<{ open: boolean; request: number }>({ open: false, request: 0 });
  const [menuPos, setMenuPos] = useState<number | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [hiddenQuote, setHiddenQuote] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const sendButton = useRef<HTMLButtonElement>(null);
  // Run after the next render: focus moves once a dialog has gone or a hidden panel is shown.
  const afterRender = useRef<(() => void) | null>(null);
  const tips = useChipTips(editor, tipId, setMenuPos);

  // Focus goes back to the text once a dialog has closed (after the dialog restored its own).
  useEffect(() => {
    if (palette || menuPos !== null || linkOpen || sending || !afterRender.current) return;
    const run = afterRender.current;
    afterRender.current = null;
    run();
  });

  const quoteAtCursor = useEditorState({
    editor,
    selector: ({ editor: e }): QuoteRange | null => {
      if (!e.isFocused) return null;
      const { from, to } = e.state.selection;
      return quoteFidelityKey.getState(e.state)?.changed.find((q) => from >= q.from && to <= q.to && from <= q.to) ?? null;
    },
  });

  const openPalette = (mode: PaletteMode) => {
    tips.hideTip();
    setPalette(mode);
  };
  const openFind = () => {
    setView('edit');
    setFind((f) => ({ open: true, request: f.request + 1 }));
  };
  const closeFind = () => setFind((f) => ({ ...f, open: false }));
  const openMenu = tips.openMenu;

  // ProseMirror's side calls these (Ctrl/Cmd+K, Ctrl/Cmd+F, Enter on a chip, Escape).
  useLayoutEffect(() => {
    host.set({
      openPalette: () => openPalette({ kind: 'insert' }),
      openFind,
      openLink: () => {
        tips.hideTip();
        setLinkOpen(true);
      },
      openCitationMenu: openMenu,
      compositionEnded: () => {},
      escape: () => {
        if (tips.tip) {
          tips.hideTip();
          return true;
        }
        if (quoteAtCursor && hiddenQuote !== quoteAtCursor.from) {
          setHiddenQuote(quoteAtCursor.from);
          return true;
        }
        if (find.open) {
          closeFind();
          return true;
        }
        return false;
      },
    });
  });

  const focusTextSoon = (run: () => void = () => editor.view.focus()) => {
    afterRender.current = run;
  };

  /** Runs `fn` with the Edit panel showing (switching to it first if the preview is up). */
  const inEditView = (fn: () => void) => {
    if (view === 'edit') {
      fn();
      return;
    }
    afterRender.current = fn;
    setView('edit');
  };

  // The package holds what is saved: save first, then choose the editor (the draft stays open).
  async function openSend() {
    setSendError(null);
    const saved = await saveNow();
    if (saved) setSending(true);
    else setSendError(translate('editor.send.notSaved'));
  }

  function closeSend() {
    // The button was disabled while saving, so the dialog may not have seen it focused.
    afterRender.current = () => sendButton.current?.focus();
    setSending(false);
  }

  return {
    tips,
    palette,
    openPalette,
    setPalette,
    find,
    closeFind,
    menuPos,
    setMenuPos,
    linkOpen,
    setLinkOpen,
    quoteAtCursor,
    quoteTipHidden: quoteAtCursor !== null && hiddenQuote === quoteAtCursor.from,
    sending,
    sendError,
    sendButton,
    openSend,
    closeSend,
    focusTextSoon,
    inEditView,
  };
}
