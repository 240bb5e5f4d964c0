import { contract } from '../../common/api/contract';
import { ShieldnoteError, type ApiError, type ApiResult } from '../../common/api/errors';
import { METHOD_NAMES, type MethodName } from '../../common/api/method-names';
import type { ServiceMethods } from '../service/shieldnote-service';

// The one door into the service. Checks who is calling, validates the payload against the
// contract, and turns every outcome into {ok, value} or {ok: false, error: {code, message}}.

export interface CallerFrame {
  /** URL of the frame that sent the call. */
  url: string;
  isMainFrame: boolean;
}

export interface HandlerOptions {
  /** The only origin allowed to call, e.g. "app://shieldnote". */
  allowedOrigin: string;
  /** Where unexpected errors are reported (never with payloads: they may hold secrets). */
  logError?: (method: string, error: unknown) => void;
}

export type ApiHandler = (caller: CallerFrame, method: unknown, payload: unknown) => Promise<ApiResult<unknown>>;

const IO_ERROR_CODES = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EROFS', 'EIO', 'EMFILE', 'ENFILE', 'EBUSY', 'EEXIST', 'ENOTDIR', 'EISDIR', 'ENOENT', 'EDQUOT', 'ENAMETOOLONG']);

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // URL.origin is "null" for non-special schemes such as app:, so build it ourselves.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ShieldnoteError) return { code: error.code, message: error.message };
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof errno === 'string' && IO_ERROR_CODES.has(errno)) {
    const hints: Record<string, string> = {
      ENOSPC: 'The disk is full.',
      EACCES: 'Shieldnote is not allowed to write there.',
      EPERM: 'Shieldnote is not allowed to write there.',
      EROFS: 'That disk is read-only.',
      ENAMETOOLONG: 'That path is too long for this system.',
    };
    return { code: 'IO', message: `${hints[errno] ?? 'A file operation failed.'} (${errno}) Nothing saved was lost.` };
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside Shieldnote. Nothing saved was lost.' };
}

export function createApiHandler(service: ServiceMethods, options: HandlerOptions): ApiHandler {
  return async (caller, method, payload) => {
    if (!caller.isMainFrame || originOf(caller.url) !== options.allowedOrigin) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls are accepted only from Shieldnote’s own window.' } };
    }
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'VALIDATION', message: 'Unknown method.' } };
    }
    const parsed = contract[method].input.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return { ok: false, error: { code: 'VALIDATION', message: `${where}${issue?.message ?? 'Invalid input.'}` } };
    }
    try {
      const call = service[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await call.call(service, parsed.data) };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'INTERNAL') options.logError?.(method, error);
      return { ok: false, error: apiError };
    }
  };
}
