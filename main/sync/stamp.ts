import type { CatalogData } from '../vault/catalog-adapter';
import { META_COLLECTION } from './catalog-merge';
import { sortedKeys, syncMetaOf, type Dot } from './sync-meta';

// Marks what this device changed since the catalog was last read, merged or written: each item
// is serialized once per save (that text is also what gets encrypted, so the save does not
// serialize twice) and compared with the text of the last save. A changed item gets this
// device's next counter and a dot on each changed field; an item that is gone gets a tombstone.

const SEP = '\u0000';

/** The text of every item at the last save, by "collection\0id". */
export type Snapshot = Map<string, string>;

export interface Stamped {
  /** The catalog's JSON, as JSON.stringify(data) would write it. */
  json: string;
  snapshot: Snapshot;
}

/** Serializes a catalog item by item, recording each item's text. */
export function serializeCatalog(data: CatalogData): Stamped {
  const snapshot: Snapshot = new Map();
  const metaJson = JSON.stringify(data.meta);
  snapshot.set(META_COLLECTION + SEP + 'vault', metaJson);
  const parts: string[] = [];
  for (const [name, items] of Object.entries(data.collections)) {
    const inner: string[] = [];
    for (const [id, item] of Object.entries(items)) {
      if (item === undefined) continue;
      const text = JSON.stringify(item);
      snapshot.set(name + SEP + id, text);
      inner.push(`${JSON.stringify(id)}:${text}`);
    }
    parts.push(`${JSON.stringify(name)}:{${inner.join(',')}}`);
  }
  const sync = (data as { sync?: unknown }).sync;
  const json = `{"schema":${JSON.stringify(data.schema)},"meta":${metaJson},"collections":{${parts.join(',')}}${sync === undefined ? '' : `,"sync":${JSON.stringify(sync)}`}}`;
  return { json, snapshot };
}

/**
 * Stamps this device's changes since `previous` into `data.sync`, then serializes. With no
 * previous snapshot (a catalog never read here), nothing is stamped.
 */
export function stampAndSerialize(data: CatalogData, previous: Snapshot | null, deviceId: string, now: number): Stamped {
  if (previous) stampChanges(data, previous, deviceId, now);
  return serializeCatalog(data);
}

function stampChanges(data: CatalogData, previous: Snapshot, deviceId: string, now: number): void {
  const seen = new Set<string>();
  const sync = syncMetaOf(data);
  const visit = (name: string, id: string, item: unknown) => {
    const key = name + SEP + id;
    seen.add(key);
    const text = JSON.stringify(item);
    const before = previous.get(key);
    if (before === text) return;
    const metas = (sync.items[name] ??= {});
    const meta = metas[id];
    const tomb = sync.tombs[name]?.[id];
    if (!meta || before === undefined) {
      // New here (or back after a purge): every field is this write's, and it counts on from
      // the tombstone so that it is newer than the purge everywhere.
      const v = { ...tomb?.v, ...meta?.v };
      const n = Math.max(v[deviceId] ?? 0, tomb?.v[deviceId] ?? 0) + 1;
      metas[id] = { v: sortedKeys({ ...v, [deviceId]: n }), d: [deviceId, n, now] };
      if (tomb) delete sync.tombs[name]![id];
      return;
    }
    const n = (meta.v[deviceId] ?? 0) + 1;
    const dot: Dot = [deviceId, n, now];
    const old = JSON.parse(before) as Record<string, unknown>;
    const current = item as Record<string, unknown>;
    const fields = { ...meta.f };
    for (const field of new Set([...Object.keys(old), ...Object.keys(current)])) {
      if (JSON.stringify(old[field]) !== JSON.stringify(current[field])) fields[field] = dot;
    }
    metas[id] = { v: sortedKeys({ ...meta.v, [deviceId]: n }), d: meta.d, f: sortedKeys(fields) };
  };
  visit(META_COLLECTION, 'vault', data.meta);
  for (const [name, items] of Object.entries(data.collections)) {
    for (const [id, item] of Object.entries(items)) if (item !== undefined) visit(name, id, item);
  }
  for (const key of previous.keys()) {
    if (seen.has(key)) continue;
    const [name, id] = key.split(SEP) as [string, string];
    const meta = sync.items[name]?.[id];
    (sync.tombs[name] ??= {})[id] = { v: meta?.v ?? {}, t: now, by: deviceId };
    if (meta) delete sync.items[name]![id];
  }
}
