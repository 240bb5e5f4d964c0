import type { MessageId } from '../i18n/messages';

// Every keyboard shortcut of the app, in one table. The key handlers (frame, lock, editor,
// find bar, review list, quick add) match events against it and the shortcut sheet (Ctrl/⌘+/)
// lists it, so a key cannot work without being listed nor be listed without working.

// navigator.platform is deprecated but still the simplest synchronous hint Chromium gives us.
export const isMac = typeof navigator !== 'undefined' && /mac/i.test(navigator.platform);

/** One way to press a shortcut. `key` is a letter (matched by key or physical key) or a KeyboardEvent.key name. */
export interface KeyCombo {
  key: string;
  /** The command key: Ctrl, or ⌘ on macOS (either is accepted). */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Only on macOS (⌘↓ as well as ⌘End). */
  macOnly?: boolean;
}

/** Where a shortcut works, as the sheet groups them. */
export type ShortcutScope = 'anywhere' | 'outsideFields' | 'editor' | 'palette' | 'review' | 'quickAdd';
export const SHORTCUT_SCOPES: readonly ShortcutScope[] = ['anywhere', 'outsideFields', 'editor', 'palette', 'review', 'quickAdd'];

export interface Shortcut {
  scope: ShortcutScope;
  combos: readonly KeyCombo[];
  /** What it does, as the sheet says it. */
  description: MessageId;
}

export const SHORTCUTS = {
  lock: { scope: 'anywhere', combos: [{ key: 'l', mod: true }], description: 'shortcuts.lock' },
  panicLock: { scope: 'anywhere', combos: [{ key: 'l', mod: true, shift: true }], description: 'shortcuts.panicLock' },
  quickAdd: { scope: 'anywhere', combos: [{ key: 'n', mod: true, shift: true }], description: 'shortcuts.quickAdd' },
  shortcutSheet: { scope: 'anywhere', combos: [{ key: '/', mod: true }], description: 'shortcuts.sheet' },
  search: { scope: 'outsideFields', combos: [{ key: '/' }, { key: 'f', mod: true }], description: 'shortcuts.search' },
  cite: { scope: 'editor', combos: [{ key: 'k', mod: true }], description: 'shortcuts.cite' },
  link: { scope: 'editor', combos: [{ key: 'k', mod: true, shift: true }], description: 'shortcuts.link' },
  find: { scope: 'editor', combos: [{ key: 'f', mod: true }], description: 'shortcuts.find' },
  findNext: { scope: 'editor', combos: [{ key: 'Enter' }], description: 'shortcuts.findNext' },
  findPrevious: { scope: 'editor', combos: [{ key: 'Enter', shift: true }], description: 'shortcuts.findPrevious' },
  openCitation: { scope: 'editor', combos: [{ key: 'Enter' }], description: 'shortcuts.openCitation' },
  closeEditorPanel: { scope: 'editor', combos: [{ key: 'Escape' }], description: 'shortcuts.closeEditorPanel' },
  chipOpen: { scope: 'editor', combos: [{ key: 'Enter' }, { key: ' ' }], description: 'shortcuts.chipOpen' },
  chipRemove: { scope: 'editor', combos: [{ key: 'Backspace' }, { key: 'Delete' }], description: 'shortcuts.chipRemove' },
  bold: { scope: 'editor', combos: [{ key: 'b', mod: true }], description: 'shortcuts.bold' },
  italic: { scope: 'editor', combos: [{ key: 'i', mod: true }], description: 'shortcuts.italic' },
  undo: { scope: 'editor', combos: [{ key: 'z', mod: true }], description: 'shortcuts.undo' },
  redo: { scope: 'editor', combos: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }], description: 'shortcuts.redo' },
  storyEnd: { scope: 'editor', combos: [{ key: 'End', mod: true }, { key: 'ArrowDown', mod: true, macOnly: true }], description: 'shortcuts.storyEnd' },
  storyStart: { scope: 'editor', combos: [{ key: 'Home', mod: true }, { key: 'ArrowUp', mod: true, macOnly: true }], description: 'shortcuts.storyStart' },
  paletteQuote: { scope: 'palette', combos: [{ key: 'Enter' }], description: 'shortcuts.paletteQuote' },
  paletteAttribute: { scope: 'palette', combos: [{ key: 'Enter', alt: true }], description: 'shortcuts.paletteAttribute' },
  paletteSelect: { scope: 'palette', combos: [{ key: 'Enter', shift: true }], description: 'shortcuts.paletteSelect' },
  reviewNext: { scope: 'review', combos: [{ key: 'j' }, { key: 'ArrowDown' }], description: 'shortcuts.reviewNext' },
  reviewPrevious: { scope: 'review', combos: [{ key: 'k' }, { key: 'ArrowUp' }], description: 'shortcuts.reviewPrevious' },
  reviewFirst: { scope: 'review', combos: [{ key: 'Home' }], description: 'shortcuts.reviewFirst' },
  reviewLast: { scope: 'review', combos: [{ key: 'End' }], description: 'shortcuts.reviewLast' },
  reviewOpen: { scope: 'review', combos: [{ key: 'Enter' }], description: 'shortcuts.reviewOpen' },
  quickAddSave: { scope: 'quickAdd', combos: [{ key: 'Enter', mod: true }], description: 'shortcuts.quickAddSave' },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

