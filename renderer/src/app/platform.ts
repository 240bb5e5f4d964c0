// navigator.platform is deprecated but still the simplest synchronous hint Chromium gives us.
export const isMac = typeof navigator !== 'undefined' && /mac/i.test(navigator.platform);

/** The lock shortcut as shown to people ("⌘L" / "Ctrl+L") and as aria-keyshortcuts wants it. */
export const lockShortcut = isMac
  ? { label: '⌘L', aria: 'Meta+L' }
  : { label: 'Ctrl+L', aria: 'Control+L' };
