import type { CatalogData } from '../vault/catalog-adapter';
import {
  compareDots,
  covers,
  laterDot,
  sortedKeys,
  syncMetaOf,
  vvLeq,
  vvMax,
  type Dot,
  type HistoryEntry,
  type ItemMeta,
  type SyncMeta,
  type SyncNotice,
  type Tombstone,
} from './sync-meta';

// Merges two copies of the catalog item by item (sources, statements, drafts, contacts, …, the
// vault's settings and its name). Deterministic, commutative and idempotent, so every device that
// sees the same copies ends with the same catalog whatever the order they arrived in:
// - an item on one side only is kept (unless a tombstone says it was purged after that version);
// - one side newer (its version vector includes the other's) is taken whole;
// - both changed: field by field; a field only one side changed takes that change; a field both
//   changed to different values takes the later write, and the other value goes to the history
//   and to a notice;
// - purged on one side and changed on the other: kept, with a notice;
// - the audit log is a collection of entries by id, so the union (listed in time order).

export const META_COLLECTION = '$meta';
const META_ID = 'vault';

/** Fields the app recomputes or that only ever grow: merged without a notice. */
const NEWEST: ReadonlySet<string> = new Set(['updatedAt']);
const HIGHEST: ReadonlySet<string> = new Set(['bodyRevision']);
const QUIET: ReadonlySet<string> = new Set(['wordCount', 'citationCount', 'citedStatementIds']);

export interface MergeResult {
  data: CatalogData;
  /** False when the result is exactly `remote` (nothing of `local` was missing from it). */
  localContributed: boolean;
  /** Item ids by collection that changed relative to `local` (to refresh what is built from them). */
  changedForLocal: Map<string, string[]>;
  /** Notices this merge added. */
  notices: string[];
}

type Item = Record<string, unknown>;

const LEGACY: ItemMeta = { v: {}, d: ['', 0, 0] };

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Items of a catalog by collection, the vault's meta included as one item. */
function itemsOf(data: CatalogData): Record<string, Record<string, Item>> {
  return { ...(data.collections as Record<string, Record<string, Item>>), [META_COLLECTION]: { [META_ID]: data.meta as unknown as Item } };
}

export function mergeCatalogs(local: CatalogData, remote: CatalogData): MergeResult {
  const lSync = syncMetaOf(structuredCloneSync(local));
  const rSync = syncMetaOf(structuredCloneSync(remote));
  const lItems = itemsOf(local);
  const rItems = itemsOf(remote);
  const out: SyncMeta = {
    items: {},
    tombs: mergeTombs(lSync.tombs, rSync.tombs),
    history: sortedKeys({ ...lSync.history, ...rSync.history }),
    notices: sortedKeys({ ...lSync.notices, ...rSync.notices }),
    dismissed: mergeNumbers(lSync.dismissed, rSync.dismissed, Math.min),
    records: mergeNumbers(lSync.records, rSync.records, Math.max),
  };
  let localContributed = !sameKeys(out.history, rSync.history) || !sameKeys(out.notices, rSync.notices) || !sameKeys(out.dismissed, rSync.dismissed) ||
    !same(out.records, rSync.records) || !same(out.tombs, rSync.tombs);
  const changedForLocal = new Map<string, string[]>();
  const changed = (name: string, id: string) => {
    const list = changedForLocal.get(name);
    if (list) list.push(id);
    else changedForLocal.set(name, [id]);
  };
  const notices: string[] = [];
  const collections: Record<string, Record<string, Item>> = {};

  for (const name of [...new Set([...Object.keys(lItems), ...Object.keys(rItems)])].sort()) {
    const lc = lItems[name] ?? {};
    const rc = rItems[name] ?? {};
    const lm = lSync.items[name] ?? {};
    const rm = rSync.items[name] ?? {};
    const tombs = out.tombs[name] ?? {};
    const merged: Record<string, Item> = {};
    const metas: Record<string, ItemMeta> = {};
    for (const id of [...new Set([...Object.keys(lc), ...Object.keys(rc)])].sort()) {
      const l = lc[id];
      const r = rc[id];
      let item: Item;
      let meta: ItemMeta;
      if (l && r) {
        const result = mergeItem(name, id, l, lm[id] ?? LEGACY, r, rm[id] ?? LEGACY, out);
        item = result.item;
        meta = result.meta;
        notices.push(...result.notices);
      } else {
        item = (l ?? r)!;
        meta = (l ? lm[id] : rm[id]) ?? LEGACY;
      }
      const tomb = tombs[id];
      if (tomb && name !== META_COLLECTION) {
        if (vvLeq(meta.v, tomb.v)) {
          if (l) changed(name, id);
          if (r) localContributed = true;
          continue;
        }
        // Purged on one side, changed since on the other: the change is kept, and said so (unless
        // only the device that purged it changed it since: it put the item back itself).
        const changedElsewhere = Object.entries(meta.v).some(([dev, n]) => dev !== tomb.by && n > (tomb.v[dev] ?? 0));
        const noticeId = `deleted-but-changed/${name}/${id}/${tombKey(tomb)}`;
        if (changedElsewhere && !out.notices[noticeId]) {
          out.notices[noticeId] = { kind: 'deleted-but-changed', at: tomb.t, collection: name, itemId: id, device: deviceOf(meta), detail: '' };
          notices.push(noticeId);
          localContributed = true;
        }
      }
      merged[id] = item;
      if (meta !== LEGACY) metas[id] = meta;
      if (item !== l) changed(name, id);
      if (item !== r) localContributed = true;
    }
    collections[name] = merged;
    if (Object.keys(metas).length > 0) out.items[name] = metas;
  }

  const { [META_COLLECTION]: metaItems, ...rest } = collections;
  const data: CatalogData = {
    schema: 1,
    meta: (metaItems?.[META_ID] ?? local.meta) as unknown as CatalogData['meta'],
    collections: dropEmpty(rest, local, remote),
    sync: out,
  } as CatalogData;
  out.notices = sortedKeys(out.notices);
  applyVaultSettingRules(data);
  return { data, localContributed, changedForLocal, notices };
}

