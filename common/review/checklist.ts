import { indefiniteForm } from '../attribution/label-forms';
import type { ChecklistItemId, ChecklistTick } from '../domain/review';
import { CHECKLIST_ITEMS } from '../domain/review';
import { DEFAULT_DRAFT_LANGUAGE, LANGUAGE_NAMES, type DraftLanguage } from '../domain/language';
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
  id: ChecklistItemId;
  text: string;
  auto: boolean;
  state: ChecklistState;
  /** Why it failed (one line per problem), or what it checked when it passed. */
  reasons: string[];
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
const pass = (reason: string): Auto => ({ state: 'pass', reasons: [reason], citationKeys: [] });
const fail = (reasons: string[], citationKeys: string[] = []): Auto => ({ state: 'fail', reasons, citationKeys });
const keysCiting = (input: ChecklistInput, sourceIds: string[]) =>
  input.passages.filter((p) => uniqueSources(p, input.statements).some((id) => sourceIds.includes(id))).map((p) => p.citation.citationId);

/** 3: why anonymity was granted is filled in and is not boilerplate. */
export function checkAnonymityReasons(input: ChecklistInput): Auto {
  const problems: string[] = [];
  const bad: string[] = [];
  for (const id of citedSourceIds(input)) {
    const reason = input.sources.get(id)?.anonymityReason.trim() ?? '';
    if (!reason) problems.push(`No reason for anonymity is recorded for ${labelOf(input.sources, id)}.`);
    else if (BOILERPLATE.some((re) => re.test(reason))) problems.push(`The reason for ${labelOf(input.sources, id)} is boilerplate (“${reason}”): say why this person would not go on the record.`);
    else if (reason.length < MIN_REASON) problems.push(`The reason for ${labelOf(input.sources, id)} (“${reason}”) is too short to say why anonymity was granted.`);
    else continue;
    bad.push(id);
  }
  return problems.length ? fail(problems, keysCiting(input, bad)) : pass('Every cited source has a specific reason for anonymity.');
}

/** 5: how each source knows is recorded. */
export function checkAccess(input: ChecklistInput): Auto {
  const bad = citedSourceIds(input).filter((id) => (input.sources.get(id)?.access.trim().length ?? 0) < MIN_ACCESS);
  return bad.length
    ? fail(bad.map((id) => `How ${labelOf(input.sources, id)} knows is not recorded (Sources → “How they know”).`), keysCiting(input, bad))
    : pass('How each cited source knows is recorded.');
}

/** 6: no bare "a source" label, no "sources say" typed outside a citation. */
export function checkBareAttribution(input: ChecklistInput): Auto {
  const cited = citedSourceIds(input).map((id) => input.sources.get(id)).filter((s): s is ChecklistSource => !!s);
  const issues = checkLabels(cited.map((s) => ({ id: s.id, label: s.label, poolSize: s.poolSize })), new LeakScanner([])).filter((i) => i.kind === 'bare-label');
  const problems = issues.map((i) => `${i.message} ${i.advice}`);
  const keys = keysCiting(input, issues.map((i) => i.sourceId));
  for (const passage of input.passages) {
    if (passage.rendered.form === 'custom' && /^(?:an?|the|some|several)?\s*(?:source|sources)$/i.test(passage.rendered.text.trim())) {
      problems.push(`The custom wording “${passage.rendered.text}” is a bare attribution.`);
      keys.push(passage.citation.citationId);
    }
  }
  for (const paragraph of input.paragraphs) {
    const match = BARE_WORDING.exec(paragraph);
    if (match) {
      problems.push(`The story says “${match[0]}” without a citation: attribute it to a labelled source.`);
    }
  }
  return problems.length ? fail(problems, [...new Set(keys)]) : pass('Every label carries an affiliation, a position or a place.');
}

/**
 * 7: the form printed says the truth about who is who. The engine's rule form is right by
 * construction; an override that claims a new person for one already cited, points back to
 * nobody, or makes one source plural is not.
 */
