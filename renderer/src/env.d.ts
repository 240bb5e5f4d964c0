import type { ShieldnoteApi } from '../../common/api/bridge';

declare global {
  interface Window {
    /** Exposed by the preload through contextBridge: the renderer's only way to reach the app. */
    shieldnote: ShieldnoteApi;
  }
}

export {};
