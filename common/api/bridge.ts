import type { ApiResult } from './errors';
import { METHOD_NAMES, type MethodName } from './method-names';
import type { InputOf, ResultOf } from './contract';

/** What the renderer's `shieldnote` global offers: one named function per contract method. */
export type ShieldnoteApi = {
  // Methods whose input is the empty object may be called with no argument.
  [M in MethodName]: Record<never, never> extends InputOf<M>
    ? (input?: InputOf<M>) => Promise<ApiResult<ResultOf<M>>>
    : (input: InputOf<M>) => Promise<ApiResult<ResultOf<M>>>;
};

export type Invoke = (method: MethodName, input: unknown) => Promise<unknown>;

/**
 * Builds the named-function API over one transport. The preload uses it with ipcRenderer; the
 * end-to-end harness uses the same names over a Playwright binding.
 */
export function buildBridge(invoke: Invoke): ShieldnoteApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of METHOD_NAMES) {
    api[name] = (input?: unknown) => invoke(name, input ?? {});
  }
  return Object.freeze(api) as unknown as ShieldnoteApi;
}
