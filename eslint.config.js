import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import formatjs from 'eslint-plugin-formatjs';
import { builtinModules } from 'node:module';

// Layer boundaries (DESIGN §6): common/ is pure; renderer/ never reaches main/ or Node; only the
// Electron entry (main/electron/) and preload/ import electron.
// Renderer files whose interface text comes from the catalogs (see the formatjs rule below).
const I18N_CHECKED_FILES = [
  'renderer/src/i18n/**/*.{ts,tsx}',
  'renderer/src/frame/main-nav.tsx',
  'renderer/src/frame/interface-language-form.tsx',
  'renderer/src/frame/acronym-readings-form.tsx',
  'renderer/src/editor/draft-topbar.tsx',
  'renderer/src/editor/draft-panels.tsx',
  'renderer/src/editor/reader-preview.tsx',
  'renderer/src/export/export-screen.tsx',
  'renderer/src/help/**/*.{ts,tsx}',
  'renderer/src/app/shortcuts.ts',
  'renderer/src/frame/overview-page.tsx',
  'renderer/src/frame/frame-header.tsx',
  'renderer/src/sources/private-nickname.tsx',
  'renderer/src/sources/new-identity-fields.tsx',
  'renderer/src/frame/notices.tsx',
  'renderer/src/frame/sample-banner.tsx',
  'renderer/src/screens/sample-vault-offer.tsx',
  'renderer/src/screens/sample-vault-note.tsx',
  'renderer/src/editor/translate-dialog.tsx',
  'renderer/src/review/translation-compare.tsx',
  'renderer/src/editor/draft-fields.tsx',
  'renderer/src/editor/language-notice.tsx',
  'renderer/src/sources/label-preview.tsx',
  'renderer/src/sources/local-label-fields.tsx',
  'renderer/src/review/missing-label-notice.tsx',
  'renderer/src/frame/merge-notices.tsx',
  'renderer/src/editor/conflict-copy-note.tsx',
  'renderer/src/main.tsx',
  'renderer/src/app/**/*.tsx',
  'renderer/src/audit/**/*.tsx',
  'renderer/src/backups/**/*.tsx',
  'renderer/src/components/**/*.tsx',
  'renderer/src/imports/**/*.tsx',
  'renderer/src/items/**/*.tsx',
  'renderer/src/library/**/*.tsx',
  'renderer/src/people/**/*.tsx',
  'renderer/src/search/**/*.tsx',
  'renderer/src/travel/**/*.tsx',
  'renderer/src/screens/**/*.tsx',
  'renderer/src/frame/main-nav.tsx',
  'renderer/src/frame/interface-language-form.tsx',
  'renderer/src/frame/newsroom-regions-form.tsx',
  'renderer/src/frame/reveal-time-form.tsx',
  'renderer/src/frame/security-section.tsx',
  'renderer/src/frame/vault-settings-page.tsx',
  'renderer/src/frame/frame-context.tsx',
  'renderer/src/statements/**/*.tsx',
  'renderer/src/drafts/**/*.tsx',
  'renderer/src/editor/**/*.tsx',
  'renderer/src/export/**/*.tsx',
  'renderer/src/sources/**/*.tsx',
  'renderer/src/review/**/*.tsx',
];

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noElectron = { name: 'electron', message: 'Only main/electron/ and preload/ may import electron.' };
const nodeImports = nodeBuiltins.map((name) => ({ name, message: 'This layer must not use Node.' }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['common/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeImports, { name: 'react', message: 'common/ is framework-free.' }],
          patterns: [
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'common/ imports nothing from the other layers.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'XMLHttpRequest', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate'].map(
          (name) => ({ name, message: 'common/ must run anywhere: no DOM or Node globals.' }),
        ),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/dom/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeImports],
          patterns: [{ group: ['**/main/**', '**/preload/**'], message: 'The renderer talks to main only through window.shieldnote.' }],
        },
      ],
    },
  },
  // Interface text lives in the message catalogs (renderer/src/i18n/messages/): a literal string
  // as a JSX child or in a label-like prop fails. Files join this list as they are converted.
  {
    files: I18N_CHECKED_FILES,
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': ['error', { props: { include: [['*', '{label,hint,title,placeholder,confirmLabel,cancelLabel,backLabel,legend,heading,description,emptyText}']] } }],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ group: ['**/renderer/**', '**/preload/**'], message: 'main/ does not import renderer or preload code.' }],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/main/**', '**/renderer/**'], message: 'The preload uses common/ only.' }] },
      ],
    },
  },
);