export function checkReferences(input: ChecklistInput): Auto {
  const language = input.language ?? DEFAULT_DRAFT_LANGUAGE;
  const { formWords: words, keyWords } = rulesFor(language);
  const name = LANGUAGE_NAMES[language].english;
  const problems: string[] = [];
  const keys: string[] = [];
  input.passages.forEach((passage, index) => {
    const { rendered } = passage;
    const where = `Citation ${index + 1} (“${rendered.text}”)`;
    const sourceCount = uniqueSources(passage, input.statements).length;
    let problem: string | null = null;
    if (rendered.unresolved) problem = `${where} cites a statement or source that is no longer in the vault.`;
    else if (rendered.missingLabel?.length) problem = `${where} cites ${rendered.missingLabel.map((id) => labelOf(input.sources, id)).join(' and ')}, with no ${name} label: write one in the source's profile (Sources → Label).`;
    else if (rendered.form === 'custom') return;
    else if (rendered.form === 'plural' && sourceCount < 2) problem = `${where} is plural but cites one source.`;
    else if (rendered.form !== 'plural' && sourceCount > 1) problem = `${where} cites ${sourceCount} sources but reads as one person.`;
    else if (rendered.form !== rendered.ruleForm && !(rendered.form === 'ordinal' && rendered.ruleForm === 'definite')) {
      const firstMention = rendered.ruleForm === 'indefinite' || rendered.ruleForm === 'separate';
      if (firstMention && (rendered.form === 'definite' || rendered.form === 'ordinal')) problem = `${where} points back to an earlier mention, but this source is cited here for the first time.`;
      else if (!firstMention && (rendered.form === 'indefinite' || rendered.form === 'separate')) problem = `${where} reads as a new person, but this source was cited before.`;
      else if (rendered.form === 'indefinite') problem = `${where} reads like the alike source cited before; the rules say ${words.separate}.`;
      else if (rendered.form === 'separate') problem = `${where} says ${keyWords.separate}, but no alike source was cited before.`;
      else problem = `${where} says ${keyWords.definite} while alike sources were cited: say which one (${words.ordinal}).`;
    } else if (rendered.ambiguous) {
      problem = `${where} refers back to one of several sources with the same ${name} label, and ${name} copy has no ordinal to tell them apart: give them different places in their ${name} labels, or write this citation's wording by hand.`;
    }
    if (problem) {
      problems.push(problem);
      keys.push(passage.citation.citationId);
    }
  });
  return problems.length ? fail(problems, keys) : pass('Every “separate”, plural and back-reference matches the sources cited.');
}

/** 8: a cited source is not also named in the story, nor said to have declined to comment. */
export function checkNamedAndAnonymous(input: ChecklistInput): Auto | null {
  if (input.findings === null) return null;
  const cited = new Set(citedSourceIds(input));
  const problems: string[] = [];
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
    problems.push(
      declined
        ? `${labelOf(input.sources, f.sourceId)} is cited anonymously, and the story also says “${f.matched}” declined to comment.`
        : `${labelOf(input.sources, f.sourceId)} is cited anonymously, and the story also ${disclosureOf(f.termKind).verb} (“${f.matched}”).`,
    );
  }
  return problems.length ? fail(problems, keysCiting(input, [...bad])) : pass('No cited source is named in the story.');
}

/** 9: a citation resting on one anonymous source with nothing corroborating it goes to a senior editor. */
export function singleSourceKeys(input: Pick<ChecklistInput, 'passages' | 'statements' | 'corroboration'>): string[] {
  return input.passages
    .filter((p) => uniqueSources(p, input.statements).length === 1 && (input.corroboration.get(p.citation.citationId) ?? 0) === 0)
    .map((p) => p.citation.citationId);
}

export function checkSingleSource(input: ChecklistInput): Auto {
  const keys = singleSourceKeys(input);
  if (keys.length === 0) return pass('Every citation rests on several sources or is corroborated.');
  const keySet = new Set(keys);
  const numbers = input.passages.flatMap((p, i) => (keySet.has(p.citation.citationId) ? [i + 1] : []));
  return fail(
    [`${keys.length === 1 ? 'Citation' : 'Citations'} ${numbers.join(', ')} rest on a single anonymous source with no corroboration: marked for a senior editor, and the copy should say it is not corroborated.`],
    keys,
  );
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
    ? fail(risky.flatMap((p) => p.warnings.map((w) => `${p.label}: ${w}`)), keysCiting(input, risky.map((p) => p.sourceId)))
    : pass('No label is narrowed down by dates or places in the story.');
}

/** 12: an anonymously sourced story carries a byline. */
export function checkByline(input: ChecklistInput): Auto {
  if (input.passages.length === 0) return pass('The story cites no anonymous source.');
  return input.byline.trim() ? pass(`Byline: ${input.byline.trim()}.`) : fail(['The story cites anonymous sources but has no byline.']);
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
    if (item.auto && decided) return { id: item.id, text: item.text, auto: true, ...decided, tick: null };
    if (item.auto) {
      // An automatic item without its data (item 8 on a copy without identities): ticked by hand.
      return { id: item.id, text: item.text, auto: false, state: 'manual', reasons: ['The identities are not in this copy: check by eye.'], citationKeys: [], tick };
    }
    return { id: item.id, text: item.text, auto: false, state: 'manual', reasons: [], citationKeys: [], tick };
  });
}