const isLetterKey = (key: string) => /^[a-z]$/.test(key);

function comboMatches(combo: KeyCombo, event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  if (!!combo.alt !== event.altKey) return false;
  if (!!combo.mod !== (event.ctrlKey || event.metaKey)) return false;
  if (isLetterKey(combo.key)) {
    if (!!combo.shift !== event.shiftKey) return false;
    return event.key.toLowerCase() === combo.key || event.code === `Key${combo.key.toUpperCase()}`;
  }
  // A symbol may need Shift on some layouts ("/" is Shift+7 on a German keyboard): Shift only
  // counts for named keys (Enter, End…).
  if (combo.key.length > 1 && !!combo.shift !== event.shiftKey) return false;
  return event.key === combo.key;
}

/** The shortcut's key combinations on this platform. */
export function combosOf(id: ShortcutId, mac = isMac): KeyCombo[] {
  return (SHORTCUTS[id].combos as readonly KeyCombo[]).filter((combo) => mac || !combo.macOnly);
}

/** True when the event is one of the shortcut's key combinations. */
export function matches(id: ShortcutId, event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  return combosOf(id).some((combo) => comboMatches(combo, event));
}

const KEY_NAMES: Record<string, { mac: string; other: string }> = {
  ArrowDown: { mac: '↓', other: '↓' },
  ArrowUp: { mac: '↑', other: '↑' },
  Enter: { mac: '↩', other: 'Enter' },
  Escape: { mac: 'Esc', other: 'Esc' },
  ' ': { mac: 'Space', other: 'Space' },
  Backspace: { mac: '⌫', other: 'Backspace' },
  Delete: { mac: '⌦', other: 'Delete' },
};

/** A combination as people read it: "Ctrl+Shift+N", "⌘⇧N". */
export function comboLabel(combo: KeyCombo, mac = isMac): string {
  const name = KEY_NAMES[combo.key]?.[mac ? 'mac' : 'other'] ?? (isLetterKey(combo.key) ? combo.key.toUpperCase() : combo.key);
  if (mac) return `${combo.mod ? '⌘' : ''}${combo.alt ? '⌥' : ''}${combo.shift ? '⇧' : ''}${name}`;
  return [combo.mod ? 'Ctrl' : '', combo.alt ? 'Alt' : '', combo.shift ? 'Shift' : '', name].filter(Boolean).join('+');
}

/** A combination as aria-keyshortcuts wants it: "Control+Shift+N". */
export function comboAria(combo: KeyCombo, mac = isMac): string {
  const name = isLetterKey(combo.key) ? combo.key.toUpperCase() : combo.key === ' ' ? 'Space' : combo.key;
  return [combo.mod ? (mac ? 'Meta' : 'Control') : '', combo.alt ? 'Alt' : '', combo.shift ? 'Shift' : '', name].filter(Boolean).join('+');
}

/** The shortcut's first combination for a button's hint, and all of them for aria-keyshortcuts. */
export function shortcutHint(id: ShortcutId): { label: string; aria: string } {
  const combos = combosOf(id);
  return { label: comboLabel(combos[0]!), aria: combos.map((combo) => comboAria(combo)).join(' ') };
}

/** The combination in ProseMirror's keymap notation ("Mod-End", "Shift-Mod-End"). */
export function keymapName(combo: KeyCombo): string {
  return [combo.shift ? 'Shift' : '', combo.alt ? 'Alt' : '', combo.mod ? 'Mod' : '', combo.key === ' ' ? 'Space' : combo.key].filter(Boolean).join('-');
}
