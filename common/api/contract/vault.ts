import { z } from 'zod';
import { INTERFACE_LANGUAGE_CHOICES, type InterfaceLanguageSetting } from '../interface-languages';
import type { ClipboardCopy, CreatedVault, KnownVault, PickedFolder, Preferences, VaultStatus } from '../types';
import { method, noInput, passphrase, recoveryKey, vaultName, vaultPath } from './fields';

// Choosing, creating, unlocking and locking a vault; preferences and the interface language (vault area).

export const vaultMethods = {
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

  getPreferences: method<Preferences>()(noInput),
  updatePreferences: method<Preferences>()(
    z.strictObject({
      identityRevealSeconds: z.number().int().min(5, 'At least 5 seconds').max(600, 'At most 10 minutes').optional(),
      newsroomRegions: z.array(z.string().regex(/^[A-Z]{2}$/, 'Two-letter region codes, such as KR or CN')).max(30, 'At most 30 regions').optional(),
    }),
  ),

  /** This installation's interface language (kept outside the vault: the lock screen needs it). */
  getInterfaceLanguage: method<InterfaceLanguageSetting>()(noInput),
  setInterfaceLanguage: method<InterfaceLanguageSetting>()(z.strictObject({ choice: z.enum(INTERFACE_LANGUAGE_CHOICES) })),
};
