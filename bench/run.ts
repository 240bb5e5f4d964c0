import { benchVault } from './vault-bench';

// `npm run bench`: figures for the issues' targets, each against a baseline from the same run.
await benchVault();
