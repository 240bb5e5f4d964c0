import { indefiniteForm, isBareLabel } from '../attribution/label-forms';
import { labelTexts } from '../attribution/languages/local-label';
import type { IdentityTermKind, SourceLabel } from '../domain/source';
import type { LeakScanner, Severity } from './leak-scanner';

// Checks of the labels themselves (DESIGN §4a items 6 and 8, §5).

export const SMALL_POOL = 10;

/** Every kind of label finding (the Help page explains each). */
export const LABEL_ISSUE_KINDS = ['label-identity', 'bare-label', 'small-pool', 'named-and-anonymous'] as const;
export type LabelIssueKind = (typeof LABEL_ISSUE_KINDS)[number];

export interface LabelIssue {
  sourceId: string;
  kind: LabelIssueKind;
  severity: Severity;
  message: string;
  advice: string;
}

export interface LabelledSource {
  id: string;
  label: SourceLabel;
  poolSize: number | null;
}

export function checkLabels(sources: LabelledSource[], scanner: LeakScanner): LabelIssue[] {
  const issues: LabelIssue[] = [];
  for (const source of sources) {
    const rendered = indefiniteForm(source.label);
    // Every language's label is printed somewhere: each is checked (a name in Hangul too).
    const hit = labelTexts(source.label)
      .map((text) => ({ text, identity: scanner.scan(text).filter((f) => f.severity !== 'low') }))
      .find((h) => h.identity.length > 0);
    if (hit) {
      issues.push({
        sourceId: source.id,
        kind: 'label-identity',
        severity: 'high',
        message: `The label “${hit.text}” contains an identifying term (${hit.identity.map((f) => f.termKind).join(', ')}).`,
        advice: 'Rewrite the label so it describes a role and a place, never a name, employer or handle.',
      });
    }
    if (isBareLabel(source.label)) {
      issues.push({
        sourceId: source.id,
        kind: 'bare-label',
        severity: 'medium',
        message: `“${rendered}” says nothing about who the source is or how they know.`,
        advice: 'Add an affiliation, a position or a place (“based in China”, “a North Korean official”).',
      });
    }
    if (source.poolSize !== null && source.poolSize < SMALL_POOL) {
      issues.push({
        sourceId: source.id,
        kind: 'small-pool',
        severity: 'medium',
        message: `Only about ${source.poolSize} ${source.poolSize === 1 ? 'person fits' : 'people fit'} “${rendered}”.`,
        advice: 'Broaden the label until at least ten people could be the source.',
      });
    }
  }
  return issues;
}

/**
 * What the story gives away about a source, by the kind of term found: a phone number is
 * "prints their phone number", not "names them".
 */
export function disclosureOf(termKind: IdentityTermKind | undefined): { verb: string; remove: string } {
  switch (termKind) {
    case 'phone':
      return { verb: 'prints their phone number', remove: 'the phone number' };
    case 'email':
      return { verb: 'prints their e-mail address', remove: 'the e-mail address' };
    case 'handle':
      return { verb: 'prints their handle', remove: 'the handle' };
    case 'employer':
      return { verb: 'names their employer', remove: 'the employer' };
    case 'identifier':
      return { verb: 'prints an identifier of theirs', remove: 'the identifier' };
    default:
      return { verb: 'names them', remove: 'the name' };
  }
}

/** A source cited anonymously must not also be named (or their number printed) in the same story. */
export function namedAndAnonymous(citedSourceIds: Set<string>, findings: { sourceId: string; severity: Severity; matched: string; termKind?: IdentityTermKind }[], labelOf: (id: string) => string): LabelIssue[] {
  const seen = new Set<string>();
  const issues: LabelIssue[] = [];
  for (const f of findings) {
    if (f.severity === 'low' || !citedSourceIds.has(f.sourceId) || seen.has(f.sourceId)) continue;
    seen.add(f.sourceId);
    const disclosure = disclosureOf(f.termKind);
    issues.push({
      sourceId: f.sourceId,
      kind: 'named-and-anonymous',
      severity: 'high',
      message: `${labelOf(f.sourceId)} is cited anonymously, and the story also ${disclosure.verb} (“${f.matched}”).`,
      advice: `Remove ${disclosure.remove}, or do not cite this person anonymously.`,
    });
  }
  return issues;
}
