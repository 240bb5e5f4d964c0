// In-memory sources, statements and identities with the semantics main promises: identities
// cross only while revealed, deletes are undoable until lock, cited items cannot be deleted.
import type { InputOf } from '../../common/api/contract';
import type { ApiResult, ErrorCode } from '../../common/api/errors';
import type { ClipboardCopy, Preferences } from '../../common/api/types';
import type { AuditEntry } from '../../common/domain/audit';
import type { IdentityTerm, RevealedIdentity } from '../../common/domain/identity';
import type { DeleteOutcome, SearchHit, SearchResult, TagCount } from '../../common/domain/search';
import type { IdentitySummary, Source, SourceFields, SourceLabel } from '../../common/domain/source';
import type { Attachment, Statement, StatementFields } from '../../common/domain/statement';

export interface FakeSourceSeed extends Partial<Omit<SourceFields, 'label'>> {
  id?: string;
  label: Partial<SourceLabel> & { noun: string };
  identity?: IdentityTerm[];
  archived?: boolean;
}

export interface FakeStatementSeed extends Partial<StatementFields> {
  id?: string;
  sourceId: string;
  text: string;
  history?: Statement['history'];
  attachments?: { id?: string; name: string; mimeType: string; dataBase64: string }[];
  archived?: boolean;
  createdAt?: string;
}

export interface FakeLibraryOptions {
  sources?: FakeSourceSeed[];
  statements?: FakeStatementSeed[];
  /** Drafts that cite an item, by the item's id: deleting it is refused. */
  citedBy?: Record<string, { id: string; title: string }[]>;
  identityRevealSeconds?: number;
}

interface VaultHooks {
  isUnlocked: () => boolean;
  passphrase: () => string;
  clearsAfterSeconds: () => number;
}

/** A well-formed id (32 hex digits) from a small number, so tests can name items. */
export function fakeId(n: number): string {
  return n.toString(16).padStart(32, '0');
}

function fail(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value: structuredClone(value) };
}

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
const words = (text: string) => text.toLowerCase().match(WORDS) ?? [];

function summarize(terms: readonly IdentityTerm[]): IdentitySummary {
  const counts: IdentitySummary['counts'] = {};
  for (const term of terms) counts[term.kind] = (counts[term.kind] ?? 0) + 1;
  return { termCount: terms.length, counts };
}

function decodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

