import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './common/security/csp';

// The CSP also goes into the built index.html as a <meta> (defence in depth, and visible to
// static scanners). Not in dev: Vite's dev server injects inline styles the policy forbids.
function cspMeta(): Plugin {
  return {
    name: 'shieldnote-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// SHIELDNOTE_EAGER_RENDERER=1 builds the renderer as one chunk into out-eager/ (everything
// loaded up front): only for the bench's first-paint comparison.
const eager = process.env.SHIELDNOTE_EAGER_RENDERER === '1';

// main: ESM, dependencies stay in node_modules (libsodium's WASM is loaded from there too).
// preload: one CommonJS file with nothing external but electron: sandboxed preloads cannot
// require anything else. renderer: the React app, served from app:// in production.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('main/electron/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    build: {
      outDir: eager ? 'out-eager/renderer' : 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') }, ...(eager ? { output: { inlineDynamicImports: true } } : {}) },
    },
  },
});
