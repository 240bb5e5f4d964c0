import type { ShieldnoteApi } from '../../common/api/bridge';
import type { ApiResult } from '../../common/api/errors';

const BRIDGE_MISSING = 'Shieldnote could not reach its secure core. Restart the app.';

/**
 * Calls one method of `window.shieldnote`. The bridge promises an ApiResult, but IPC itself can
 * reject (window closing, a missing preload); callers get that as an ordinary error result so
 * every screen has exactly one failure path to render.
 */
export async function callApi<T>(
  run: (api: ShieldnoteApi) => Promise<ApiResult<T>>,
): Promise<ApiResult<T>> {
  // The global is typed as always present, but a broken preload leaves it undefined.
  const api = window.shieldnote as ShieldnoteApi | undefined;
  if (!api) return { ok: false, error: { code: 'INTERNAL', message: BRIDGE_MISSING } };
  try {
    return await run(api);
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: BRIDGE_MISSING } };
  }
}
