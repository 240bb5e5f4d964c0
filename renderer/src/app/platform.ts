import { isMac, shortcutHint } from './shortcuts';

export { isMac };

// The hints buttons show ("⌘L" / "Ctrl+L") and their aria-keyshortcuts, from the one shortcut table.
export const lockShortcut = shortcutHint('lock');
export const quickAddShortcut = shortcutHint('quickAdd');
export const saveShortcut = shortcutHint('quickAddSave');
export const searchShortcut = shortcutHint('search');

/** The platform's command key is held: Cmd on macOS, Ctrl elsewhere. */
export function commandKey(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}