/** A shallow copy with its own `sync` object, so syncMetaOf never writes into an input. */
function structuredCloneSync(data: CatalogData): { sync?: unknown } {
  return { sync: (data as { sync?: unknown }).sync };
}

function dropEmpty(collections: Record<string, Record<string, Item>>, local: CatalogData, remote: CatalogData): CatalogData['collections'] {
  const out: CatalogData['collections'] = {};
  for (const [name, items] of Object.entries(collections)) {
    if (Object.keys(items).length > 0 || name in local.collections || name in remote.collections) out[name] = items;
  }
  return out;
}

function mergeItem(collection: string, id: string, l: Item, lm: ItemMeta, r: Item, rm: ItemMeta, out: SyncMeta): { item: Item; meta: ItemMeta; notices: string[] } {
  if (l === r) return { item: r, meta: rm, notices: [] };
  const lInR = vvLeq(lm.v, rm.v);
  const rInL = vvLeq(rm.v, lm.v);
  // The same version vector is the same writes, so the same item: no need to compare the text
  // (except for items that carry no metadata yet, whose empty vectors say nothing).
  if (lInR && rInL && (lm !== LEGACY && rm !== LEGACY ? Object.keys(lm.v).length > 0 : same(l, r))) return { item: r, meta: rm, notices: [] };
  if (lInR && !rInL) return { item: r, meta: rm, notices: [] };
  if (rInL && !lInR) return { item: l, meta: lm, notices: [] };

  // Both changed (or copies without metadata that differ): field by field.
  const item: Item = {};
  const fields: Record<string, Dot> = {};
  const lost: string[] = [];
  let lostBy = '';
  let lostAt = 0;
  const d = laterDot(lm.d, rm.d);
  for (const key of [...new Set([...Object.keys(l), ...Object.keys(r)])].sort()) {
    const lv = l[key];
    const rv = r[key];
    const ld = lm.f?.[key] ?? lm.d;
    const rd = rm.f?.[key] ?? rm.d;
    let value: unknown;
    let dot: Dot;
    if (same(lv, rv)) {
      value = lv;
      dot = laterDot(ld, rd);
    } else if (NEWEST.has(key) && typeof lv === 'string' && typeof rv === 'string') {
      [value, dot] = lv > rv ? [lv, ld] : [rv, rd];
    } else if (HIGHEST.has(key) && typeof lv === 'number' && typeof rv === 'number') {
      [value, dot] = lv > rv ? [lv, ld] : [rv, rd];
    } else if (collection === 'settings' && id === 'vault' && key === 'burned') {
      value = unionBurned(lv, rv); // a burn on any device stays
      dot = laterDot(ld, rd);
    } else if (covers(rm.v, ld) && !covers(lm.v, rd)) {
      [value, dot] = [rv, rd]; // only the remote side changed it
    } else if (covers(lm.v, rd) && !covers(rm.v, ld)) {
      [value, dot] = [lv, ld];
    } else {
      const localWins = compareDots(ld, rd) > 0;
      [value, dot] = localWins ? [lv, ld] : [rv, rd];
      if (!QUIET.has(key)) {
        const loserDot = localWins ? rd : ld;
        const entry: HistoryEntry = {
          collection, itemId: id, field: key,
          value: (localWins ? rv : lv) === undefined ? null : JSON.stringify(localWins ? rv : lv),
          lostBy: loserDot[0], lostAt: loserDot[2], keptBy: dot[0], keptAt: dot[2],
        };
        out.history[`${collection}/${id}/${key}/${loserDot.join(':')}`] = entry;
        lost.push(key);
        lostBy = loserDot[0];
        lostAt = Math.max(lostAt, loserDot[2], dot[2]);
      }
    }
    if (value !== undefined) item[key] = value;
    if (compareDots(dot, d) !== 0) fields[key] = dot;
  }
  const meta: ItemMeta = { v: vvMax(lm.v, rm.v), d, ...(Object.keys(fields).length > 0 ? { f: fields } : {}) };
  const notices: string[] = [];
  if (lost.length > 0) {
    const noticeId = `field-conflict/${collection}/${id}/${Object.entries(meta.v).map(([k, n]) => `${k}:${n}`).join(',')}`;
    const notice: SyncNotice = { kind: 'field-conflict', at: lostAt, collection, itemId: id, device: lostBy, detail: lost.join(',') };
    out.notices[noticeId] = notice;
    notices.push(noticeId);
  }
  return { item, meta, notices };
}

