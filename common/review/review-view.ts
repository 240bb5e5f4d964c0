import { indefiniteForm } from '../attribution/label-forms';
import { DIFF_WORK_BUDGET, diffWords, quoteMatches, type WordChange } from '../attribution/quote-fidelity';
import type { DocNode, DraftStatus } from '../domain/draft';
import { draftLanguageOf, type DraftLanguage } from '../domain/language';
import { message, type Message } from '../domain/message';
import type { CitationDecision, CorroborationLink, DecisionState, DraftReview, ReopenNotice, Reviewer, ReviewSubject, SignOff } from '../domain/review';
import type { Reliability, SourceLabel } from '../domain/source';
import type { Channel, StatementKind } from '../domain/statement';
import { plainText } from '../document/draft-doc';
import { runChecklist, singleSourceKeys, type ChecklistFinding, type ChecklistResult } from './checklist';
import { citationPassages, type CitationPassage } from './passages';
import { compareTranslations, type LinkedVersionInput, type ReviewTranslation } from './translation-compare';

// The review screen's data, built in one pure pass from a draft and what it cites. Main builds
// it from the vault; an editor's read-only copy builds it from a review package: same screen.

/** What the review needs of a statement (no reporter's notes, no attachments). */
export interface ReviewStatementInput {
  id: string;
  sourceId: string;
  text: string;
  kind: StatementKind;
  saidOn: string | null;
  channel: Channel;
  revision: number;
}

/** A source's profile as an editor sees it: never the identity, never the reporter's notes. */
export interface ReviewSourceInput {
  id: string;
  label: SourceLabel;
  access: string;
  anonymityReason: string;
  reliability: Reliability;
  poolSize: number | null;
}

export interface ReviewViewInput {
  subject: ReviewSubject;
  meta: { title: string; dateline: string; byline: string; status: DraftStatus; bodyRevision: number; selfApproved?: boolean | undefined; language?: DraftLanguage | undefined };
  body: DocNode;
  statements: ReviewStatementInput[];
  sources: ReviewSourceInput[];
  corroborations: CorroborationLink[];
  review: DraftReview;
  /** The leak guard over the draft; null when identities are not available (a copy without them). */
  leak: { openCount: number; findings: ChecklistFinding[] } | null;
  readOnly: boolean;
  /** Who is looking (the vault's profile): the screen offers decisions to an editor only. */
  viewer: Reviewer | null;
  /** Translations linked to the draft ("Translate…"): compared side by side. */
  linked?: LinkedVersionInput[];
}

export interface ReviewQuote {
  statementId: string;
  quoted: string;
  /** The statement as recorded now. */
  recorded: string;
  matches: boolean;
  changes: WordChange[];
  /** The statement was edited after the draft quoted it. */
  statementEdited: boolean;
}

export interface ReviewProfile extends ReviewSourceInput {
  labelText: string;
}

export interface ReviewDecisionView {
  state: DecisionState;
  comment: string | null;
  by: CitationDecision['by'] | null;
  at: string | null;
  /** A decision whose passage changed since: approvals fall back to open, flags stay with this mark. */
  changedSince: boolean;
}

export interface ReviewCitation {
  key: string;
  /** 1-based position in the story. */
  number: number;
  attribution: string;
  form: CitationPassage['rendered']['form'];
  ruleForm: CitationPassage['rendered']['ruleForm'];
  unresolved: boolean;
  /** Sources cited here that have no label in the draft's language (the text says so too). */
  missingLabel: string[];
  sentence: CitationPassage['sentence'];
  statements: ReviewStatementInput[];
  quotes: ReviewQuote[];
  sources: ReviewProfile[];
  /** Other sources in this draft whose statements the reporter linked as corroborating. */
  corroboration: { count: number; labels: string[]; /** Linked statements (any source), for the reporter's link control. */ statementIds: string[] };
  seniorEditor: boolean;
  /** Checklist items that failed because of this citation. */
  failedItems: number[];
  decision: ReviewDecisionView;
  passageHash: string;
}

