import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The lint rules are what keep the layers honest; prove they bite.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('layer boundaries', () => {
  it('keeps Node, Electron and the DOM out of common/', async () => {
    expect(await ruleIdsFor('common/example.ts', "import fs from 'node:fs';\nexport const x = fs;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('common/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('common/example.ts', 'export const x = document.title;\n')).toContain('no-restricted-globals');
    expect(await ruleIdsFor('common/example.ts', "import { Vault } from '../main/vault/vault';\nexport const x = Vault;\n")).toContain('no-restricted-imports');
  });

  it('keeps the renderer away from main/ and Node', async () => {
    expect(await ruleIdsFor('renderer/src/example.ts', "import { Vault } from '../../main/vault/vault';\nexport const x = Vault;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('renderer/src/example.ts', "import path from 'node:path';\nexport const x = path;\n")).toContain('no-restricted-imports');
  });

  it('lets only main/electron/ and preload/ import electron', async () => {
    expect(await ruleIdsFor('main/vault/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('main/electron/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
    expect(await ruleIdsFor('preload/example.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toEqual([]);
  });
});
