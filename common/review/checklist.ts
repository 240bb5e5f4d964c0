import { indefiniteForm } from '../attribution/label-forms';
import type { ChecklistItemId, ChecklistTick } from '../domain/review';
import { CHECKLIST_ITEMS } from '../domain/review';
import { DEFAULT_DRAFT_LANGUAGE, type DraftLanguage } from '../domain/language';
import { message, type Message } from '../domain/message';
import { rulesFor } from '../attribution/languages';
import type { Channel } from '../domain/statement';
import type { IdentityTermKind } from '../domain/source';
import { jigsawProfiles, type JigsawCitation } from '../leak-guard/jigsaw';
import { checkLabels, disclosureOf } from '../leak-guard/label-checks';
import { LeakScanner } from '../leak-guard/leak-scanner';
import type { CitationPassage } from './passages';

// DESIGN §4a decided from the data wherever the data can decide (items 3, 5, 6, 7, 8, 9, 11,
// 12); the rest (1, 2, 4, 10) are for the editor to tick. docs/review.md says how each is decided.

export type ChecklistState = 'pass' | 'fail' | 'manual';

export interface ChecklistResult {
  /** The item's wording is the screen's (its catalogs); the answer carries only its number. */
  id: ChecklistItemId;
  auto: boolean;
  state: ChecklistState;
  /** Why it failed (one line per problem), or what it checked when it passed; formatted in the interface language. */
  reasons: Message[];
  /** The citations a failure is about, so the review screen can point at them. */
  citationKeys: string[];
  /** For a manual item: the tick, if any. */
  tick: ChecklistTick | null;
}

export interface ChecklistSource {
  id: string;
  label: { adjective: string; noun: string; qualifier: string };
  access: string;
  anonymityReason: string;
  poolSize: number | null;
}

export interface ChecklistStatement {
  id: string;
  sourceId: string;
  saidOn: string | null;
  channel: Channel | null;
}

/** A leak-guard finding in the draft's own text (identity of a source, as the scanner reports it). */
export interface ChecklistFinding {
  sourceId: string;
  matched: string;
  /** What kind of identity term matched: a phone is "prints their phone number", not "names them". */
  termKind?: IdentityTermKind;
  severity: 'high' | 'medium' | 'low';
  dismissed: boolean;
}

export interface ChecklistInput {
  /** The draft's language: item 7 reads the forms as that language spells them. */
  language?: DraftLanguage;
  byline: string;
  passages: CitationPassage[];
  sources: ReadonlyMap<string, ChecklistSource>;
  statements: ReadonlyMap<string, ChecklistStatement>;
  /** Other sources corroborating each citation, by citation key. */
  corroboration: ReadonlyMap<string, number>;
  /** The story's own words, block by block, each citation as U+FFFC (for wording outside citations). */
  paragraphs: string[];
  /** null when the identities are not available (an editor's copy without them). */
  findings: ChecklistFinding[] | null;
  ticks: ChecklistTick[];
}

// Reasons that say nothing about this source: flagged for a second look (AP, NYT policies).
const BOILERPLATE = [
  /\bnot\s+(?:been\s+)?authori[sz]ed\s+to\s+(?:speak|talk|comment|discuss)/i,
  /\bspoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\b/i,
  /^\s*(?:requested|asked\s+for|wanted|wants|asked\s+to\s+remain|prefers|preferred)\s+(?:anonymity|to\s+remain\s+anonymous|not\s+to\s+be\s+named)\W*$/i,
  /\bbecause\s+of\s+the\s+sensitivity\s+of\s+the\s+(?:matter|issue|subject)\b/i,
  /^\s*(?:sensitive|security|safety|privacy|fear|n\/?a|none|-+|\?+)\W*$/i,
];
const MIN_REASON = 20;
const MIN_ACCESS = 15;