export interface ReviewView {
  subject: ReviewSubject;
  /** The draft's language: the attributions are rendered in it. */
  language: DraftLanguage;
  title: string;
  dateline: string;
  byline: string;
  status: DraftStatus;
  bodyRevision: number;
  readOnly: boolean;
  viewer: Reviewer | null;
  citations: ReviewCitation[];
  checklist: ChecklistResult[];
  /** Each linked translation beside this draft, with the citations and counts that differ. */
  translations: ReviewTranslation[];
  counts: Record<DecisionState, number>;
  /** null when the leak guard could not run here (a copy without identities). */
  leakOpenCount: number | null;
  signOff: SignOff | null;
  /**
   * The approval in force was given in the vault the draft was written in (passphrase confirmed),
   * not by an editor from a review package: the screen says "self-approved".
   */
  selfApproved: boolean;
  /** What stands between the draft and a sign-off; empty when it can be signed off. */
  signOffBlockers: Message[];
  reopened: ReopenNotice | null;
}

/** Statements linked to each statement, both ways. */
function linkMap(links: CorroborationLink[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { statementIds: [a, b] } of links) {
    if (!map.has(a)) map.set(a, new Set());
    if (!map.has(b)) map.set(b, new Set());
    map.get(a)!.add(b);
    map.get(b)!.add(a);
  }
  return map;
}

/** The decision in force for a citation, given what its passage hashes to now. */
export function effectiveDecision(decision: CitationDecision | undefined, passageHash: string): ReviewDecisionView {
  if (!decision || decision.state === 'open') return { state: 'open', comment: decision?.comment ?? null, by: decision?.by ?? null, at: decision?.at ?? null, changedSince: false };
  const changedSince = decision.passageHash !== passageHash;
  if (changedSince && decision.state === 'approved') return { state: 'open', comment: null, by: decision.by, at: decision.at, changedSince: true };
  return { state: decision.state, comment: decision.comment ?? null, by: decision.by, at: decision.at, changedSince };
}

/** Approved citations whose passage no longer hashes the same: the approvals an edit reopens. */
export function staleApprovals(decisions: CitationDecision[], currentHashes: ReadonlyMap<string, string>): string[] {
  return decisions.filter((d) => d.state === 'approved' && currentHashes.has(d.citationKey) && currentHashes.get(d.citationKey) !== d.passageHash).map((d) => d.citationKey);
}

