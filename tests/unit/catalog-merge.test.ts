import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeCatalogs } from '../../main/sync/catalog-merge';
import { conflictCopyOf } from '../../main/sync/conflict-copies';
import { serializeCatalog, stampAndSerialize } from '../../main/sync/stamp';
import { syncMetaOf } from '../../main/sync/sync-meta';
import type { CatalogData } from '../../main/vault/catalog-adapter';

// The merge rules on catalogs alone: each device edits its copy, saves (stamps), and the copies meet.

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const C = 'cccccccccccccccc';

function catalog(collections: CatalogData['collections']): CatalogData {
  const data: CatalogData = { schema: 1, meta: { name: 'Desk', createdAt: 't0', updatedAt: 't0', recoveryKeyConfirmed: true }, collections };
  stampAndSerialize(data, serializeCatalog({ ...data, collections: {} }).snapshot, A, 1);
  return data;
}

/** A device's copy after `edit`, saved (stamped) at time `at`. */
function edited(base: CatalogData, device: string, at: number, edit: (data: CatalogData) => void): CatalogData {
  const snapshot = serializeCatalog(base).snapshot;
  const copy = structuredClone(base);
  edit(copy);
  stampAndSerialize(copy, snapshot, device, at);
  return copy;
}

const statements = (data: CatalogData) => data.collections.statements as Record<string, Record<string, unknown>>;
const base = () => catalog({ statements: { s1: { id: 's1', text: 'Start', notes: '', tags: [] }, s2: { id: 's2', text: 'Other', notes: '', tags: [] } }, audit: {} });

