import type { VaultStatus } from '../types';
import { method, noInput } from './fields';

// The sample vault (sample area).

export const sampleMethods = {
  /** Builds the sample vault in its own folder if it is not there, and opens it with its shown passphrase. */
  openSampleVault: method<VaultStatus>()(noInput),
  /** Main asks with its own dialog, then removes the sample vault's folder; `deleted` false when the user said no. */
  deleteSampleVault: method<{ deleted: boolean; status: VaultStatus }>()(noInput),
};
