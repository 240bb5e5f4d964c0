import type { Editor } from '@tiptap/core';
import { useLayoutEffect, type RefObject } from 'react';

// The editor's chrome stays put while the story scrolls: the app header (Lock), the draft's top
// bar (status, actions) and the formatting toolbar stick to the top, the status bar to the
// bottom. Their heights vary (the top bar wraps on narrow windows), so they are measured, and the
// same figures keep the caret clear of them: ProseMirror scrolls the selection into view inside
// these margins, and the page's scroll padding does the same for focus moves and anchors.

/** Breathing room between the caret line and a bar, in pixels. */
const GAP = 12;

interface StickyChrome {
  screen: RefObject<HTMLElement | null>;
  topbar: RefObject<HTMLElement | null>;
  toolbar: RefObject<HTMLElement | null>;
  statusBar: RefObject<HTMLElement | null>;
}

const height = (element: Element | null | undefined) => (element ? element.getBoundingClientRect().height : 0);

export function useStickyChrome(editor: Editor, { screen, topbar, toolbar, statusBar }: StickyChrome) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    // The app frame's header is outside this screen (absent in isolated renders).
    const appHeader = document.querySelector('.frame-header');
    function measure() {
      const header = height(appHeader);
      const top = header + height(topbar.current);
      const covered = top + height(toolbar.current) + GAP;
      const bottom = height(statusBar.current) + GAP;
      screen.current?.style.setProperty('--app-header-height', `${header}px`);
      screen.current?.style.setProperty('--draft-sticky-top', `${top}px`);
      root.style.scrollPaddingTop = `${covered}px`;
      root.style.scrollPaddingBottom = `${bottom}px`;
      if (!editor.isDestroyed) {
        const margin = { top: covered, bottom, left: 5, right: 5 };
        editor.view.setProps({ scrollMargin: margin, scrollThreshold: margin });
      }
    }
    measure();
    // Absent in test DOMs (jsdom): the margins measured once are all there is to keep.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    for (const element of [appHeader, topbar.current, toolbar.current, statusBar.current]) if (element) observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.scrollPaddingTop = '';
      root.style.scrollPaddingBottom = '';
    };
  }, [editor, screen, topbar, toolbar, statusBar]);
}
