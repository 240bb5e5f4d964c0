// navigator.platform is deprecated but still the simplest synchronous hint Chromium gives us.
export const isMac = typeof navigator !== 'undefined' && /mac/i.test(navigator.platform);

/** The lock shortcut as shown to people ("⌘L" / "Ctrl+L") and as aria-keyshortcuts wants it. */
export const lockShortcut = isMac
  ? { label: '⌘L', aria: 'Meta+L' }
  : { label: 'Ctrl+L', aria: 'Control+L' };

/** Opens the quick-add dialog from anywhere in the unlocked app. */
export const quickAddShortcut = isMac
  ? { label: '⌘⇧N', aria: 'Meta+Shift+N' }
  : { label: 'Ctrl+Shift+N', aria: 'Control+Shift+N' };

/** Saves the quick-add dialog from any field, the statement text included. */
export const saveShortcut = isMac ? { label: '⌘↩', aria: 'Meta+Enter' } : { label: 'Ctrl+Enter', aria: 'Control+Enter' };

/** Focuses the search box (when not typing in a field). */
export const searchShortcut = isMac ? { label: '/', aria: '/ Meta+F' } : { label: '/', aria: '/ Control+F' };

/** The platform's command key is held: Cmd on macOS, Ctrl elsewhere. */
export function commandKey(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}
