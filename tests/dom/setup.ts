import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(window, 'shieldnote');
});

// jsdom has no print dialog.
window.print = () => {};
