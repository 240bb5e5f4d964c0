import type { ReactNode } from 'react';
import { useFocusOnMount } from '../app/use-focus-on-mount';

interface ScreenHeadingProps {
  children: ReactNode;
  /** Off when the screen puts focus on its first field instead. */
  focusOnMount?: boolean;
  className?: string;
}

/** The h1 of a screen; it takes focus when the screen appears so screen readers announce the change. */
export function ScreenHeading({ children, focusOnMount = true, className = 'screen-title' }: ScreenHeadingProps) {
  const ref = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
