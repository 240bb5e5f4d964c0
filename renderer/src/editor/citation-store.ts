import { callApi } from '../api';
import { citedStatementIds } from '../../../common/document/draft-doc';
import type { DocNode } from '../../../common/domain/draft';
import type { DraftLanguage } from '../../../common/domain/language';
import type { Source } from '../../../common/domain/source';
import type { Statement } from '../../../common/domain/statement';
import { EMPTY_CONTEXT, makeContext, type CitationContext } from './citation-data';

// The sources and statements one open draft needs, fetched when it opens: every source (labels
// are few and small) and the statements its citations point at. Statements picked in the
// citation palette join as they are cited. A plain store so the editor plugin hears of changes
// synchronously, before the citation that needs them is inserted.

const PARALLEL = 6;

export class CitationStore {
  private context: CitationContext = EMPTY_CONTEXT;
  private readonly listeners = new Set<() => void>();
  private error: string | null = null;

  readonly getContext = (): CitationContext => this.context;
  readonly getError = (): string | null => this.error;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private set(context: CitationContext) {
    this.context = context;
    for (const listener of this.listeners) listener();
  }

  /** Fetches the sources and the statements cited in `body`. */
  async load(body: DocNode): Promise<void> {
    const sources = await callApi((api) => api.listSources({ includeArchived: true }));
    if (!sources.ok) {
      this.error = sources.error.message;
      this.set({ ...this.context, ready: true });
      return;
    }
    const ids = citedStatementIds(body);
    const statements: Statement[] = [];
    for (let i = 0; i < ids.length; i += PARALLEL) {
      const batch = await Promise.all(ids.slice(i, i + PARALLEL).map((id) => callApi((api) => api.getStatement({ id }))));
      // A statement that is gone leaves its citation unresolved: "[missing source]".
      for (const result of batch) if (result.ok) statements.push(result.value);
    }
    this.error = null;
    this.set(makeContext(sources.value, [...this.context.statements.values(), ...statements], true, this.context.language));
  }

  /** Statements about to be cited; fetches the sources again if one of theirs is new. */
  async addStatements(statements: readonly Statement[]): Promise<void> {
    this.addNow(statements);
    if (statements.some((s) => !this.context.sources.has(s.sourceId))) {
      const sources = await callApi((api) => api.listSources({ includeArchived: true }));
      if (sources.ok) this.set(makeContext(sources.value, this.context.statements.values(), this.context.ready, this.context.language));
    }
  }

  /** Adds statements synchronously (their sources may follow). */
  addNow(statements: readonly Statement[]) {
    if (statements.length === 0) return;
    const merged = new Map(this.context.statements);
    for (const statement of statements) merged.set(statement.id, statement);
    this.set(makeContext(this.context.sources.values() as Iterable<Source>, merged.values(), this.context.ready, this.context.language));
  }

  /** The draft's language changed: every chip re-renders by its rules. */
  setLanguage(language: DraftLanguage) {
    if (language !== this.context.language) this.set({ ...this.context, language });
  }
}
