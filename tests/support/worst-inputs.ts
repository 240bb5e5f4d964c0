import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SAVE_STATEMENTS_MAX_CHARS } from '../../common/api/contract';
import type { ApiResult } from '../../common/api/errors';
import type { MethodName } from '../../common/api/method-names';
import { DOC_BUDGET, MARKS, docProblem, type DocNode } from '../../common/domain/draft';
import { IMPORT_MAX_CANDIDATES } from '../../common/domain/import';
import type { Source } from '../../common/domain/source';
import type { Statement } from '../../common/domain/statement';
import { assertPassageBudget } from '../../common/review/passages';
import { createApiHandler } from '../../main/ipc/api-handler';
import { ENVELOPE_MAX_BYTES } from '../../main/review-packages/envelope';
import { ShieldnoteService } from '../../main/service/shieldnote-service';
import { telegramExport } from './import-fixtures';
import { seedStory } from './seed-story';
import { FAST_KDF, STRONG_PASSPHRASE, testPlatform, type FilePickerAnswers } from './temp-dirs';

// The largest inputs each API method accepts (docs/api-budgets.md), every one schema-valid, run
// through the real IPC handler and service. Used by tests/unit/worst-inputs.test.ts (each ends
// in a result or a clean error) and bench/worst-call-bench.ts (the slowest call).

const ORIGIN = 'app://shieldnote';
const MAIN_FRAME = { url: `${ORIGIN}/index.html`, isMainFrame: true };
const BASE64_MAX = Math.ceil((25 * 1024 * 1024 * 4) / 3) + 4;

export interface WorstWorld {
  service: ShieldnoteService;
  call: (method: MethodName, input: unknown) => Promise<ApiResult<unknown>>;
  files: FilePickerAnswers;
  dir: string;
  sourceId: string;
  bareSourceId: string;
  statementId: string;
  fixtureStatement: Statement;
  sources: Map<string, Source>;
  /** A Telegram export at the candidate cap, for the import reader. */
  telegramFile: string;
  longStatement: Statement;
  wideStatement: Statement;
  draftId: string;
  attachmentId: string;
  /** A file at the package size cap that starts like a package (so it is read and opened whole), then noise. */
  hugeFile: string;
}

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const words = (count: number, word: (i: number) => string) => Array.from({ length: count }, (_, i) => word(i)).join(' ');
const fakeId = () => randomBytes(16).toString('hex');
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

/** The largest n (up to `most`) whose document passes the schema (and `accepts`, when given). */
function largestValid(build: (n: number) => DocNode, most: number, accepts: (body: DocNode) => boolean = () => true): DocNode {
  const ok = (body: DocNode) => docProblem(body) === null && accepts(body);
  let lo = 1;
  let hi = most;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(build(mid))) lo = mid;
    else hi = mid - 1;
  }
  const body = build(lo);
  if (!ok(body)) throw new Error(`No valid body: ${docProblem(body)}`);
  return body;
}

/** A vault with the fixture story, a 16k-word statement, a statement with an attachment and a draft. */
export async function worstWorld(dir: string): Promise<WorstWorld> {
  const files: FilePickerAnswers = { open: null, saveDir: null };
  const service = new ShieldnoteService({ platform: testPlatform(dir, async () => null, files), kdfPolicy: FAST_KDF });
  const handler = createApiHandler(service, { allowedOrigin: ORIGIN });
  await service.createVault({ path: path.join(dir, 'vault'), name: 'Desk', passphrase: STRONG_PASSPHRASE });
  const seeded = await seedStory(service);
  const sourceId = Object.values(seeded.sourceIds)[0]!;
  const bare = await service.saveSource({ label: { adjective: '', noun: 'official', qualifier: '' }, access: '', anonymityReason: '', reliability: 'new', poolSize: null, notes: '' });
  const base = { sourceId, kind: 'quote' as const, saidOn: '2026-05-01', channel: 'phone' as const, notes: '', tags: [] };
  // 16,000 words within the 50,000-character statement budget.
  const longStatement = await service.saveStatement({ ...base, text: words(16_000, (i) => `w${i % 9}`) });
  const wideStatement = await service.saveStatement({ ...base, text: words(1_000, (i) => `s${i % 89}`) });
  const withFile = await service.addAttachment({ statementId: seeded.statements[0]!.id, name: 'a.bin', mimeType: 'application/octet-stream', dataBase64: 'AAAA' });
  const draft = await service.createDraft({ title: 'Worst', dateline: '', byline: '' });
  const telegramFile = path.join(dir, 'result.json');
  writeFileSync(telegramFile, JSON.stringify(telegramExport({ messages: IMPORT_MAX_CANDIDATES + 1_000 })));
  const hugeFile = path.join(dir, 'huge.snreview');
  writeFileSync(hugeFile, Buffer.concat([Buffer.from('SNRV\x01\x01'), randomBytes(ENVELOPE_MAX_BYTES - 6)]));
  return {
    service,
    call: (method, input) => handler(MAIN_FRAME, method, input),
    files,
    dir,
    sourceId,
    bareSourceId: bare.id,
    statementId: seeded.statements[0]!.id,
    fixtureStatement: seeded.statements[0]!,
    sources: new Map((await service.listSources({})).map((s) => [s.id, s])),
    telegramFile,
    longStatement,
    wideStatement,
    draftId: draft.meta.id,
    attachmentId: withFile.attachments[0]!.id,
    hugeFile,
  };
}