export function createFakeLibrary(options: FakeLibraryOptions, vault: VaultHooks) {
  let counter = 0x100000;
  let minutes = 0;
  const nextId = () => fakeId(counter++);
  const timestamp = () => new Date(Date.UTC(2025, 4, 1, 9, 0) + minutes++ * 60_000).toISOString();

  const preferences: Preferences = { identityRevealSeconds: options.identityRevealSeconds ?? 30, newsroomRegions: [] };
  const sources = new Map<string, Source>();
  const identities = new Map<string, IdentityTerm[]>();
  const revealed = new Set<string>();
  const statements = new Map<string, Statement>();
  const attachmentData = new Map<string, string>();
  const trash = new Map<string, { sources: Source[]; statements: Statement[]; identities: [string, IdentityTerm[]][] }>();
  const audit: AuditEntry[] = [];
  const citedBy = options.citedBy ?? {};
  /** What copyIdentityTerm last put on the (fake) clipboard. */
  const clipboard = { text: null as string | null };

  function log(action: AuditEntry['action'], sourceId: string | null, detail = '') {
    audit.push({ id: nextId(), at: timestamp(), action, sourceId, detail });
  }

  for (const seed of options.sources ?? []) {
    const id = seed.id ?? nextId();
    const at = timestamp();
    const terms = seed.identity ?? [];
    identities.set(id, structuredClone(terms));
    sources.set(id, {
      id,
      label: { adjective: '', qualifier: '', ...seed.label },
      access: seed.access ?? '',
      anonymityReason: seed.anonymityReason ?? '',
      reliability: seed.reliability ?? 'unassessed',
      poolSize: seed.poolSize ?? null,
      notes: seed.notes ?? '',
      identity: summarize(terms),
      archived: seed.archived ?? false,
      createdAt: at,
      updatedAt: at,
    });
  }

  /** A statement as seeded: a revision for each earlier text, its attachments' bytes kept aside. */
  function seedStatement(seed: FakeStatementSeed): void {
    const id = seed.id ?? nextId();
    const at = seed.createdAt ?? timestamp();
    const attachments: Attachment[] = (seed.attachments ?? []).map((file) => {
      const attachmentId = file.id ?? nextId();
      attachmentData.set(attachmentId, file.dataBase64);
      return { id: attachmentId, name: file.name, mimeType: file.mimeType, size: decodedSize(file.dataBase64), addedAt: at };
    });
    statements.set(id, {
      id,
      sourceId: seed.sourceId,
      text: seed.text,
      kind: seed.kind ?? 'quote',
      saidOn: seed.saidOn ?? null,
      channel: seed.channel ?? 'in-person',
      notes: seed.notes ?? '',
      tags: seed.tags ?? [],
      revision: (seed.history?.length ?? 0) + 1,
      history: seed.history ?? [],
      attachments,
      archived: seed.archived ?? false,
      createdAt: at,
      updatedAt: at,
    });
  }
  for (const seed of options.statements ?? []) seedStatement(seed);

  function withSummary(id: string): Source {
    const source = sources.get(id)!;
    return { ...source, identity: summarize(identities.get(id) ?? []) };
  }

  function statementResult(id: string): ApiResult<Statement> {
    const statement = statements.get(id);
    return statement ? ok(statement) : fail('NOT_FOUND', 'That statement no longer exists.');
  }

  function createStatement(fields: StatementFields): Statement {
    const at = timestamp();
    const statement: Statement = { ...fields, id: nextId(), revision: 1, history: [], attachments: [], archived: false, createdAt: at, updatedAt: at };
    statements.set(statement.id, statement);
    return statement;
  }

  function inRange(saidOn: string | null, from?: string, to?: string): boolean {
    if (!from && !to) return true;
    if (saidOn === null) return false;
    if (from && saidOn < from.slice(0, saidOn.length)) return false;
    if (to && saidOn > to.slice(0, saidOn.length)) return false;
    return true;
  }

  /** Every query word must prefix some word of the document; returns the document words that matched. */
  function matchTerms(queryWords: string[], documentWords: string[]): string[] | null {
    const matched = new Set<string>();
    for (const query of queryWords) {
      const hits = documentWords.filter((word) => word.startsWith(query));
      if (hits.length === 0) return null;
      for (const hit of hits) matched.add(hit);
    }
    return [...matched];
  }

  return {
    clipboard,
    audit,
    sources,
    statements,
    identities,
    revealed,
    /** Adds many statements at once (for the 10,000-row list). */
    addStatements(seeds: FakeStatementSeed[]) {
      for (const seed of seeds) seedStatement(seed);
    },
    onLock() {
      revealed.clear();
      trash.clear();
    },

    getPreferences: (): ApiResult<Preferences> => ok(preferences),
    updatePreferences(input: InputOf<'updatePreferences'>): ApiResult<Preferences> {
      if (input.identityRevealSeconds !== undefined) preferences.identityRevealSeconds = input.identityRevealSeconds;
      if (input.newsroomRegions !== undefined) preferences.newsroomRegions = input.newsroomRegions;
      return ok({ ...preferences });
    },

    listSources(input: InputOf<'listSources'>): ApiResult<Source[]> {
      return ok([...sources.keys()].map(withSummary).filter((source) => input.includeArchived || !source.archived));
    },
    saveSource(input: InputOf<'saveSource'>): ApiResult<Source> {
      const { id, ...fields } = input;
      const at = timestamp();
      if (id) {
        const existing = sources.get(id);
        if (!existing) return fail('NOT_FOUND', 'That source no longer exists.');
        sources.set(id, { ...existing, ...fields, updatedAt: at });
        return ok(withSummary(id));
      }
      const created = nextId();
      identities.set(created, []);
      sources.set(created, { ...fields, id: created, identity: summarize([]), archived: false, createdAt: at, updatedAt: at });
      return ok(withSummary(created));
    },
    revealIdentity(input: InputOf<'revealIdentity'>): ApiResult<RevealedIdentity> {
      if (!sources.has(input.sourceId)) return fail('NOT_FOUND', 'That source no longer exists.');
      if (input.passphrase !== vault.passphrase()) {
        log('identity.reveal-refused', input.sourceId);
        return fail('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
      }
      revealed.add(input.sourceId);
      log('identity.revealed', input.sourceId);
      return ok({
        sourceId: input.sourceId,
        terms: identities.get(input.sourceId) ?? [],
        hideAfterSeconds: preferences.identityRevealSeconds,
      });
    },
    hideIdentity(input: InputOf<'hideIdentity'>): ApiResult<{ hidden: true }> {
      revealed.delete(input.sourceId);
      return ok({ hidden: true as const });
    },
    saveIdentity(input: InputOf<'saveIdentity'>): ApiResult<Source> {
      if (!sources.has(input.sourceId)) return fail('NOT_FOUND', 'That source no longer exists.');
      const current = identities.get(input.sourceId) ?? [];
      if (current.length > 0 && !revealed.has(input.sourceId)) {
        return fail('FORBIDDEN', 'Reveal the identity again before changing it.');
      }
      identities.set(input.sourceId, structuredClone(input.terms));
      log('identity.changed', input.sourceId);
      return ok(withSummary(input.sourceId));
    },
    copyIdentityTerm(input: InputOf<'copyIdentityTerm'>): ApiResult<ClipboardCopy> {
      if (!revealed.has(input.sourceId)) return fail('FORBIDDEN', 'Reveal the identity again to copy it.');
      const term = identities.get(input.sourceId)?.[input.index];
      if (!term) return fail('NOT_FOUND', 'That term no longer exists.');
      clipboard.text = term.value;
      log('identity.copied', input.sourceId);
      return ok({ clearsAfterSeconds: vault.clearsAfterSeconds() });
    },

    listStatements(input: InputOf<'listStatements'>): ApiResult<Statement[]> {
      return ok(
        [...statements.values()].filter(
          (s) => (input.includeArchived || !s.archived) && (!input.sourceId || s.sourceId === input.sourceId),
        ),
      );
    },
    getStatement: (input: InputOf<'getStatement'>) => statementResult(input.id),
    saveStatement(input: InputOf<'saveStatement'>): ApiResult<Statement> {
      const { id, ...fields } = input;
      if (!sources.has(fields.sourceId)) return fail('NOT_FOUND', 'That source no longer exists.');
      if (!id) return ok(createStatement(fields));
      const existing = statements.get(id);
      if (!existing) return fail('NOT_FOUND', 'That statement no longer exists.');
      const changed = existing.text !== fields.text;
      const updated: Statement = {
        ...existing,
        ...fields,
        revision: changed ? existing.revision + 1 : existing.revision,
        history: changed
          ? [...existing.history, { revision: existing.revision, text: existing.text, savedAt: existing.updatedAt }]
          : existing.history,
        updatedAt: timestamp(),
      };
      statements.set(id, updated);
      return ok(updated);
    },
    saveStatements(input: InputOf<'saveStatements'>): ApiResult<Statement[]> {
      if (input.statements.some((fields) => !sources.has(fields.sourceId))) {
        return fail('NOT_FOUND', 'A chosen source no longer exists. Nothing was saved.');
      }
      return ok(input.statements.map(createStatement));
    },
    addAttachment(input: InputOf<'addAttachment'>): ApiResult<Statement> {
      const statement = statements.get(input.statementId);
      if (!statement) return fail('NOT_FOUND', 'That statement no longer exists.');
      const id = nextId();
      attachmentData.set(id, input.dataBase64);
      statement.attachments = [
        ...statement.attachments,
        { id, name: input.name, mimeType: input.mimeType, size: decodedSize(input.dataBase64), addedAt: timestamp() },
      ];
      return ok(statement);
    },
    getAttachment(input: InputOf<'getAttachment'>): ApiResult<{ name: string; mimeType: string; dataBase64: string }> {
      const attachment = statements.get(input.statementId)?.attachments.find((a) => a.id === input.attachmentId);
      const data = attachmentData.get(input.attachmentId);
      if (!attachment || data === undefined) return fail('NOT_FOUND', 'That attachment no longer exists.');
      return ok({ name: attachment.name, mimeType: attachment.mimeType, dataBase64: data });
    },
    removeAttachment(input: InputOf<'removeAttachment'>): ApiResult<Statement> {
      const statement = statements.get(input.statementId);
      if (!statement) return fail('NOT_FOUND', 'That statement no longer exists.');
      statement.attachments = statement.attachments.filter((a) => a.id !== input.attachmentId);
      attachmentData.delete(input.attachmentId);
      return ok(statement);
    },

    search(input: InputOf<'search'>): ApiResult<SearchResult> {
      const queryWords = words(input.query);
      const types = input.types ?? ['statement', 'source'];
      const hits: SearchHit[] = [];
      if (types.includes('statement')) {
        for (const statement of statements.values()) {
          if (statement.archived) continue;
          if (input.sourceId && statement.sourceId !== input.sourceId) continue;
          if (input.kinds && !input.kinds.includes(statement.kind)) continue;
          if (input.channels && !input.channels.includes(statement.channel)) continue;
          const tags = statement.tags.map((tag) => tag.toLowerCase());
          if (input.tags && !input.tags.every((tag) => tags.includes(tag.toLowerCase()))) continue;
          if (!inRange(statement.saidOn, input.from, input.to)) continue;
          const terms = matchTerms(queryWords, words([statement.text, statement.notes, ...statement.tags].join(' ')));
          if (!terms) continue;
          hits.push({ type: 'statement', id: statement.id, score: terms.length, terms, statement });
        }
      }
      const statementOnly = input.kinds || input.channels || input.tags || input.from || input.to;
      if (types.includes('source') && queryWords.length > 0 && !statementOnly) {
        for (const source of sources.values()) {
          if (source.archived || (input.sourceId && source.id !== input.sourceId)) continue;
          const { adjective, noun, qualifier } = source.label;
          // Never the identity: only what the renderer may see anyway.
          const text = [adjective, noun, qualifier, source.access, source.anonymityReason, source.notes].join(' ');
          const terms = matchTerms(queryWords, words(text));
          if (terms) hits.push({ type: 'source', id: source.id, score: terms.length, terms, source: withSummary(source.id) });
        }
      }
      hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      return ok({ hits: hits.slice(0, input.limit ?? 100), total: hits.length, tookMs: 1 });
    },
    listTags(): ApiResult<TagCount[]> {
      const counts = new Map<string, number>();
      for (const statement of statements.values()) {
        if (statement.archived) continue;
        for (const tag of statement.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      }
      return ok([...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count));
    },

    deleteItem(input: InputOf<'deleteItem'>): ApiResult<DeleteOutcome> {
      const exists = input.kind === 'source' ? sources.has(input.id) : statements.has(input.id);
      if (!exists) return fail('NOT_FOUND', `That ${input.kind} no longer exists.`);
      const drafts = citedBy[input.id];
      if (drafts && drafts.length > 0) return ok({ outcome: 'cited' as const, drafts });
      const removedSources = input.kind === 'source' ? [sources.get(input.id)!] : [];
      const removedStatements = [...statements.values()].filter((s) =>
        input.kind === 'source' ? s.sourceId === input.id : s.id === input.id,
      );
      const removedIdentities: [string, IdentityTerm[]][] =
        input.kind === 'source' ? [[input.id, identities.get(input.id) ?? []]] : [];
      for (const source of removedSources) {
        sources.delete(source.id);
        identities.delete(source.id);
        revealed.delete(source.id);
      }
      for (const statement of removedStatements) statements.delete(statement.id);
      trash.set(`${input.kind}:${input.id}`, { sources: removedSources, statements: removedStatements, identities: removedIdentities });
      log(input.kind === 'source' ? 'source.deleted' : 'statement.deleted', input.kind === 'source' ? input.id : null);
      return ok({ outcome: 'deleted' as const, undoUntil: 'lock' as const });
    },
    setArchived(input: InputOf<'setArchived'>): ApiResult<{ archived: boolean }> {
      const item = input.kind === 'source' ? sources.get(input.id) : statements.get(input.id);
      if (!item) return fail('NOT_FOUND', `That ${input.kind} no longer exists.`);
      item.archived = input.archived;
      return ok({ archived: input.archived });
    },
    undoDelete(input: InputOf<'undoDelete'>): ApiResult<{ restored: true }> {
      const key = `${input.kind}:${input.id}`;
      const removed = trash.get(key);
      if (!removed) return fail('NOT_FOUND', 'There is nothing to undo.');
      trash.delete(key);
      for (const source of removed.sources) sources.set(source.id, source);
      for (const [id, terms] of removed.identities) identities.set(id, terms);
      for (const statement of removed.statements) statements.set(statement.id, statement);
      return ok({ restored: true as const });
    },
    listAudit(input: InputOf<'listAudit'>): ApiResult<AuditEntry[]> {
      return ok(audit.slice(-(input.limit ?? 1000)));
    },
  };
}

export type FakeLibrary = ReturnType<typeof createFakeLibrary>;
