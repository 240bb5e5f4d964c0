import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Source } from '../../../common/domain/source';
import type { Statement } from '../../../common/domain/statement';
import { callApi } from '../api';
import { sourceNames } from './names';

// The sources and statements of the unlocked vault, held in React state under the app frame.
// Locking remounts the frame, so this goes with it: there is no cache outside the tree.

export type ItemKind = 'source' | 'statement';

export interface Library {
  phase: 'loading' | 'ready' | 'failed';
  error: string | null;
  sources: Source[];
  statements: Statement[];
  sourceById: ReadonlyMap<string, Source>;
  statementById: ReadonlyMap<string, Statement>;
  /** Display names ("a source based in China"), numbered where two labels are the same. */
  sourceName: (id: string) => string;
  reload: () => Promise<void>;
  putSource: (source: Source) => void;
  putStatements: (statements: readonly Statement[]) => void;
  setArchivedLocally: (kind: ItemKind, id: string, archived: boolean) => void;
  /** After a delete: a source takes its statements with it. */
  removeLocally: (kind: ItemKind, id: string) => void;
}

const LibraryContext = createContext<Library | null>(null);

/** The library where there is one (screens also shown outside the app frame get null). */
export function useOptionalLibrary(): Library | null {
  return use(LibraryContext);
}

export function useLibrary(): Library {
  const library = use(LibraryContext);
  if (!library) throw new Error('useLibrary outside LibraryProvider');
  return library;
}

function upsert<T extends { id: string }>(list: readonly T[], items: readonly T[]): T[] {
  const incoming = new Map(items.map((item) => [item.id, item]));
  const next = list.map((item) => {
    const replacement = incoming.get(item.id);
    if (!replacement) return item;
    incoming.delete(item.id);
    return replacement;
  });
  return [...next, ...incoming.values()];
}

interface Data {
  phase: Library['phase'];
  error: string | null;
  sources: Source[];
  statements: Statement[];
}

async function fetchAll(): Promise<Data> {
  const [sources, statements] = await Promise.all([
    callApi((api) => api.listSources({ includeArchived: true })),
    callApi((api) => api.listStatements({ includeArchived: true })),
  ]);
  if (!sources.ok) return { phase: 'failed', error: sources.error.message, sources: [], statements: [] };
  if (!statements.ok) return { phase: 'failed', error: statements.error.message, sources: [], statements: [] };
  return { phase: 'ready', error: null, sources: sources.value, statements: statements.value };
}

export function LibraryProvider({ children }: { children: ReactNode }) {
  const [data, setData] = useState<Data>({ phase: 'loading', error: null, sources: [], statements: [] });

  useEffect(() => {
    let current = true;
    void fetchAll().then((next) => {
      if (current) setData(next);
    });
    return () => {
      current = false;
    };
  }, []);

  const reload = useCallback(async () => {
    const next = await fetchAll();
    setData((prev) => (next.phase === 'failed' && prev.phase === 'ready' ? { ...prev, error: next.error } : next));
  }, []);

  const putSource = useCallback((source: Source) => {
    setData((prev) => ({ ...prev, sources: upsert(prev.sources, [source]) }));
  }, []);

  const putStatements = useCallback((statements: readonly Statement[]) => {
    setData((prev) => ({ ...prev, statements: upsert(prev.statements, statements) }));
  }, []);

  const setArchivedLocally = useCallback((kind: ItemKind, id: string, archived: boolean) => {
    setData((prev) =>
      kind === 'source'
        ? { ...prev, sources: prev.sources.map((s) => (s.id === id ? { ...s, archived } : s)) }
        : { ...prev, statements: prev.statements.map((s) => (s.id === id ? { ...s, archived } : s)) },
    );
  }, []);

  const removeLocally = useCallback((kind: ItemKind, id: string) => {
    setData((prev) =>
      kind === 'source'
        ? {
            ...prev,
            sources: prev.sources.filter((s) => s.id !== id),
            statements: prev.statements.filter((s) => s.sourceId !== id),
          }
        : { ...prev, statements: prev.statements.filter((s) => s.id !== id) },
    );
  }, []);

  const library = useMemo<Library>(() => {
    const names = sourceNames(data.sources);
    return {
      ...data,
      sourceById: new Map(data.sources.map((source) => [source.id, source])),
      statementById: new Map(data.statements.map((statement) => [statement.id, statement])),
      sourceName: (id) => names.get(id) ?? 'an unknown source',
      reload,
      putSource,
      putStatements,
      setArchivedLocally,
      removeLocally,
    };
  }, [data, reload, putSource, putStatements, setArchivedLocally, removeLocally]);

  return <LibraryContext value={library}>{children}</LibraryContext>;
}
