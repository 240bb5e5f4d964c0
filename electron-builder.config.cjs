// Release packaging (`npm run dist`): installers for Linux (AppImage, deb), macOS (dmg) and
// Windows (nsis). Only the built app (out/) and package.json go in, inside an asar archive, and
// the Electron binary's fuses are flipped before signing so a shipped Shieldnote cannot be turned
// into a plain Node runtime or debugger. tests/unit/packaging-config.test.ts checks every fuse.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.shieldnote.app',
  productName: 'Shieldnote',
  copyright: 'Shieldnote contributors',
  directories: { output: 'dist', buildResources: 'build' },
  // Production dependencies from node_modules are added by electron-builder itself.
  files: ['out/**/*', 'package.json'],
  asar: true,
  // Native and worker-loaded modules must exist as real files: sharp's binaries, and libsodium,
  // which the Argon2id worker thread loads by path (workers do not read inside app.asar).
  asarUnpack: ['**/node_modules/sharp/**', '**/node_modules/@img/**', '**/node_modules/libsodium*/**'],
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Encrypted notebook for reporters who protect their sources',
  },
  deb: { packageCategory: 'editors' },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  // No auto-update feed and no network at install or run time (DESIGN §2.5).
  publish: null,
};