// Unattributed "sources say" / "a source said" typed as plain words, outside any citation.
const BARE_WORDING = /\b(?:(?:a|one|some|several|two|three|many|other)\s+)?sources?\s+(?:say|says|said|told|claim|claimed|believe|suggest|suggested)\b/i;
// Phrases that name someone as having been asked (item 8's "declined to comment").
const DECLINED = /\b(?:declined|refused)\s+to\s+comment\b|\bdid\s+not\s+(?:respond|reply)\s+to\s+(?:a\s+)?requests?\s+for\s+comment\b|\bcould\s+not\s+be\s+reached\s+for\s+comment\b|\bno\s+comment\b/i;


function labelOf(sources: ReadonlyMap<string, ChecklistSource>, id: string): string {
  const s = sources.get(id);
  return s ? indefiniteForm(s.label) : 'a missing source';
}

function uniqueSources(passage: CitationPassage, statements: ReadonlyMap<string, ChecklistStatement>): string[] {
  return [...new Set(passage.citation.statementIds.map((id) => statements.get(id)?.sourceId).filter((x): x is string => !!x))];
}

function citedSourceIds(input: ChecklistInput): string[] {
  return [...new Set(input.passages.flatMap((p) => uniqueSources(p, input.statements)))];
}

type Auto = Pick<ChecklistResult, 'state' | 'reasons' | 'citationKeys'>;
const pass = (reason: Message): Auto => ({ state: 'pass', reasons: [reason], citationKeys: [] });
const fail = (reasons: Message[], citationKeys: string[] = []): Auto => ({ state: 'fail', reasons, citationKeys });
const keysCiting = (input: ChecklistInput, sourceIds: string[]) =>
  input.passages.filter((p) => uniqueSources(p, input.statements).some((id) => sourceIds.includes(id))).map((p) => p.citation.citationId);

/** 3: why anonymity was granted is filled in and is not boilerplate. */
export function checkAnonymityReasons(input: ChecklistInput): Auto {
  const problems: Message[] = [];
  const bad: string[] = [];
  for (const id of citedSourceIds(input)) {
    const reason = input.sources.get(id)?.anonymityReason.trim() ?? '';
    const label = labelOf(input.sources, id);
    if (!reason) problems.push(message('checklist.anonymity.none', { label }));
    else if (BOILERPLATE.some((re) => re.test(reason))) problems.push(message('checklist.anonymity.boilerplate', { label, reason }));
    else if (reason.length < MIN_REASON) problems.push(message('checklist.anonymity.short', { label, reason }));
    else continue;
    bad.push(id);
  }
  return problems.length ? fail(problems, keysCiting(input, bad)) : pass(message('checklist.anonymity.pass'));
}

/** 5: how each source knows is recorded. */
export function checkAccess(input: ChecklistInput): Auto {
  const bad = citedSourceIds(input).filter((id) => (input.sources.get(id)?.access.trim().length ?? 0) < MIN_ACCESS);
  return bad.length
    ? fail(bad.map((id) => message('checklist.access.none', { label: labelOf(input.sources, id) })), keysCiting(input, bad))
    : pass(message('checklist.access.pass'));
}

/** 6: no bare "a source" label, no "sources say" typed outside a citation. */
export function checkBareAttribution(input: ChecklistInput): Auto {
  const cited = citedSourceIds(input).map((id) => input.sources.get(id)).filter((s): s is ChecklistSource => !!s);
  const issues = checkLabels(cited.map((s) => ({ id: s.id, label: s.label, poolSize: s.poolSize })), new LeakScanner([])).filter((i) => i.kind === 'bare-label');
  const problems = issues.flatMap((i) => [i.message, i.advice]);
  const keys = keysCiting(input, issues.map((i) => i.sourceId));
  for (const passage of input.passages) {
    if (passage.rendered.form === 'custom' && /^(?:an?|the|some|several)?\s*(?:source|sources)$/i.test(passage.rendered.text.trim())) {
      problems.push(message('checklist.bare.custom', { wording: passage.rendered.text }));
      keys.push(passage.citation.citationId);
    }
  }
  for (const paragraph of input.paragraphs) {
    const match = BARE_WORDING.exec(paragraph);
    if (match) {
      problems.push(message('checklist.bare.story', { words: match[0] }));
    }
  }
  return problems.length ? fail(problems, [...new Set(keys)]) : pass(message('checklist.bare.pass'));
}