describe('catalog merge', () => {
  it('keeps items added on either side', () => {
    const start = base();
    const a = edited(start, A, 10, (d) => void (statements(d).s3 = { id: 's3', text: 'From A' }));
    const b = edited(start, B, 11, (d) => void (statements(d).s4 = { id: 's4', text: 'From B' }));
    const merged = mergeCatalogs(a, b).data;
    expect(Object.keys(statements(merged))).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('takes a change made on one side only, without a notice', () => {
    const start = base();
    const a = edited(start, A, 10, (d) => void (statements(d).s1!.text = 'Changed on A'));
    const result = mergeCatalogs(start, a);
    expect(statements(result.data).s1!.text).toBe('Changed on A');
    expect(result.notices).toEqual([]);
  });

  it('merges different fields changed on each side, and the same field by the later write with history and a notice', () => {
    const start = base();
    const a = edited(start, A, 10, (d) => Object.assign(statements(d).s1!, { text: 'A text', notes: 'A notes' }));
    const b = edited(start, B, 20, (d) => Object.assign(statements(d).s1!, { text: 'B text', tags: ['b'] }));
    const result = mergeCatalogs(a, b);
    expect(statements(result.data).s1).toEqual({ id: 's1', text: 'B text', notes: 'A notes', tags: ['b'] });
    const sync = syncMetaOf(result.data);
    expect(Object.values(sync.history)).toEqual([expect.objectContaining({ collection: 'statements', itemId: 's1', field: 'text', value: '"A text"', lostBy: A, keptBy: B })]);
    expect(Object.values(sync.notices)).toEqual([expect.objectContaining({ kind: 'field-conflict', detail: 'text', device: A })]);
  });

  it('deletes an item purged on one side and unchanged on the other', () => {
    const start = base();
    const a = edited(start, A, 10, (d) => void delete statements(d).s2);
    const result = mergeCatalogs(start, a);
    expect(Object.keys(statements(result.data))).toEqual(['s1']);
    expect(Object.keys(statements(mergeCatalogs(a, start).data))).toEqual(['s1']);
  });

  it('keeps an item purged on one side and changed on the other, with a notice', () => {
    const start = base();
    const a = edited(start, A, 10, (d) => void delete statements(d).s2);
    const b = edited(start, B, 20, (d) => void (statements(d).s2!.text = 'Edited on B'));
    const result = mergeCatalogs(a, b);
    expect(statements(result.data).s2!.text).toBe('Edited on B');
    expect(Object.values(syncMetaOf(result.data).notices)).toEqual([expect.objectContaining({ kind: 'deleted-but-changed', itemId: 's2' })]);
  });

  it('the audit log is the union of both sides', () => {
    const start = base();
    const a = edited(start, A, 10, (d) => void (d.collections.audit!.e1 = { id: 'e1', at: '2026-01-01T10:00:00Z', action: 'identity.revealed' }));
    const b = edited(start, B, 20, (d) => void (d.collections.audit!.e2 = { id: 'e2', at: '2026-01-01T09:00:00Z', action: 'export' }));
    expect(Object.keys(mergeCatalogs(a, b).data.collections.audit!)).toEqual(['e1', 'e2']);
  });

  it('a burn on either side stays, and travel mode on either side drops the compartment', () => {
    const start = catalog({ settings: { vault: { compartment: { recordId: 'r1' }, burned: { x: '2026-01-01' } } } });
    const a = edited(start, A, 10, (d) => {
      const v = d.collections.settings!.vault as Record<string, unknown>;
      v.burned = { x: '2026-01-01', y: '2026-01-02' };
    });
    const b = edited(start, B, 20, (d) => {
      const v = d.collections.settings!.vault as Record<string, unknown>;
      v.burned = { x: '2026-01-01', z: '2026-01-03' };
      v.travel = { since: '2026-01-03', sealedTo: 'recovery-key', sources: 1 };
      delete v.compartment;
    });
    const merged = mergeCatalogs(a, b).data.collections.settings!.vault as Record<string, unknown>;
    expect(Object.keys(merged.burned as object)).toEqual(['x', 'y', 'z']);
    expect(merged.travel).toBeTruthy();
    expect(merged.compartment).toBeUndefined();
  });

  it('recognizes Syncthing, Nextcloud and Dropbox conflict copies of vault files only', () => {
    expect(conflictCopyOf('catalog.sync-conflict-20260102-030405-ABCDEF7.snc')).toBe('catalog.snc');
    expect(conflictCopyOf('vault.sync-conflict-20260102-030405-ABCDEF7.header')).toBe('vault.header');
    expect(conflictCopyOf(`${'ab'.repeat(16)} (conflicted copy 2026-01-02 030405).snr`)).toBe(`${'ab'.repeat(16)}.snr`);
    expect(conflictCopyOf("catalog (Laptop's conflicted copy 2026-01-02).snc")).toBe('catalog.snc');
    expect(conflictCopyOf("catalog (Laptop's conflicted copy 2026-01-02 (1)).snc")).toBe('catalog.snc');
    expect(conflictCopyOf('catalog.snc')).toBeNull();
    expect(conflictCopyOf('notes.sync-conflict-20260102-030405-ABCDEF7.txt')).toBeNull();
  });

  // The rule the simulation relies on: however copies meet, everyone ends with the same catalog.
  it('is commutative, idempotent and associative over random edits on three devices', () => {
    const edit = fc.record({ device: fc.constantFrom(A, B, C), item: fc.constantFrom('s1', 's2', 's3'), field: fc.constantFrom('text', 'notes'), value: fc.string({ maxLength: 4 }), remove: fc.boolean() });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const start = base();
        const copies: Record<string, CatalogData> = { [A]: start, [B]: structuredClone(start), [C]: structuredClone(start) };
        edits.forEach((e, i) => {
          copies[e.device] = edited(copies[e.device]!, e.device, 100 + i, (d) => {
            const items = statements(d);
            if (e.remove) delete items[e.item];
            else items[e.item] = { ...(items[e.item] ?? { id: e.item }), [e.field]: e.value };
          });
        });
        const [a, b, c] = [copies[A]!, copies[B]!, copies[C]!];
        const view = (d: CatalogData) => JSON.stringify(Object.entries(statements(d)).sort().map(([id, item]) => [id, Object.entries(item).sort()]));
        const ab = mergeCatalogs(a, b).data;
        expect(view(ab)).toBe(view(mergeCatalogs(b, a).data));
        expect(view(mergeCatalogs(ab, ab).data)).toBe(view(ab));
        expect(view(mergeCatalogs(ab, c).data)).toBe(view(mergeCatalogs(a, mergeCatalogs(b, c).data).data));
      }),
      { numRuns: 300 },
    );
  });
});