export function buildReviewView(input: ReviewViewInput): ReviewView {
  const statements = new Map(input.statements.map((s) => [s.id, s]));
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const language = draftLanguageOf(input.meta);
  const passages = citationPassages(input.body, statements, sources, language);
  const links = linkMap(input.corroborations);
  const citedStatementIds = new Set(passages.flatMap((p) => p.citation.statementIds));

  const corroboration = new Map<string, string[]>();
  for (const p of passages) {
    const own = new Set(p.citation.statementIds.map((id) => statements.get(id)?.sourceId).filter((x): x is string => !!x));
    const others = new Set<string>();
    for (const id of p.citation.statementIds) {
      for (const linked of links.get(id) ?? []) {
        const source = statements.get(linked)?.sourceId;
        if (source && !own.has(source) && citedStatementIds.has(linked)) others.add(source);
      }
    }
    corroboration.set(p.citation.citationId, [...others]);
  }

  const checklist = runChecklist({
    language,
    byline: input.meta.byline,
    passages,
    sources,
    statements,
    corroboration: new Map([...corroboration].map(([k, v]) => [k, v.length])),
    paragraphs: plainText(input.body, () => '\uFFFC').split('\n\n'),
    findings: input.leak?.findings ?? null,
    ticks: input.review.ticks,
  });
  const senior = new Set(singleSourceKeys({ passages, statements, corroboration: new Map([...corroboration].map(([k, v]) => [k, v.length])) }));
  const decisions = new Map(input.review.decisions.map((d) => [d.citationKey, d]));
  // Failed checklist items by citation: a lookup, not a scan of every item's keys per citation.
  const failedByKey = new Map<string, number[]>();
  for (const c of checklist) {
    if (c.state !== 'fail') continue;
    for (const key of new Set(c.citationKeys)) failedByKey.set(key, [...(failedByKey.get(key) ?? []), c.id]);
  }
  // One diff budget for the whole review: a draft of many long altered quotes cannot multiply it.
  const diffBudget = { work: 2 * DIFF_WORK_BUDGET };

  const citations: ReviewCitation[] = passages.map((p, index) => {
    const key = p.citation.citationId;
    const cited = p.citation.statementIds.map((id) => statements.get(id)).filter((s): s is ReviewStatementInput => !!s);
    const sourceIds = [...new Set(cited.map((s) => s.sourceId))];
    return {
      key,
      number: index + 1,
      attribution: p.rendered.text,
      form: p.rendered.form,
      ruleForm: p.rendered.ruleForm,
      unresolved: p.rendered.unresolved,
      missingLabel: p.rendered.missingLabel ?? [],
      sentence: p.sentence,
      statements: cited,
      quotes: p.quotes.map((q) => {
        const statement = statements.get(q.statementId);
        const recorded = statement?.text ?? q.original;
        return { statementId: q.statementId, quoted: q.text, recorded, matches: quoteMatches(q.text, recorded), changes: diffWords(recorded, q.text, diffBudget), statementEdited: !!statement && statement.revision !== q.revision };
      }),
      sources: sourceIds.map((id) => sources.get(id)).filter((s): s is ReviewSourceInput => !!s).map((s) => ({ ...s, labelText: indefiniteForm(s.label) })),
      corroboration: {
        count: corroboration.get(key)?.length ?? 0,
        labels: (corroboration.get(key) ?? []).map((id) => (sources.get(id) ? indefiniteForm(sources.get(id)!.label) : 'a missing source')),
        statementIds: [...new Set(p.citation.statementIds.flatMap((id) => [...(links.get(id) ?? [])]))],
      },
      seniorEditor: senior.has(key),
      failedItems: failedByKey.get(key) ?? [],
      decision: effectiveDecision(decisions.get(key), p.passageHash),
      passageHash: p.passageHash,
    };
  });

  const counts: Record<DecisionState, number> = { open: 0, approved: 0, flagged: 0 };
  for (const c of citations) counts[c.decision.state]++;
  const blockers: Message[] = [];
  // A copy exists only because the draft was sent; its status is the one it had when packed.
  if (input.meta.status === 'drafting' && !input.readOnly) blockers.push(message('signOff.blocker.notSent'));
  if (counts.open) blockers.push(message('signOff.blocker.open', { count: counts.open }));
  const unlabelled = citations.filter((c) => c.missingLabel.length > 0).length;
  if (unlabelled) blockers.push(message('signOff.blocker.noLabel', { count: unlabelled, language }));
  if (counts.flagged) blockers.push(message('signOff.blocker.flagged', { count: counts.flagged }));
  // A copy without identities cannot scan: the reporter's vault checks again when the sign-off returns.
  if (input.leak && input.leak.openCount > 0) blockers.push(message('signOff.blocker.leaks', { count: input.leak.openCount }));
  if (input.meta.status === 'approved' || input.meta.status === 'exported' || (input.readOnly && input.review.signOff)) blockers.push(message('signOff.blocker.signedOff'));

  return {
    subject: input.subject,
    language,
    title: input.meta.title,
    dateline: input.meta.dateline,
    byline: input.meta.byline,
    status: input.meta.status,
    bodyRevision: input.meta.bodyRevision,
    readOnly: input.readOnly,
    viewer: input.viewer,
    citations,
    checklist,
    translations: compareTranslations(
      { title: input.meta.title, language, body: input.body },
      input.linked ?? [],
      statements,
      new Map(input.sources.map((s) => [s.id, s.label])),
    ),
    counts,
    leakOpenCount: input.leak?.openCount ?? null,
    signOff: input.review.signOff,
    selfApproved: !input.readOnly && (input.meta.status === 'approved' || input.meta.status === 'exported') && (!!input.meta.selfApproved || !!input.review.signOff?.selfApproved),
    signOffBlockers: blockers,
    reopened: input.review.reopened,
  };
}