/**
 * 7: the form printed says the truth about who is who. The engine's rule form is right by
 * construction; an override that claims a new person for one already cited, points back to
 * nobody, or makes one source plural is not.
 */
export function checkReferences(input: ChecklistInput): Auto {
  const language = input.language ?? DEFAULT_DRAFT_LANGUAGE;
  const { formWords: words, keyWords } = rulesFor(language);
  const problems: Message[] = [];
  const keys: string[] = [];
  input.passages.forEach((passage, index) => {
    const { rendered } = passage;
    const where = { number: index + 1, text: rendered.text };
    const sourceCount = uniqueSources(passage, input.statements).length;
    let problem: Message | null = null;
    if (rendered.unresolved) problem = message('checklist.refs.unresolved', where);
    else if (rendered.missingLabel?.length) problem = message('checklist.refs.noLabel', { ...where, labels: rendered.missingLabel.map((id) => labelOf(input.sources, id)).join(', '), language });
    else if (rendered.form === 'custom') return;
    else if (rendered.form === 'plural' && sourceCount < 2) problem = message('checklist.refs.pluralForOne', where);
    else if (rendered.form !== 'plural' && sourceCount > 1) problem = message('checklist.refs.oneForMany', { ...where, count: sourceCount });
    else if (rendered.form !== rendered.ruleForm && !(rendered.form === 'ordinal' && rendered.ruleForm === 'definite')) {
      const firstMention = rendered.ruleForm === 'indefinite' || rendered.ruleForm === 'separate';
      if (firstMention && (rendered.form === 'definite' || rendered.form === 'ordinal')) problem = message('checklist.refs.backToNothing', where);
      else if (!firstMention && (rendered.form === 'indefinite' || rendered.form === 'separate')) problem = message('checklist.refs.newForCited', where);
      else if (rendered.form === 'indefinite') problem = message('checklist.refs.needsSeparate', { ...where, words: words.separate });
      else if (rendered.form === 'separate') problem = message('checklist.refs.separateForNone', { ...where, words: keyWords.separate });
      else problem = message('checklist.refs.whichOne', { ...where, words: keyWords.definite, ordinal: words.ordinal });
    } else if (rendered.ambiguous) {
      problem = message('checklist.refs.ambiguous', { ...where, language });
    }
    if (problem) {
      problems.push(problem);
      keys.push(passage.citation.citationId);
    }
  });
  return problems.length ? fail(problems, keys) : pass(message('checklist.refs.pass'));
}

/** 8: a cited source is not also named in the story, nor said to have declined to comment. */
export function checkNamedAndAnonymous(input: ChecklistInput): Auto | null {
  if (input.findings === null) return null;
  const cited = new Set(citedSourceIds(input));
  const problems: Message[] = [];
  const bad = new Set<string>();
  // Paragraphs lowered once and each spelling looked up once: a draft repeating a name 20,000
  // times would otherwise search the whole story 20,000 times.
  const lowered = input.paragraphs.map((p) => ({ p, lower: p.toLowerCase() }));
  const declinedFor = new Map<string, boolean>();
  const isDeclined = (matched: string) => {
    const key = matched.toLowerCase();
    let known = declinedFor.get(key);
    if (known === undefined) declinedFor.set(key, (known = lowered.some(({ p, lower }) => lower.includes(key) && DECLINED.test(p))));
    return known;
  };
  for (const f of input.findings) {
    if (!cited.has(f.sourceId) || f.dismissed || bad.has(f.sourceId)) continue;
    const declined = isDeclined(f.matched);
    if (f.severity === 'low' && !declined) continue;
    bad.add(f.sourceId);
    const label = labelOf(input.sources, f.sourceId);
    problems.push(declined ? message('checklist.named.declined', { label, matched: f.matched }) : message('leak.namedAndAnonymous', { label, matched: f.matched, kind: disclosureOf(f.termKind) }));
  }
  return problems.length ? fail(problems, keysCiting(input, [...bad])) : pass(message('checklist.named.pass'));
}

