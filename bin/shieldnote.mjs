#!/usr/bin/env node
// `npx shieldnote …` from a clone after `npm ci`: runs the TypeScript CLI (main/cli/cli.ts)
// through the tsx loader that `npm ci` installs, so there is no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/cli.ts');
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
