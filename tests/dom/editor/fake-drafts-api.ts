// An in-memory `window.shieldnote` for the editor's tests: drafts, the sources and statements
// they cite, search, and a small leak guard. Inputs are validated with the contract's schemas,
// as main does, so a document the editor could not save fails here too.
import type { ShieldnoteApi } from '../../../common/api/bridge';
import { contract, type InputOf } from '../../../common/api/contract';
import type { ApiError, ApiResult, ErrorCode } from '../../../common/api/errors';
import { METHOD_NAMES, type MethodName } from '../../../common/api/method-names';
import { indefiniteForm } from '../../../common/attribution/label-forms';
import { positionedBlocks } from '../../../common/document/doc-positions';
import { collectCitations, wordCount } from '../../../common/document/draft-doc';
import { emptyDoc, type DocNode, type Draft, type DraftMeta } from '../../../common/domain/draft';
import type { LeakReport, LeakReportFinding } from '../../../common/domain/leak-report';
import type { Contact, MyProfile } from '../../../common/domain/people';
import type { Source, SourceLabel } from '../../../common/domain/source';
import type { Statement } from '../../../common/domain/statement';

export function fakeId(n: number): string {
  return n.toString(16).padStart(32, '0');
}

export function makeSource(id: string, label: Partial<SourceLabel>, extra: Partial<Source> = {}): Source {
  return {
    id,
    label: { adjective: '', noun: 'source', qualifier: '', ...label },
    access: '',
    anonymityReason: '',
    reliability: 'established',
    poolSize: null,
    notes: '',
    identity: { termCount: 0, counts: {} },
    archived: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  };
}

