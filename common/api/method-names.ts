// Kept apart from the schemas so the preload bundle carries names only, not zod.
export const METHOD_NAMES = [
  'getStatus',
  'listVaults',
  'selectVault',
  'pickVaultFolder',
  'createVault',
  'copyRecoveryKey',
  'confirmRecoveryKey',
  'unlock',
  'lock',
  'renameVault',
  'getPreferences',
  'updatePreferences',
  'listSources',
  'saveSource',
  'revealIdentity',
  'hideIdentity',
  'saveIdentity',
  'copyIdentityTerm',
  'listStatements',
  'getStatement',
  'saveStatement',
  'saveStatements',
  'addAttachment',
  'getAttachment',
  'removeAttachment',
  'search',
  'listTags',
  'deleteItem',
  'setArchived',
  'undoDelete',
  'listAudit',
  'listDrafts',
  'createDraft',
  'getDraft',
  'saveDraftBody',
  'saveDraftMeta',
  'setDraftStatus',
  'scanDraft',
  'dismissFinding',
  // --- hardening: passphrase, recovery key, travel mode, burn ---
  'changePassphrase',
  'setPassphraseAfterRecovery',
  'replaceRecoveryKey',
  'getTravelStatus',
  'createTravelKey',
  'enterTravelMode',
  'restoreFromTravel',
  'burnIdentity',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const IPC_CHANNEL_PREFIX = 'shieldnote:';

export function channelFor(method: MethodName): string {
  return IPC_CHANNEL_PREFIX + method;
}
