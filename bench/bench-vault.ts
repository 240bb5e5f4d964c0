import path from 'node:path';
import { ShieldnoteService } from '../main/service/shieldnote-service';
import { FAST_KDF, STRONG_PASSPHRASE, tempDir, testPlatform } from '../tests/support/temp-dirs';
import { generateCatalogCollections, type BenchStatement } from './fixture-data';

/**
 * A service with an unlocked vault holding one source, `statements` generated statements and
 * `drafts` drafts' metadata; `pickFolder` answers main's folder picker (exports).
 */
export async function benchVaultWith(statements: number, drafts = 0, pickFolder?: () => Promise<string | null>) {
  const dir = tempDir('shieldnote-bench-');
  const service = new ShieldnoteService({ platform: testPlatform(dir.path, pickFolder), kdfPolicy: FAST_KDF });
  await service.createVault({ path: path.join(dir.path, 'v'), name: 'bench', passphrase: STRONG_PASSPHRASE });
  const source = await service.saveSource({ label: { adjective: '', noun: 'source', qualifier: 'in China' }, access: '', anonymityReason: '', reliability: 'new', poolSize: null, notes: '' });
  const collections = generateCatalogCollections(statements, drafts);
  const generated: BenchStatement[] = Object.values(collections.statements).map((s) => ({ ...s, sourceId: source.id }));
  await service.requireVault().update((data) => {
    data.collections.statements = Object.fromEntries(generated.map((s) => [s.id, { ...s, revision: 1, history: [], attachments: [], archived: false }]));
    if (drafts > 0) data.collections.drafts = collections.drafts;
  });
  // Lock and unlock, so that the session (search index included) is built from what was written.
  await service.lock();
  await service.unlock({ method: 'passphrase', passphrase: STRONG_PASSPHRASE });
  // Searches before the index is ready scan the items; the figures here are of the index.
  await service.searchReady();
  return {
    service,
    source,
    statements: generated,
    passphrase: STRONG_PASSPHRASE,
    appDataDir: dir.path,
    dispose: async () => {
      await service.shutdown();
      dir.remove();
    },
  };
}
