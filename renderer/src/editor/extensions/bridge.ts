// How the editor's ProseMirror side calls back into React. One mutable object per editor,
// created with it; the React screen fills in the handlers once mounted.

export interface EditorBridge {
  /** Ctrl/Cmd+K. */
  openPalette: () => void;
  /** Ctrl/Cmd+F. */
  openFind: () => void;
  /** Ctrl/Cmd+Shift+K: insert or edit a link (Ctrl/Cmd+K is citing, Shieldnote's own first key). */
  openLink: () => void;
  /** Enter on a selected chip, or a click on one: the citation's settings. */
  openCitationMenu: (pos: number) => void;
  /** Escape in the editor; true when it closed something. */
  escape: () => boolean;
  /** An IME composition ended (plugins that waited may catch up). */
  compositionEnded: () => void;
}

export function createBridge(): EditorBridge {
  return {
    openPalette: () => {},
    openFind: () => {},
    openLink: () => {},
    openCitationMenu: () => {},
    escape: () => false,
    compositionEnded: () => {},
  };
}

/** Holds the current handlers; `bridge` looks them up at call time (React replaces them on each render). */
export class BridgeHost {
  private handlers: EditorBridge = createBridge();
  readonly bridge: EditorBridge = {
    openPalette: () => this.handlers.openPalette(),
    openFind: () => this.handlers.openFind(),
    openLink: () => this.handlers.openLink(),
    openCitationMenu: (pos) => this.handlers.openCitationMenu(pos),
    escape: () => this.handlers.escape(),
    compositionEnded: () => this.handlers.compositionEnded(),
  };

  set(handlers: EditorBridge) {
    this.handlers = handlers;
  }
}
