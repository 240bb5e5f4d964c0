// The sample vault (issue 17): built on request in its own folder from the project's own story,
// so a newcomer can try every screen on material that is not theirs. Its passphrase is no
// secret: the unlock screen shows it.

export const SAMPLE_VAULT_PASSPHRASE = 'ferry lantern river sample 2018';
export const SAMPLE_VAULT_NAME = 'Sample vault: border trade story';
/** The folder under the app data folder that holds the sample vault and nothing else. */
export const SAMPLE_VAULT_FOLDER = 'Sample vault';
