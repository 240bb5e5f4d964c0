import { z } from 'zod';
import { RECOVERY_KEY_MAX_INPUT } from '../../vault/recovery-key';
import { PASSPHRASE_MAX_LENGTH } from '../../vault/passphrase-strength';

// What every area's schemas are made of: the method wrapper and the fields more than one area takes.

/** A method of the API: its input schema and, as a phantom type, its result. */
export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  readonly _result?: R;
}

export function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

export const noInput = z.strictObject({});

// Absolute POSIX or Windows path; no NUL bytes (they truncate paths in native calls).
export const vaultPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'Path must not contain NUL')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'Path must be absolute');

export const passphrase = z.string().min(1, 'Enter the passphrase').max(PASSPHRASE_MAX_LENGTH);
export const recoveryKey = z.string().min(1, 'Enter the recovery key').max(RECOVERY_KEY_MAX_INPUT);
export const vaultName = z
  .string()
  .trim()
  .min(1, 'Give the vault a name')
  .max(80, 'Keep the name under 80 characters')
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'Name must not contain control characters');

export const id = z.string().regex(/^[0-9a-f]{32}$/, 'Malformed id');
/** Attachments cross as base64; 25 MiB of file is about 35 MB of text. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;
// The length is checked first and stops the check: a 100 MB payload never reaches the pattern.
export const base64 = z
  .string()
  .max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4, { abort: true, message: 'Attachments are limited to 25 MB' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64');

/** A file's name as the reporter's system gave it: kept for them, never exported. */
export const fileName = z.string().trim().min(1).max(255).refine((s) => !/[\u0000-\u001f\u007f/\\]/.test(s), 'Not a valid file name');