/** Bodies at the edge of DOC_BUDGET, each stressing a different part of the work on a draft. */
export function worstBodies(w: WorstWorld): Record<string, DocNode> {
  const allMarks = (statementId: string) => MARKS.map((type) => (type === 'link' ? { type, attrs: { href: 'https://a.example/' } } : type === 'quoteSource' ? { type, attrs: { statementId, revision: 1, original: 'x' } } : { type }));
  // Most nodes (short plain words), and most marked nodes (every mark on every word).
  const mostNodes = largestValid((n) => doc(...Array.from({ length: n }, (_, p) => paragraph(...Array.from({ length: 99 }, (_, i) => ({ type: 'text', text: `w${(p + i) % 10} ` }))))), 1_000);
  const mostMarks = largestValid((n) => doc(...Array.from({ length: n }, (_, p) => paragraph(...Array.from({ length: 99 }, (_, i) => ({ type: 'text', text: `w${(p + i) % 10}. `, marks: allMarks(w.statementId) }))))), 1_000);
  // Most text: the text budget filled with a cited source's words, and citations throughout.
  const sentence = 'Until this spring the border agents used to lead the trader through. ';
  const mostText = doc(
    ...Array.from({ length: 1_000 }, (_, p) =>
      paragraph({ type: 'text', text: repeatTo(sentence, DOC_BUDGET.textChars / 1_000 - 10) }, { type: 'citation', attrs: { citationId: `c${p}`, statementIds: [w.statementId], revisions: [1], override: null, customText: null, showDate: false, outlet: '' } }),
    ),
  );
  // Most citations: one long paragraph of citations, each citing 50 statements by id; and as many single ones as fit.
  const citation = (i: number, ids: number): DocNode => ({ type: 'citation', attrs: { citationId: `c${i}`, statementIds: Array.from({ length: ids }, () => w.statementId), revisions: Array.from({ length: ids }, () => 1), override: null, customText: null, showDate: true, outlet: 'o' } });
  // Saving also refuses a body whose review would hash more than the passage budget.
  const statements = new Map([w.fixtureStatement, w.longStatement, w.wideStatement].map((s) => [s.id, s]));
  const reviewable = (body: DocNode) => {
    try {
      assertPassageBudget(body, statements, w.sources);
      return true;
    } catch {
      return false;
    }
  };
  const mostCitations = largestValid((n) => doc(paragraph(...Array.from({ length: n }, (_, i) => citation(i, 50)))), 100_000, reviewable);
  const mostSingleCitations = largestValid((n) => doc(paragraph(...Array.from({ length: n }, (_, i) => [{ type: 'text', text: 'x. ' }, citation(i, 1)]).flat())), 100_000, reviewable);
  // Beyond the passage budget (a run-on paragraph of citations): refused when saved.
  const unreviewable = largestValid((n) => doc(paragraph(...Array.from({ length: n }, (_, i) => [{ type: 'text', text: 'x ' }, citation(i, 1)]).flat())), 100_000);
  // The statement of 16k words quoted as 40k other words, as many as the text budget allows (16k against 60k ran out of memory).
  const quoteAttrs = (s: Statement) => ({ statementId: s.id, revision: s.revision, original: s.text });
  const cite = (s: Statement, i: number): DocNode => ({ type: 'citation', attrs: { citationId: `q${i}`, statementIds: [s.id], revisions: [s.revision], override: null, customText: null, showDate: false, outlet: '' } });
  const longQuote = doc(paragraph({ type: 'text', text: '“' }, { type: 'text', text: words(40_000, (i) => `q${i % 991}`), marks: [{ type: 'quoteSource', attrs: quoteAttrs(w.longStatement) }] }, { type: 'text', text: ',” said ' }, cite(w.longStatement, 0), { type: 'text', text: '.' }));
  // Many quotes of 1,000 words, each rewritten: the review's shared diff budget.
  const manyQuotes = doc(
    ...Array.from({ length: 60 }, (_, i) =>
      paragraph({ type: 'text', text: '“' }, { type: 'text', text: words(1_000, (j) => `r${(i + j) % 83}`), marks: [{ type: 'quoteSource', attrs: quoteAttrs(w.wideStatement) }] }, { type: 'text', text: ',” said ' }, cite(w.wideStatement, i), { type: 'text', text: '.' }),
    ),
  );
  // Every character in attributes: quotes carrying 100,000 characters of "original" each.
  const attrHeavy = largestValid((n) => doc(...Array.from({ length: n }, () => paragraph({ type: 'text', text: 'x', marks: [{ type: 'quoteSource', attrs: { statementId: w.statementId, revision: 1, original: repeatTo('said the trader ', 100_000) } }] }))), 100);
  // Deepest nesting, repeated.
  let deep: DocNode = paragraph({ type: 'text', text: 'deep' });
  for (let d = 2; d < DOC_BUDGET.depth; d++) deep = { type: 'blockquote', content: [deep] };
  const deepest = largestValid((n) => doc(...Array.from({ length: n }, () => deep)), DOC_BUDGET.nodes);
  return { mostNodes, mostMarks, mostText, mostCitations, mostSingleCitations, unreviewable, longQuote, manyQuotes, attrHeavy, deepest };
}

