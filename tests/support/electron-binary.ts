import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds the Electron binary the way the electron package does, without require('electron'),
 * which on recent versions starts a download when the binary is missing.
 */
export function findElectronBinary(root = process.cwd()): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const binary = path.join(pkg, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
