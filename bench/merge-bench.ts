import { mergeCatalogs } from '../main/sync/catalog-merge';
import { serializeCatalog, stampAndSerialize } from '../main/sync/stamp';
import type { CatalogData } from '../main/vault/catalog-adapter';
import { generateCatalogCollections } from './fixture-data';
import { median, report } from './report';

// `bench merge`: a three-way merge (item version vectors and field dots stand in for the shared
// ancestor) of two copies of a 10,000-statement catalog that each changed 200 statements since
// they last met, 50 of them on both sides (the same field: a history entry and a notice each).
// Baseline in the same run: serializing that catalog once, which every catalog save pays.

const STATEMENTS = 10_000;
const CHANGES = 200;
const BOTH = 50;
const RUNS = 15;

function baseCatalog(): CatalogData {
  const collections = generateCatalogCollections(STATEMENTS, 50);
  const data: CatalogData = { schema: 1, meta: { name: 'Bench', createdAt: '2025-05-05T10:00:00.000Z', updatedAt: '2025-05-05T10:00:00.000Z', recoveryKeyConfirmed: true }, collections };
  // Every item as written once by the device that made the vault.
  const empty = serializeCatalog({ ...data, collections: {} }).snapshot;
  stampAndSerialize(data, empty, 'a0a0a0a0a0a0a0a0', Date.parse('2025-05-05T10:00:00.000Z'));
  return data;
}

function changedCopy(base: CatalogData, device: string, from: number, at: number): CatalogData {
  const snapshot = serializeCatalog(base).snapshot;
  const copy = structuredClone(base);
  const ids = Object.keys(copy.collections.statements!);
  for (let i = from; i < from + CHANGES; i++) {
    const item = copy.collections.statements![ids[i]!] as { text: string; tags: string[] };
    item.text = `${item.text} (edited on ${device})`;
    item.tags = [...item.tags, device.slice(0, 4)];
  }
  stampAndSerialize(copy, snapshot, device, at);
  return copy;
}

export async function benchMerge(): Promise<void> {
  const base = baseCatalog();
  const local = changedCopy(base, 'b1b1b1b1b1b1b1b1', 0, Date.parse('2025-05-06T10:00:00.000Z'));
  const remote = changedCopy(base, 'c2c2c2c2c2c2c2c2', CHANGES - BOTH, Date.parse('2025-05-06T11:00:00.000Z'));
  const mergeTimes: number[] = [];
  const stringifyTimes: number[] = [];
  let notices = 0;
  for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.();
    let started = performance.now();
    const result = mergeCatalogs(local, remote);
    mergeTimes.push(performance.now() - started);
    notices = result.notices.length;
    globalThis.gc?.();
    started = performance.now();
    JSON.stringify(local);
    stringifyTimes.push(performance.now() - started);
  }
  const merge = median(mergeTimes);
  const stringify = median(stringifyTimes);
  report('merge_ms', merge, `median of ${RUNS}: ${STATEMENTS.toLocaleString('en')} statements, ${CHANGES} changed on each side, ${BOTH} on both (${notices} notices); target <= 100`);
  report('merge_baseline_stringify_ms', stringify, 'the same catalog serialized once (what every catalog save pays)');
  report('merge_vs_stringify_ratio', merge / stringify);
}
