import { useEffect, useRef } from 'react';

/**
 * After a refused submit, moves focus to the first field marked invalid, so keyboard and screen
 * reader users land on the problem. `attempt` counts refusals; the first render does nothing.
 */
export function useFocusFirstInvalid<T extends HTMLElement>(attempt: number) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (attempt === 0) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);
  return ref;
}
