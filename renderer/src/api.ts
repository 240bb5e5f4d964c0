import type { ShieldnoteApi } from '../../common/api/bridge';
import type { ApiResult } from '../../common/api/errors';
import { localizeError } from './i18n/main-errors';
import { translate } from './i18n/translate';

const bridgeMissing = () => translate('errors.bridgeMissing');

/**
 * Calls one method of `window.shieldnote`. The bridge promises an ApiResult, but IPC itself can
 * reject (window closing, a missing preload); callers get that as an ordinary error result so
 * every screen has exactly one failure path to render. Errors come back in the interface language.
 */
export async function callApi<T>(
  run: (api: ShieldnoteApi) => Promise<ApiResult<T>>,
): Promise<ApiResult<T>> {
  // The global is typed as always present, but a broken preload leaves it undefined.
  const api = window.shieldnote as ShieldnoteApi | undefined;
  if (!api) return { ok: false, error: { code: 'INTERNAL', message: bridgeMissing() } };
  try {
    const result = await run(api);
    // Main's English messages in the interface language (i18n/main-errors.ts).
    return result.ok ? result : { ok: false, error: localizeError(result.error) };
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: bridgeMissing() } };
  }
}
