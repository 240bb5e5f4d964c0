import path from 'node:path';
import { ShieldnoteService } from '../main/service/shieldnote-service';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../tests/support/temp-dirs';
import { generateCatalogCollections, type BenchStatement } from './fixture-data';

/** A service with an unlocked vault holding one source and `statements` generated statements. */
export async function benchVaultWith(statements: number, pickFolder?: () => Promise<string | null>) {
  const dir = tempDir('shieldnote-bench-');
  const service = new ShieldnoteService({ platform: testPlatform(dir.path, pickFolder), kdfPolicy: FAST_KDF });
  await service.createVault({ path: path.join(dir.path, 'v'), name: 'bench', passphrase: STRONG_PASSPHRASE });
  const source = await service.saveSource({ label: { adjective: '', noun: 'source', qualifier: 'in China' }, access: '', anonymityReason: '', reliability: 'new', poolSize: null, notes: '' });
  const generated: BenchStatement[] = Object.values(generateCatalogCollections(statements, 0).statements).map((s) => ({ ...s, sourceId: source.id }));
  await service.requireVault().update((data) => {
    data.collections.statements = Object.fromEntries(generated.map((s) => [s.id, { ...s, revision: 1, history: [], attachments: [], archived: false }]));
  });
  return {
    service,
    source,
    statements: generated,
    passphrase: STRONG_PASSPHRASE,
    dispose: async () => {
      await service.shutdown();
      dir.remove();
    },
  };
}
