import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(window, 'shieldnote');
});

// jsdom has no print dialog.
window.print = () => {};

// jsdom has no object URLs; attachments' thumbnails only need a unique string back.
let objectUrls = 0;
URL.createObjectURL ??= () => `blob:shieldnote-test/${++objectUrls}`;
URL.revokeObjectURL ??= () => {};

// A test that switched to fake timers gets real ones back.
afterEach(() => {
  vi.useRealTimers();
});
