import { createContext, use } from 'react';
import type { Route } from './routes';

export interface NoticeAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface FrameActions {
  navigate: (route: Route) => void;
  /** Shows a message in the frame's status area, optionally with one action ("Undo"). */
  notify: (message: string, action?: NoticeAction) => void;
  openQuickAdd: () => void;
}

export const FrameContext = createContext<FrameActions | null>(null);

export function useFrame(): FrameActions {
  const frame = use(FrameContext);
  if (!frame) throw new Error('useFrame outside AppFrame');
  return frame;
}
