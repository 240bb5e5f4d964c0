import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import formatjs from 'eslint-plugin-formatjs';
import { builtinModules } from 'node:module';

// Layer boundaries (DESIGN §6): common/ is pure; renderer/ never reaches main/ or Node; only the
// Electron entry (main/electron/) and preload/ import electron.
// Every renderer file's interface text comes from the catalogs (see the formatjs rule below).
const I18N_CHECKED_FILES = ['renderer/src/**/*.{ts,tsx}'];

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
  // as a JSX child or in a label-like prop fails.
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
          // The English catalog is plain data: main formats common/'s message descriptors from it.
          patterns: [{ regex: '/(?:renderer/(?!src/i18n/messages/en$)|preload/)', message: 'main/ does not import renderer or preload code.' }],
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
