import { useEditor } from '@tiptap/react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Draft } from '../../../common/domain/draft';
import { DraftSession } from './draft-session';
import { translate } from '../i18n/translate';
import { editorExtensions } from './editor-extensions';
import { BridgeHost } from './extensions/bridge';
import { combineStates, useSaveState, useSaveStatusText } from './use-autosave';

// The open draft as the editor screen sees it. The session, the bridge and the TipTap editor are
// made once per screen (useState initialisers, not per render): the editor's extensions hold the
// bridge, and the session must outlive re-renders so a save can finish.

/** 'saving' disables the actions that leave; 'failed' asks whether to leave anyway. */
export type LeavingState = 'no' | 'saving' | 'failed';

export function useDraftSession(draft: Draft) {
  const [host] = useState(() => new BridgeHost());
  const [session] = useState(() => new DraftSession(draft));
  const [editorOptions] = useState(() => ({
    extensions: editorExtensions(host.bridge),
    content: draft.body,
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': translate('editor.storyText'),
        class: 'story-text',
        spellcheck: 'true',
      },
    },
  }));
  const editor = useEditor(editorOptions);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const context = useSyncExternalStore(session.citations.subscribe, session.citations.getContext);
  const bodyState = useSaveState(session.body as never);
  const metaState = useSaveState(session.metaSaver as never);
  const saveState = combineStates([bodyState, metaState]);
  const saveText = useSaveStatusText(saveState);
  const [leaving, setLeaving] = useState<LeavingState>('no');

  useEffect(() => session.attach(editor), [session, editor]);

  /** Leaves only once everything is saved; stays 'saving' meanwhile so nothing starts twice. */
  async function saveThen(then: () => void) {
    setLeaving('saving');
    const saved = await session.flush();
    if (saved) then();
    else setLeaving('failed');
  }

  /** Saves for an action that keeps the draft open; true once everything is saved. */
  async function saveNow(): Promise<boolean> {
    setLeaving('saving');
    const saved = await session.flush();
    setLeaving('no');
    return saved;
  }

  return { host, session, editor, snapshot, context, saveState, saveText, leaving, stay: () => setLeaving('no'), saveThen, saveNow };
}
