import { benchDrafts } from './draft-bench';
import { benchEditor } from './editor-bench';
import { benchKoreanEditor } from './korean-editor-bench';
import { benchExport } from './export-bench';
import { benchFirstPaint } from './first-paint-bench';
import { benchImport } from './import-bench';
import { benchLeakGuard } from './leak-bench';
import { benchPublish } from './publish-bench';
import { benchScale } from './scale-bench';
import { benchSearch } from './search-bench';
import { benchVault } from './vault-bench';
import { benchBackups } from './backup-bench';
import { benchWorstCalls } from './worst-call-bench';
import { benchSync } from './sync-bench';
import { benchMerge } from './merge-bench';
import { benchSyncSim } from './sync-sim-bench';

// `npm run bench`: figures for the issues' targets, each against a baseline from the same run.
const only = process.argv[2];
if (!only || only === 'vault') await benchVault();
if (!only || only === 'backups') await benchBackups();
if (!only || only === 'search') await benchSearch();
if (!only || only === 'scale') await benchScale();
if (!only || only === 'drafts') await benchDrafts();
if (!only || only === 'leaks') await benchLeakGuard();
if (!only || only === 'export') await benchExport();
if (!only || only === 'import') await benchImport();
if (!only || only === 'worst') await benchWorstCalls();
if (!only || only === 'merge') await benchMerge();
if (!only || only === 'sync-sim') await benchSyncSim();
// Real Syncthing on loopback (Debian's syncthing); skipped with a note when it is missing.
if (!only || only === 'sync') await benchSync();
// --- wordpress --- (printed only while scripts/wordpress/start.sh's WordPress runs)
if (!only || only === 'publish') await benchPublish();
// Needs the built renderer (npm run build) and Chromium.
if (!only || only === 'editor') await benchEditor();
if (!only || only === 'editor-ko') await benchKoreanEditor();
if (!only || only === 'paint') await benchFirstPaint();