/** 9: a citation resting on one anonymous source with nothing corroborating it goes to a senior editor. */
export function singleSourceKeys(input: Pick<ChecklistInput, 'passages' | 'statements' | 'corroboration'>): string[] {
  return input.passages
    .filter((p) => uniqueSources(p, input.statements).length === 1 && (input.corroboration.get(p.citation.citationId) ?? 0) === 0)
    .map((p) => p.citation.citationId);
}

export function checkSingleSource(input: ChecklistInput): Auto {
  const keys = singleSourceKeys(input);
  if (keys.length === 0) return pass(message('checklist.single.pass'));
  const keySet = new Set(keys);
  const numbers = input.passages.flatMap((p, i) => (keySet.has(p.citation.citationId) ? [i + 1] : []));
  return fail([message('checklist.single.fail', { count: keys.length, numbers: numbers.join(', ') })], keys);
}

/** 11: everything the story says about one label (role, place, date, channel) must not single them out. */
export function checkJigsaw(input: ChecklistInput): Auto {
  const citations: JigsawCitation[] = input.passages.map((p) => {
    const first = input.statements.get(p.citation.statementIds[0] ?? '');
    return {
      sourceIds: uniqueSources(p, input.statements),
      saidOn: first?.saidOn ?? null,
      showDate: p.citation.showDate,
      channel: first?.channel ?? null,
      sentence: `${p.sentence.before}${p.sentence.attribution}${p.sentence.after}`,
    };
  });
  const sources = new Map([...input.sources.values()].map((s) => [s.id, { label: indefiniteForm(s.label), poolSize: s.poolSize }]));
  const risky = jigsawProfiles(citations, sources).filter((p) => p.warnings.length > 0);
  return risky.length
    ? fail(risky.flatMap((p) => p.warnings.map((w) => message(w.id === 'jigsaw.dated' ? 'checklist.jigsaw.dated' : 'checklist.jigsaw.places', { label: p.label, ...w.values }))), keysCiting(input, risky.map((p) => p.sourceId)))
    : pass(message('checklist.jigsaw.pass'));
}

/** 12: an anonymously sourced story carries a byline. */
export function checkByline(input: ChecklistInput): Auto {
  if (input.passages.length === 0) return pass(message('checklist.byline.noSources'));
  return input.byline.trim() ? pass(message('checklist.byline.pass', { byline: input.byline.trim() })) : fail([message('checklist.byline.none')]);
}

export function runChecklist(input: ChecklistInput): ChecklistResult[] {
  const auto: Partial<Record<ChecklistItemId, Auto | null>> = {
    3: checkAnonymityReasons(input),
    5: checkAccess(input),
    6: checkBareAttribution(input),
    7: checkReferences(input),
    8: checkNamedAndAnonymous(input),
    9: checkSingleSource(input),
    11: checkJigsaw(input),
    12: checkByline(input),
  };
  return CHECKLIST_ITEMS.map((item) => {
    const tick = input.ticks.find((t) => t.item === item.id) ?? null;
    const decided = auto[item.id];
    if (item.auto && decided) return { id: item.id, auto: true, ...decided, tick: null };
    if (item.auto) {
      // An automatic item without its data (item 8 on a copy without identities): ticked by hand.
      return { id: item.id, auto: false, state: 'manual', reasons: [message('checklist.noIdentities')], citationKeys: [], tick };
    }
    return { id: item.id, auto: false, state: 'manual', reasons: [], citationKeys: [], tick };
  });
}