/** Burn lists: every source burned on either side, at its earliest burn time. */
function unionBurned(a: unknown, b: unknown): Record<string, string> {
  const out: Record<string, string> = { ...((a ?? {}) as Record<string, string>) };
  for (const [id, at] of Object.entries((b ?? {}) as Record<string, string>)) if (!(id in out) || out[id]! > at) out[id] = at;
  return sortedKeys(out);
}

/** Travel mode on any side wins over a compartment the other side still points to. */
function applyVaultSettingRules(data: CatalogData): void {
  const settings = data.collections.settings?.vault as Item | undefined;
  if (!settings) return;
  if (settings.travel && settings.compartment) delete settings.compartment;
}

function deviceOf(meta: ItemMeta): string {
  let best: Dot = meta.d;
  for (const dot of Object.values(meta.f ?? {})) best = laterDot(best, dot);
  return best[0];
}

function tombKey(tomb: Tombstone): string {
  return Object.entries(tomb.v).map(([k, n]) => `${k}:${n}`).join(',');
}

function mergeTombs(a: SyncMeta['tombs'], b: SyncMeta['tombs']): SyncMeta['tombs'] {
  const out: SyncMeta['tombs'] = {};
  for (const name of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[name] ?? {};
    const y = b[name] ?? {};
    const merged: Record<string, Tombstone> = {};
    for (const id of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
      const p = x[id];
      const q = y[id];
      const later = p && q ? (p.t > q.t || (p.t === q.t && (p.by ?? '') >= (q.by ?? '')) ? p : q) : null;
      merged[id] = p && q ? { v: vvMax(p.v, q.v), t: later!.t, ...(later!.by ? { by: later!.by } : {}) } : (p ?? q)!;
    }
    out[name] = merged;
  }
  return out;
}

function mergeNumbers(a: Record<string, number>, b: Record<string, number>, pick: (x: number, y: number) => number): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = key in out ? pick(out[key]!, value) : value;
  return sortedKeys(out);
}

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => k in b);
}