export function makeStatement(id: string, sourceId: string, text: string, extra: Partial<Statement> = {}): Statement {
  return {
    id,
    sourceId,
    text,
    kind: 'quote',
    saidOn: null,
    channel: 'in-person',
    notes: '',
    tags: [],
    revision: 1,
    history: [],
    attachments: [],
    archived: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** A name the leak guard knows for a source. */
export interface FakeTerm {
  sourceId: string;
  text: string;
  severity?: 'high' | 'medium' | 'low';
}

export interface FakeDraftsOptions {
  sources?: Source[];
  statements?: Statement[];
  drafts?: { meta: Partial<DraftMeta> & { id: string }; body?: DocNode }[];
  /** The vault's acronym readings (Korean particles). */
  acronymReadings?: { acronym: string; reading: string }[];
  terms?: FakeTerm[];
  /** The vault owner and contacts, for "Send for review…". */
  profile?: MyProfile | null;
  contacts?: Contact[];
  /** What the save dialog answers when a package is sent (null: cancelled). */
  savePath?: string | null;
  /** Terms main holds back (past the session's leak-guard budget) until revealLeakFindings. */
  heldBack?: FakeTerm[];
}

/** The passphrase the fake's revealLeakFindings accepts. */
export const FAKE_LEAK_PASSPHRASE = 'correct horse battery staple';

export interface StoredDraft {
  meta: DraftMeta;
  body: DocNode;
  deleted: boolean;
  dismissed: Record<string, { reason: string; at: string }>;
}

function fail(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

let clock = Date.parse('2025-06-01T09:00:00.000Z');
const now = () => new Date((clock += 1000)).toISOString();

export function createFakeDraftsApi(options: FakeDraftsOptions = {}) {
  const sources = new Map((options.sources ?? []).map((s) => [s.id, s]));
  const statements = new Map((options.statements ?? []).map((s) => [s.id, s]));
  const drafts = new Map<string, StoredDraft>();
  let nextId = 0x100;
  for (const d of options.drafts ?? []) {
    const body = d.body ?? emptyDoc();
    drafts.set(d.meta.id, {
      meta: {
        title: '',
        dateline: '',
        byline: '',
        status: 'drafting',
        createdAt: '2025-05-01T10:00:00.000Z',
        updatedAt: '2025-05-01T10:00:00.000Z',
        wordCount: wordCount(body),
        citationCount: collectCitations(body).length,
        bodyRevision: 1,
        ...d.meta,
      },
      body,
      deleted: false,
      dismissed: {},
    });
  }
  let revealed = false;
  const scanTerms = () => [...(options.terms ?? []), ...(revealed ? (options.heldBack ?? []) : [])];

  const calls: { method: MethodName; input: unknown }[] = [];
  const failures = new Map<MethodName, ApiError[]>();
  const holds = new Map<MethodName, Promise<void>>();

  function handle<M extends MethodName, T>(method: M, input: unknown, run: (parsed: InputOf<M>) => ApiResult<T>): Promise<ApiResult<T>> {
    calls.push({ method, input: structuredClone(input) });
    const hold = holds.get(method) ?? Promise.resolve();
    return hold.then(() => {
      const queue = failures.get(method);
      const injected = queue?.shift();
      if (injected) return { ok: false, error: injected };
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        return fail('VALIDATION', `Fake API refused ${method}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      }
      return run(parsed.data as InputOf<M>);
    });
  }

  function stored(id: string): StoredDraft | null {
    const draft = drafts.get(id);
    return draft && !draft.deleted ? draft : null;
  }

  function labelOf(sourceId: string): string {
    const source = sources.get(sourceId);
    return source ? indefiniteForm(source.label) : 'a deleted source';
  }

  function scan(draft: StoredDraft): LeakReport {
    const findings: LeakReportFinding[] = [];
    const fields = [
      { field: 'title', text: draft.meta.title, position: (i: number) => i },
      { field: 'dateline', text: draft.meta.dateline, position: (i: number) => i },
      { field: 'byline', text: draft.meta.byline, position: (i: number) => i },
      ...positionedBlocks(draft.body).map((b) => ({ field: 'body', text: b.text, position: (i: number) => b.positions[i] ?? 0 })),
    ];
    for (const { field, text, position } of fields) {
      for (const term of scanTerms()) {
        const lower = text.toLowerCase();
        for (let at = lower.indexOf(term.text.toLowerCase()); at >= 0; at = lower.indexOf(term.text.toLowerCase(), at + 1)) {
          const key = `${term.sourceId}:name:full:${term.text.toLowerCase()}`;
          const label = labelOf(term.sourceId);
          const isBody = field === 'body';
          findings.push({
            key,
            field,
            from: position(at),
            to: isBody ? position(at + term.text.length - 1) + 1 : at + term.text.length,
            matched: text.slice(at, at + term.text.length),
            sourceId: term.sourceId,
            sourceLabel: label,
            termKind: 'name',
            part: 'full',
            severity: term.severity ?? 'high',
            reason: { id: 'leak.finding.term', values: { label, kind: 'name', altered: 'no' } },
            advice: { id: 'leak.finding.replace' },
            dismissed: draft.dismissed[key] ?? null,
          });
        }
      }
    }
    const body = positionedBlocks(draft.body).map((b) => b.text.toLowerCase()).join('\n');
    const withheld = revealed ? 0 : (options.heldBack ?? []).filter((t) => body.includes(t.text.toLowerCase())).length;
    const openCount = findings.filter((f) => f.severity !== 'low' && !f.dismissed).length + withheld;
    return { findings, withheld, labelIssues: [], jigsaw: [], openCount, scannedAt: now(), bodyRevision: draft.meta.bodyRevision };
  }

  const implemented: Partial<ShieldnoteApi> = {
    listDrafts: (input) =>
      handle('listDrafts', input, () => ({
        ok: true,
        value: [...drafts.values()].filter((d) => !d.deleted).map((d) => ({ ...d.meta })).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      })),
    createDraft: (input) =>
      handle('createDraft', input, (fields) => {
        const id = fakeId(nextId++);
        const at = now();
        const draft: StoredDraft = {
          meta: { id, title: fields.title ?? '', dateline: fields.dateline ?? '', byline: fields.byline ?? '', status: 'drafting', createdAt: at, updatedAt: at, wordCount: 0, citationCount: 0, bodyRevision: 1 },
          body: emptyDoc(),
          deleted: false,
          dismissed: {},
        };
        drafts.set(id, draft);
        return { ok: true, value: { meta: { ...draft.meta }, body: structuredClone(draft.body) } satisfies Draft };
      }),
    getDraft: (input) =>
      handle('getDraft', input, ({ id }) => {
        const draft = stored(id);
        if (!draft) return fail('NOT_FOUND', 'That draft does not exist (it may have been deleted).');
        return { ok: true, value: { meta: { ...draft.meta }, body: structuredClone(draft.body) } };
      }),
    saveDraftBody: (input) =>
      handle('saveDraftBody', input, ({ id, baseRevision, body }) => {
        const draft = stored(id);
        if (!draft) return fail('NOT_FOUND', 'That draft does not exist.');
        if (draft.meta.bodyRevision !== baseRevision) return fail('CONFLICT', 'This draft was changed elsewhere since you opened it.');
        draft.body = structuredClone(body);
        draft.meta = { ...draft.meta, bodyRevision: baseRevision + 1, updatedAt: now(), wordCount: wordCount(body), citationCount: collectCitations(body).length };
        return { ok: true, value: { ...draft.meta } };
      }),
    saveDraftMeta: (input) =>
      handle('saveDraftMeta', input, ({ id, title, dateline, byline }) => {
        const draft = stored(id);
        if (!draft) return fail('NOT_FOUND', 'That draft does not exist.');
        draft.meta = { ...draft.meta, title, dateline, byline, updatedAt: now() };
        return { ok: true, value: { ...draft.meta } };
      }),
    setDraftStatus: (input) =>
      handle('setDraftStatus', input, ({ id, status }) => {
        const draft = stored(id);
        if (!draft) return fail('NOT_FOUND', 'That draft does not exist.');
        if (status !== 'drafting' && status !== 'in-review') return fail('CONFLICT', 'Set by sign-off or export only.');
        draft.meta = { ...draft.meta, status, updatedAt: now() };
        return { ok: true, value: { ...draft.meta } };
      }),
    setDraftLanguage: (input) =>
      handle('setDraftLanguage', input, ({ id, language }) => {
        const draft = stored(id);
        if (!draft) return fail('NOT_FOUND', 'That draft does not exist.');
        draft.meta = { ...draft.meta, language, updatedAt: now() };
        return { ok: true, value: { ...draft.meta } };
      }),
    deleteItem: (input) =>
      handle('deleteItem', input, ({ kind, id }) => {
        const draft = kind === 'draft' ? stored(id) : null;
        if (!draft) return fail('NOT_FOUND', 'Not found.');
        draft.deleted = true;
        return { ok: true, value: { outcome: 'deleted', undoUntil: 'lock' } };
      }),
    undoDelete: (input) =>
      handle('undoDelete', input, ({ id }) => {
        const draft = drafts.get(id);
        if (!draft?.deleted) return fail('NOT_FOUND', 'Nothing to undo.');
        draft.deleted = false;
        return { ok: true, value: { restored: true } };
      }),
    scanDraft: (input) =>
      handle('scanDraft', input, ({ id }) => {
        const draft = stored(id);
        if (!draft) return fail('NOT_FOUND', 'That draft does not exist.');
        return { ok: true, value: scan(draft) };
      }),
    dismissFinding: (input) =>
      handle('dismissFinding', input, ({ draftId, key, reason }) => {
        const draft = stored(draftId);
        if (!draft) return fail('NOT_FOUND', 'That draft does not exist.');
        draft.dismissed[key] = { reason, at: now() };
        return { ok: true, value: scan(draft) };
      }),
    revealLeakFindings: (input) =>
      handle('revealLeakFindings', input, ({ draftId, passphrase }) => {
        const draft = stored(draftId);
        if (!draft) return fail('NOT_FOUND', 'That draft does not exist.');
        if (passphrase !== FAKE_LEAK_PASSPHRASE) return fail('WRONG_PASSPHRASE', 'That passphrase is not right. The findings stay held back.');
        revealed = true;
        return { ok: true, value: scan(draft) };
      }),
    getMyProfile: (input) => handle('getMyProfile', input, () => ({ ok: true, value: { profile: options.profile ?? null } })),
    listContacts: (input) => handle('listContacts', input, () => ({ ok: true, value: options.contacts ?? [] })),
    sendForReview: (input) =>
      handle('sendForReview', input, ({ draftId }) => {
        const draft = stored(draftId);
        if (!draft) return fail('NOT_FOUND', 'That draft does not exist.');
        const path = options.savePath === undefined ? '/home/reporter/review.snreview' : options.savePath;
        // As main: a saved package puts a drafting draft in review.
        if (path && draft.meta.status === 'drafting') draft.meta = { ...draft.meta, status: 'in-review' };
        return { ok: true, value: { path } };
      }),
    listSources: (input) => handle('listSources', input, () => ({ ok: true, value: [...sources.values()] })),
    getAcronymReadings: (input) => handle('getAcronymReadings', input, () => ({ ok: true, value: { entries: options.acronymReadings ?? [] } })),
    listStatements: (input) => handle('listStatements', input, () => ({ ok: true, value: [...statements.values()] })),
    getStatement: (input) =>
      handle('getStatement', input, ({ id }) => {
        const statement = statements.get(id);
        return statement ? { ok: true, value: statement } : fail('NOT_FOUND', 'That statement does not exist.');
      }),
    search: (input) =>
      handle('search', input, ({ query, limit }) => {
        const needle = query.trim().toLowerCase();
        const matching = [...statements.values()]
          .filter((s) => !needle || s.text.toLowerCase().includes(needle))
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        const hits = matching.slice(0, limit ?? 50).map((s) => ({ type: 'statement' as const, id: s.id, score: 1, terms: [], statement: s }));
        return { ok: true, value: { hits, total: matching.length, tookMs: 1 } };
      }),
  };

  const api = {} as Record<MethodName, unknown>;
  for (const name of METHOD_NAMES) {
    api[name] = implemented[name] ?? ((input: unknown) => handle(name, input, () => fail('INTERNAL', `Fake API: ${name} is not implemented`)));
  }

  return {
    api: api as unknown as ShieldnoteApi,
    calls,
    callsTo: (method: MethodName) => calls.filter((c) => c.method === method),
    /** The next `times` calls of `method` fail with this error. */
    failNext(method: MethodName, error: ApiError, times = 1) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => error)]);
    },
    /** Calls of `method` wait until the returned function is called. */
    hold(method: MethodName): () => void {
      let release = () => {};
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        holds.delete(method);
        release();
      };
    },
    draft: (id: string) => drafts.get(id) ?? null,
    /** Someone else saved the draft (another window): the next save based on the old revision conflicts. */
    bumpRevision(id: string, body?: DocNode) {
      const draft = drafts.get(id)!;
      draft.meta = { ...draft.meta, bodyRevision: draft.meta.bodyRevision + 1 };
      if (body) draft.body = body;
    },
    removeSource(id: string) {
      sources.delete(id);
    },
  };
}

export type FakeDraftsApi = ReturnType<typeof createFakeDraftsApi>;

export function installFakeDraftsApi(options: FakeDraftsOptions = {}): FakeDraftsApi {
  const fake = createFakeDraftsApi(options);
  Object.defineProperty(window, 'shieldnote', { value: fake.api, configurable: true, writable: true });
  return fake;
}
