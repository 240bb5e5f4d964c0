import { useEffect, useRef } from 'react';

/** Moves focus to the element once it mounts, so screen changes are announced and keyboard users start at the top. */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
