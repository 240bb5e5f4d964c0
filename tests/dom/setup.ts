import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { createElement, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { en } from '../../renderer/src/i18n/messages/en';

// Screens read their text from the message catalogs; a component rendered on its own gets the
// English catalog (the whole App brings its own provider, which takes over inside it).
vi.mock('@testing-library/react', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@testing-library/react')>();
  const Intl = ({ children }: { children: ReactNode }) => createElement(IntlProvider, { locale: 'en', messages: en }, children);
  const render = ((ui: Parameters<typeof actual.render>[0], options?: Parameters<typeof actual.render>[1]) => actual.render(ui, { wrapper: Intl, ...options })) as typeof actual.render;
  return { ...actual, render };
});

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
