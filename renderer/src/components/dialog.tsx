import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Receives focus when the dialog opens; otherwise its first control does. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Kept "dialog" for confirmations too, so they are found the same way. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  describedBy?: string;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.closest('[hidden], [inert]'));
}

/** True while any modal dialog is open: global shortcuts stand back. */
export function modalOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}

/**
 * A modal dialog: rendered at the end of <body>, everything else made inert, Tab kept inside,
 * Escape closes, and focus goes back where it was when the dialog closes.
 */
export function Dialog({ title, onClose, children, initialFocus, role = 'dialog', className, describedBy }: DialogProps) {
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  // A layout effect: it runs before any content's own focus effect, so it still sees the control
  // that opened the dialog.
  useLayoutEffect(() => {
    const backdrop = backdropRef.current;
    if (!backdrop) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;

    // Everything beside the dialog is inert: no clicks, no focus, hidden from assistive tech.
    const madeInert = [...document.body.children].filter(
      (element): element is HTMLElement => element !== backdrop && element instanceof HTMLElement && !element.inert,
    );
    for (const element of madeInert) element.inert = true;

    return () => {
      for (const element of madeInert) element.inert = false;
      // Back to the control that opened the dialog, if it is still there.
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    // Content may already have placed focus inside (a form focusing its first field).
    if (!panel.contains(document.activeElement)) (initialFocus?.current ?? focusables(panel)[0] ?? panel).focus();
    // Opening is a one-off; the initial focus target is read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !panelRef.current) return;
    const items = focusables(panelRef.current);
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    if (event.shiftKey && (document.activeElement === first || document.activeElement === panelRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div ref={backdropRef} className="dialog-backdrop">
      <div
        ref={panelRef}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={['dialog', className].filter(Boolean).join(' ')}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
