// The fixed set of error codes that may cross the IPC boundary. Anything else is INTERNAL.
export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN',
  'LOCKED',
  'WRONG_PASSPHRASE',
  'VAULT_DAMAGED',
  'VAULT_UNSUPPORTED',
  'NOT_FOUND',
  'CONFLICT',
  /** A vault file older than the vault itself records (put back, or still arriving from a sync). */
  'ROLLED_BACK',
  'IO',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside main-side modules; the IPC handler turns it into `{code, message}`. */
export class ShieldnoteError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ShieldnoteError';
    this.code = code;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
