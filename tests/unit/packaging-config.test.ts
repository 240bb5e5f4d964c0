import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

// Installers cannot be built on the test machines (no Electron download), so the release
// configuration itself is checked: app id, targets, what goes in, and every Electron fuse.

const require = createRequire(import.meta.url);
const config = require('../../electron-builder.config.cjs') as Configuration;

describe('release packaging configuration', () => {
  it('flips every security fuse for release builds', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has the app id, asar, only the built app, and installers for every desktop', () => {
    expect(config.appId).toBe('org.shieldnote.app');
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/**/*', 'package.json']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.publish).toBeNull(); // no update feed: the app makes no network request
  });

  it('passes the schema check of electron-builder itself (misspelled options would fail here)', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration: (c: Configuration, logger: unknown) => Promise<void> };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, electronFuses: { runAsNod: false } } as Configuration, new DebugLogger(false))).rejects.toThrow();
  });

  it('is what `npm run dist` builds with', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.dist).toBe('electron-vite build && electron-builder --config electron-builder.config.cjs');
  });
});