export interface WorstCall {
  method: MethodName;
  /** What is maximal about this input. */
  label: string;
  input: unknown;
  /** Sets the world up first (saves a body, points the file picker), untimed; false skips the call. */
  before?: () => Promise<boolean | void>;
}

/** Every method with its largest inputs, in an order that keeps the world usable (locks last). */
export function worstCalls(w: WorstWorld): WorstCall[] {
  const bodies = worstBodies(w);
  const longPath = `/${repeatTo('a/', 4_094)}b`;
  const passphrase = repeatTo('wrong passphrase ', 1_024);
  const recoveryKey = repeatTo('ABCD-', 200).slice(0, 200);
  const id = fakeId();
  const statement = (i: number) => ({ sourceId: w.sourceId, kind: 'quote', saidOn: '2026-05-05', channel: 'messenger', text: repeatTo(`border trader ${i} said `, 50_000).trim(), notes: repeatTo('note ', 20_000), tags: Array.from({ length: 30 }, (_, t) => repeatTo(`tag${t}-`, 40)) });
  const withBody = (name: string) => async () => {
    const draft = await w.service.getDraft({ id: w.draftId });
    const saved = await w.call('saveDraftBody', { id: w.draftId, baseRevision: draft.meta.bodyRevision, body: bodies[name]! });
    return saved.ok;
  };
  const calls: WorstCall[] = [
    { method: 'getStatus', label: 'no input', input: {} },
    { method: 'listVaults', label: 'no input', input: {} },
    { method: 'pickVaultFolder', label: 'picker cancelled', input: {} },
    { method: 'copyRecoveryKey', label: 'no input', input: {} },
    { method: 'confirmRecoveryKey', label: 'longest key', input: { recoveryKey } },
    { method: 'renameVault', label: '80-character name', input: { name: repeatTo('Desk ', 80).trim() } },
    { method: 'getInterfaceLanguage', label: 'no input', input: {} },
    { method: 'setInterfaceLanguage', label: 'Korean', input: { choice: 'ko' } },
    { method: 'getPreferences', label: 'no input', input: {} },
    { method: 'updatePreferences', label: 'largest value', input: { identityRevealSeconds: 600 } },
    { method: 'listSources', label: 'archived too', input: { includeArchived: true } },
    { method: 'saveSource', label: 'every field at its longest', input: { label: { adjective: repeatTo('a', 60), noun: repeatTo('n', 40), qualifier: repeatTo('q ', 120).trim(), byLanguage: { ko: { place: repeatTo('곳', 60), noun: repeatTo('통', 40) }, 'zh-Hans': { place: repeatTo('地', 60), noun: repeatTo('士', 40) }, ja: { place: repeatTo('所', 60), noun: repeatTo('筋', 40) } } }, access: repeatTo('access ', 2_000), anonymityReason: repeatTo('why ', 2_000), reliability: 'proven', poolSize: 100_000_000, notes: repeatTo('notes ', 20_000) } },
    { method: 'revealIdentity', label: 'longest wrong passphrase', input: { sourceId: w.sourceId, passphrase } },
    { method: 'saveIdentity', label: '200 terms of 300 characters', input: { sourceId: w.bareSourceId, terms: Array.from({ length: 200 }, (_, i) => ({ kind: 'alias', value: repeatTo(`Kim Yong ${i} `, 300).trim(), isPublic: false })) } },
    { method: 'hideIdentity', label: 'ids', input: { sourceId: w.sourceId } },
    { method: 'copyIdentityTerm', label: 'last index', input: { sourceId: w.sourceId, index: 199 } },
    { method: 'listStatements', label: 'archived too', input: { includeArchived: true } },
    { method: 'getStatement', label: '16k-word statement', input: { id: w.longStatement.id } },
    { method: 'saveStatement', label: '50,000 characters, notes and tags at their longest', input: { ...statement(0), id: w.longStatement.id } },
    { method: 'saveStatements', label: '500 statements within the pasted-notes budget', input: { statements: Array.from({ length: 500 }, (_, i) => ({ ...statement(i), text: repeatTo(`p${i} said the trader `, SAVE_STATEMENTS_MAX_CHARS / 500).trim(), notes: '' })) } },
    { method: 'addAttachment', label: '25 MB file', input: { statementId: w.statementId, name: repeatTo('n', 255), mimeType: 'application/octet-stream', dataBase64: repeatTo('QUJD', BASE64_MAX - (BASE64_MAX % 4)) } },
    { method: 'getAttachment', label: 'small file', input: { statementId: w.statementId, attachmentId: w.attachmentId } },
    { method: 'removeAttachment', label: 'ids', input: { statementId: w.statementId, attachmentId: w.attachmentId } },
    { method: 'search', label: '500-character query, every filter', input: { query: repeatTo('border trader w1 ', 500), kinds: ['quote', 'paraphrase', 'background'], channels: ['in-person', 'phone', 'messenger', 'email', 'other'], tags: Array.from({ length: 30 }, (_, t) => `tag${t}`), from: '1900', to: '2200-12-31', types: ['statement', 'source'], limit: 1_000 } },
    { method: 'search', label: '500 one-letter words', input: { query: repeatTo('w ', 500), limit: 1_000 } },
    { method: 'listTags', label: 'no input', input: {} },
    { method: 'setArchived', label: 'ids', input: { kind: 'statement', id: w.wideStatement.id, archived: false } },
    { method: 'deleteItem', label: 'unknown id', input: { kind: 'source', id } },
    { method: 'undoDelete', label: 'unknown id', input: { kind: 'source', id } },
    { method: 'listAudit', label: '10,000 entries', input: { limit: 10_000 } },
    { method: 'listDrafts', label: 'no input', input: {} },
    { method: 'listMergeNotices', label: 'no input', input: {} },
    { method: 'dismissMergeNotice', label: 'longest id', input: { id: repeatTo('n', 300) } },
    { method: 'createDraft', label: 'longest fields', input: { title: repeatTo('t', 300), dateline: repeatTo('d', 120), byline: repeatTo('b', 200) } },
    { method: 'saveDraftMeta', label: 'longest fields', input: { id: w.draftId, title: repeatTo('t', 300), dateline: repeatTo('d', 120), byline: repeatTo('b', 200) } },
  ];
  for (const name of Object.keys(bodies)) {
    const input = { id: w.draftId, baseRevision: 0, body: bodies[name] };
    // The revision grows with each save: read it just before the call.
    const before = async () => void (input.baseRevision = (await w.service.getDraft({ id: w.draftId })).meta.bodyRevision);
    calls.push({ method: 'saveDraftBody', label: `body: ${name}`, input, before });
  }
  for (const name of Object.keys(bodies)) {
    const before = withBody(name);
    calls.push(
      { method: 'getDraft', label: `body: ${name}`, input: { id: w.draftId }, before },
      { method: 'scanDraft', label: `body: ${name}`, input: { id: w.draftId }, before },
      { method: 'getReview', label: `body: ${name}`, input: { subject: { draftId: w.draftId } }, before },
      { method: 'previewExport', label: `body: ${name}, html`, input: { draftId: w.draftId, format: 'html' }, before },
      { method: 'previewExport', label: `body: ${name}, nitf`, input: { draftId: w.draftId, format: 'nitf' }, before },
    );
  }
  calls.push(
    { method: 'setDraftStatus', label: 'ids', input: { id: w.draftId, status: 'in-review' } },
    // Re-renders every citation and reopens approvals over the largest body.
    { method: 'setDraftLanguage', label: 'ids', input: { id: w.draftId, language: 'ko' } },
    // A linked draft carrying every citation of the largest body, in order.
    { method: 'translateDraft', label: 'largest body', before: withBody('mostSingleCitations'), input: { id: w.draftId, language: 'ja' } },
    { method: 'getAcronymReadings', label: 'no input', input: {} },
    {
      method: 'saveAcronymReadings',
      label: '200 longest acronyms',
      input: { entries: Array.from({ length: 200 }, (_, i) => ({ acronym: repeatTo('A', 16) + String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26), 65, 65).slice(0, 4), reading: repeatTo('나', 20) })) },
    },
    { method: 'dismissFinding', label: 'longest key and reason', input: { draftId: w.draftId, key: repeatTo('k', 600), reason: repeatTo('reason ', 500) } },
    { method: 'listDraftImages', label: 'ids', input: { draftId: w.draftId } },
    { method: 'addDraftImage', label: '25 MB that is not an image', input: { draftId: w.draftId, name: repeatTo('i', 255), caption: repeatTo('c', 1_000), credit: repeatTo('r', 200), alt: repeatTo('a', 1_000), dataBase64: repeatTo('AAAA', BASE64_MAX - (BASE64_MAX % 4)) } },
    { method: 'updateDraftImage', label: 'unknown image', input: { draftId: w.draftId, imageId: id, caption: repeatTo('c', 1_000), credit: repeatTo('r', 200), alt: repeatTo('a', 1_000) } },
    { method: 'removeDraftImage', label: 'unknown image', input: { draftId: w.draftId, imageId: id } },
    { method: 'getDraftImage', label: 'unknown image', input: { draftId: w.draftId, imageId: id } },
    { method: 'exportDraft', label: 'body: mostText, refused for findings', input: { draftId: w.draftId, format: 'markdown', final: false }, before: withBody('mostText') },
    { method: 'revealLeakFindings', label: 'body: mostText, longest wrong passphrase', input: { draftId: w.draftId, passphrase }, before: withBody('mostText') },
    { method: 'readImport', label: `Telegram export of ${IMPORT_MAX_CANDIDATES + 1_000} messages (past the cap)`, input: { purpose: 'statements' }, before: async () => void (w.files.open = w.telegramFile) },
    { method: 'saveImportedStatements', label: 'unknown import, every candidate index', input: { importId: id, statements: Array.from({ length: IMPORT_MAX_CANDIDATES }, (_, index) => ({ index, sourceId: w.sourceId, kind: 'quote' })), saidOn: null, channel: 'messenger', tags: [], identityTerms: [], reviewedWarnings: true } },
    { method: 'saveImportedDraft', label: 'unknown import', input: { importId: id, reviewedWarnings: true } },
    { method: 'deleteImportedOriginal', label: 'unknown import', input: { importId: id } },
    { method: 'discardImport', label: 'unknown import', input: { importId: id } },
    { method: 'getWordPressSettings', label: 'no input', input: {} },
    { method: 'saveWordPressSettings', label: 'longest fields', input: { siteUrl: `http://127.0.0.1:9/${repeatTo('p', 470)}`, user: repeatTo('u', 200), applicationPassword: repeatTo('abcd ', 200) } },
    { method: 'getWordPressPublication', label: 'ids', input: { draftId: w.draftId } },
    { method: 'publishToWordPress', label: 'unapproved draft, longest reason', input: { draftId: w.draftId, override: { reason: repeatTo('r', 500) } } },
    { method: 'forgetWordPressSettings', label: 'no input', input: {} },
    { method: 'getMyProfile', label: 'no input', input: {} },
    { method: 'saveProfile', label: '80-character name, becoming an editor with the longest wrong passphrase', input: { name: repeatTo('Mina ', 80).trim(), role: 'editor', passphrase } },
    { method: 'copyMyKey', label: 'no input', input: {} },
    { method: 'listContacts', label: 'no input', input: {} },
    { method: 'previewContact', label: '2,000 characters of noise', input: { keyString: repeatTo('snkey1', 2_000) } },
    { method: 'addContact', label: '2,000 characters of noise', input: { keyString: repeatTo('snkey1', 2_000) } },
    { method: 'removeContact', label: 'unknown id', input: { id } },
    { method: 'sendForReview', label: 'unknown contact', input: { draftId: w.draftId, contactId: id, includeIdentities: true, passphrase: STRONG_PASSPHRASE } },
    { method: 'listSentPackages', label: 'all drafts', input: {} },
    { method: 'importReviewPackage', label: '16 MiB that starts like a package', input: {}, before: async () => void (w.files.open = w.hugeFile) },
    { method: 'importReviewResponse', label: '16 MiB that starts like a package', input: {}, before: async () => void (w.files.open = w.hugeFile) },
    { method: 'listReviewCopies', label: 'no input', input: {} },
    { method: 'saveReviewResponse', label: 'unknown copy', input: { copyId: id } },
    { method: 'revealCopyIdentity', label: 'unknown copy', input: { copyId: id, sourceId: w.sourceId, passphrase } },
    // The desk folder: 5,000 sealed-looking files (the most a scan looks at) and a 16 MiB one.
    { method: 'chooseDeskFolder', label: 'a desk of 5,000 files', input: {}, before: async () => void (w.files.deskFolder = crowdedDesk(w.dir, w.hugeFile)) },
    { method: 'getDeskSettings', label: 'no input', input: {} },
    { method: 'setDeskCleanupDays', label: 'most days', input: { days: 90 } },
    { method: 'listDesk', label: '5,000 files', input: {} },
    { method: 'importFromDesk', label: '16 MiB that starts like a package', input: { name: HUGE_DESK_FILE } },
    { method: 'forgetDeskFolder', label: 'no input', input: {} },
    { method: 'decideCitation', label: 'longest comment, body: longQuote', input: { subject: { draftId: w.draftId }, citationKey: 'q0', state: 'flagged', comment: repeatTo('why ', 2_000) }, before: withBody('longQuote') },
    { method: 'tickChecklist', label: 'body: longQuote', input: { subject: { draftId: w.draftId }, item: 1, checked: true } },
    { method: 'signOff', label: 'body: longQuote, with the passphrase', input: { subject: { draftId: w.draftId }, passphrase: STRONG_PASSPHRASE } },
    { method: 'listCorroborations', label: 'all', input: {} },
    { method: 'linkCorroboration', label: 'two statements', input: { statementIds: [w.statementId, w.wideStatement.id], linked: true } },
    { method: 'getTravelStatus', label: 'no input', input: {} },
    { method: 'createTravelKey', label: 'no input', input: {} },
    { method: 'enterTravelMode', label: 'longest wrong key', input: { sealTo: 'recovery-key', key: recoveryKey } },
    { method: 'restoreFromTravel', label: 'picker cancelled', input: { key: recoveryKey, deleteFile: false }, before: async () => void (w.files.open = null) },
    { method: 'burnIdentity', label: '400-character confirmation that does not match', input: { sourceId: w.sourceId, confirmation: repeatTo('x', 400), passphrase, key: recoveryKey } },
    { method: 'getSafetySettings', label: 'no input', input: {} },
    { method: 'updateSafetySettings', label: 'largest values', input: { autoLockMinutes: 240, backupsKept: 100, backupIntervalMinutes: 1_440, contentProtection: true } },
    { method: 'listBackups', label: 'no input', input: {} },
    { method: 'backUpNow', label: 'the vault after every body above', input: {} },
    { method: 'verifyVault', label: 'every file', input: {} },
    { method: 'getDesk', label: 'every draft and source above', input: {} },
    { method: 'deleteSampleVault', label: 'declined in main’s dialog', input: {} },
    { method: 'getRollbackWarning', label: 'no input', input: {} },
    { method: 'resolveRollback', label: 'nothing to resolve', input: { choice: 'cancel' } },
    { method: 'awaitLock', label: 'no input (long poll: answered by the lock below)', input: {} },
    { method: 'changePassphrase', label: 'longest passphrases, wrong', input: { currentPassphrase: passphrase, newPassphrase: passphrase } },
    { method: 'setPassphraseAfterRecovery', label: 'longest passphrase, not after recovery', input: { newPassphrase: passphrase } },
    { method: 'replaceRecoveryKey', label: 'longest wrong passphrase', input: { passphrase } },
    { method: 'restoreBackup', label: 'unknown backup, longest secrets', input: { backupId: '20260101T000000000Z-00000000', passphrase, recoveryKey } },
    { method: 'lock', label: 'no input', input: {} },
    { method: 'unlock', label: 'longest wrong passphrase', input: { method: 'passphrase', passphrase } },
    { method: 'unlock', label: 'the passphrase', input: { method: 'passphrase', passphrase: STRONG_PASSPHRASE } },
    { method: 'openSampleVault', label: 'builds the whole sample vault (switches away from this one)', input: {} },
    // Last: both leave no vault open.
    { method: 'createVault', label: '4096-character path', input: { path: longPath, name: repeatTo('n', 80), passphrase } },
    { method: 'selectVault', label: '4096-character path', input: { path: longPath } },
  );
  return calls;
}

