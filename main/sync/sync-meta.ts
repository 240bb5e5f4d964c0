// What the catalog carries so that two copies of it can be merged item by item, on any number of
// devices, with no shared ancestor kept anywhere: per item a version vector (how many changes
// each device made to it) and a "dot" (device, counter, time) for the write that last set each
// field; tombstones for purged items; merged-away values (history) and notices. Stored under
// the catalog's top-level `sync` key (docs/vault-format.md, "Merging copies").

/** Version vector: device id → number of changes that device made to the item. */
export type VersionVector = Record<string, number>;

/** The write that last set a field: [device id, that device's counter for the item, ms since epoch]. */
export type Dot = [string, number, number];

export interface ItemMeta {
  v: VersionVector;
  /** The write that set every field not listed in `f` (the item's creation, or a whole rewrite). */
  d: Dot;
  /** Fields set by later writes than `d`. */
  f?: Record<string, Dot>;
}

export interface Tombstone {
  /** The item's version vector when it was purged: a copy not newer than this is deleted too. */
  v: VersionVector;
  t: number;
  /** The device that purged it. */
  by?: string;
}

/** A value that lost a same-field merge: kept so nothing typed is lost. */
export interface HistoryEntry {
  collection: string;
  itemId: string;
  field: string;
  /** JSON of the value that lost (undefined when the field was removed). */
  value: string | null;
  lostBy: string;
  lostAt: number;
  keptBy: string;
  keptAt: number;
}

export type NoticeKind = 'field-conflict' | 'deleted-but-changed' | 'conflicting-copy';

export interface SyncNotice {
  kind: NoticeKind;
  /** ms since epoch of the change the notice is about (sorts the list). */
  at: number;
  collection: string;
  itemId: string;
  /** Other device involved (the one whose value lost, or wrote the conflicting copy). */
  device: string;
  /** Field names (field-conflict) or the new draft's id (conflicting-copy). */
  detail: string;
}

export interface SyncMeta {
  items: Record<string, Record<string, ItemMeta>>;
  tombs: Record<string, Record<string, Tombstone>>;
  history: Record<string, HistoryEntry>;
  notices: Record<string, SyncNotice>;
  dismissed: Record<string, number>;
  /** Newest revision each record file reached, by record id: an older file is a rollback. */
  records: Record<string, number>;
}

export function emptySyncMeta(): SyncMeta {
  return { items: {}, tombs: {}, history: {}, notices: {}, dismissed: {}, records: {} };
}

/** The sync metadata of a catalog, created (and missing parts filled in) on first use. */
export function syncMetaOf(data: { sync?: unknown }): SyncMeta {
  const current = (data.sync ?? {}) as Partial<SyncMeta>;
  const filled = { ...emptySyncMeta(), ...current } as SyncMeta;
  data.sync = filled;
  return filled;
}

export function vvLeq(a: VersionVector, b: VersionVector): boolean {
  for (const key in a) if (a[key]! > (b[key] ?? 0)) return false;
  return true;
}

export function vvMax(a: VersionVector, b: VersionVector): VersionVector {
  const out: VersionVector = { ...a };
  for (const key in b) out[key] = Math.max(out[key] ?? 0, b[key]!);
  return sortedKeys(out);
}

/** Whether a copy with version vector `v` has seen the write `dot`. */
export function covers(v: VersionVector, dot: Dot): boolean {
  return (v[dot[0]] ?? 0) >= dot[1];
}

/** Total order of writes: later time first, then device id, then counter (ties are the same write). */
export function compareDots(a: Dot, b: Dot): number {
  if (a[2] !== b[2]) return a[2] - b[2];
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] - b[1];
}

export function laterDot(a: Dot, b: Dot): Dot {
  return compareDots(a, b) >= 0 ? a : b;
}

/** Objects with keys in sorted order, so merged JSON is the same on every device. */
export function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key]!;
  return out;
}
