import { benchDrafts } from './draft-bench';
import { benchEditor } from './editor-bench';
import { benchLeakGuard } from './leak-bench';
import { benchSearch } from './search-bench';
import { benchVault } from './vault-bench';
import { benchBackups } from './backup-bench';

// `npm run bench`: figures for the issues' targets, each against a baseline from the same run.
const only = process.argv[2];
if (!only || only === 'vault') await benchVault();
if (!only || only === 'backups') await benchBackups();
if (!only || only === 'search') await benchSearch();
if (!only || only === 'drafts') await benchDrafts();
if (!only || only === 'leaks') await benchLeakGuard();
// Needs the built renderer (npm run build) and Chromium.
if (!only || only === 'editor') await benchEditor();