export interface TimedCall extends Omit<WorstCall, 'input' | 'before'> {
  ms: number;
  /** The longest the event loop was held during the call (a 5 ms timer's worst delay). */
  stallMs: number;
  result: ApiResult<unknown>;
}

/** Runs each call through the IPC handler; a long poll is started and left to the lock to answer. */
export async function runWorstCalls(w: WorstWorld, onCall?: (call: TimedCall) => void): Promise<TimedCall[]> {
  const out: TimedCall[] = [];
  const pending: Promise<unknown>[] = [];
  // Taken off the queue one by one, so each input can be collected once its call is done.
  const queue = worstCalls(w);
  for (let call = queue.shift(); call; call = queue.shift()) {
    if ((await call.before?.()) === false) continue;
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    // The histogram measures between its own timer's ticks: let it tick once before the call.
    await new Promise((resolve) => setTimeout(resolve, 12));
    const started = performance.now();
    const promise = w.call(call.method, call.input);
    if (call.method === 'awaitLock') {
      pending.push(promise);
      loop.disable();
      const timed = { method: call.method, label: call.label, ms: performance.now() - started, stallMs: 0, result: { ok: true, value: 'pending' } as ApiResult<unknown> };
      out.push(timed);
      onCall?.(timed);
      continue;
    }
    const result = await promise;
    const ms = performance.now() - started;
    // Let the timer see the last stretch, then read the worst delay (the histogram is in ns).
    await new Promise((resolve) => setTimeout(resolve, 10));
    loop.disable();
    const timed = { method: call.method, label: call.label, ms, stallMs: Math.min(ms, Math.max(0, loop.max / 1e6 - 5)), result: result.ok ? { ok: true as const, value: null } : result };
    out.push(timed);
    onCall?.(timed);
  }
  await Promise.all(pending);
  return out;
}

const HUGE_DESK_FILE = `${'f'.repeat(32)}.snreview`;

/** A desk folder as crowded as a scan allows, one file of it the largest envelope accepted. */
function crowdedDesk(dir: string, hugeFile: string): string {
  const desk = path.join(dir, 'desk');
  mkdirSync(desk, { recursive: true });
  const header = Buffer.concat([Buffer.from('SNRV\x01\x01'), randomBytes(32 + 200)]);
  for (let i = 0; i < 4_999; i++) writeFileSync(path.join(desk, `${i.toString(16).padStart(32, '0')}.snreview`), header);
  copyFileSync(hugeFile, path.join(desk, HUGE_DESK_FILE));
  return desk;
}
