import { z } from 'zod';
import type { MethodName } from './method-names';
import type {
  ClipboardCopy,
  CreatedVault,
  KnownVault,
  PickedFolder,
  VaultStatus,
} from './types';
import { PASSPHRASE_MAX_LENGTH } from '../vault/passphrase-strength';
import { RECOVERY_KEY_MAX_INPUT } from '../vault/recovery-key';

/** A method of the API: its input schema and, as a phantom type, its result. */
export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  readonly _result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

const noInput = z.strictObject({});

// Absolute POSIX or Windows path; no NUL bytes (they truncate paths in native calls).
const vaultPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'Path must not contain NUL')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'Path must be absolute');

const passphrase = z.string().min(1, 'Enter the passphrase').max(PASSPHRASE_MAX_LENGTH);
const recoveryKey = z.string().min(1, 'Enter the recovery key').max(RECOVERY_KEY_MAX_INPUT);
const vaultName = z
  .string()
  .trim()
  .min(1, 'Give the vault a name')
  .max(80, 'Keep the name under 80 characters')
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'Name must not contain control characters');

export const contract = {
  getStatus: method<VaultStatus>()(noInput),
  listVaults: method<KnownVault[]>()(noInput),
  selectVault: method<VaultStatus>()(z.strictObject({ path: vaultPath })),
  pickVaultFolder: method<PickedFolder>()(noInput),
  createVault: method<CreatedVault>()(
    z.strictObject({ path: vaultPath, name: vaultName, passphrase }),
  ),
  copyRecoveryKey: method<ClipboardCopy>()(noInput),
  confirmRecoveryKey: method<VaultStatus>()(z.strictObject({ recoveryKey })),
  unlock: method<VaultStatus>()(
    z.discriminatedUnion('method', [
      z.strictObject({ method: z.literal('passphrase'), passphrase }),
      z.strictObject({ method: z.literal('recoveryKey'), recoveryKey }),
    ]),
  ),
  lock: method<VaultStatus>()(noInput),
  renameVault: method<VaultStatus>()(z.strictObject({ name: vaultName })),
} satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type InputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = NonNullable<Contract[M]['_result']>;
