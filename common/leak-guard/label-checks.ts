import { indefiniteForm, isBareLabel } from '../attribution/label-forms';
import { labelTexts } from '../attribution/languages/local-label';
import { message, type Message } from '../domain/message';
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
  message: Message;
  advice: Message;
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
        message: message('label.identity', { label: hit.text, kind: hit.identity[0]!.termKind, count: new Set(hit.identity.map((f) => f.termKind)).size }),
        advice: message('label.identity.advice'),
      });
    }
    if (isBareLabel(source.label)) {
      issues.push({
        sourceId: source.id,
        kind: 'bare-label',
        severity: 'medium',
        message: message('label.bare', { label: rendered }),
        advice: message('label.bare.advice'),
      });
    }
    if (source.poolSize !== null && source.poolSize < SMALL_POOL) {
      issues.push({
        sourceId: source.id,
        kind: 'small-pool',
        severity: 'medium',
        message: message('label.smallPool', { label: rendered, count: source.poolSize }),
        advice: message('label.smallPool.advice', { min: SMALL_POOL }),
      });
    }
  }
  return issues;
}

/**
 * What the story gives away about a source, by the kind of term found: a phone number is
 * "prints their phone number", not "names them". The messages choose their words by it (ICU select).
 */
export function disclosureOf(termKind: IdentityTermKind | undefined): 'phone' | 'email' | 'handle' | 'employer' | 'identifier' | 'name' {
  switch (termKind) {
    case 'phone':
    case 'email':
    case 'handle':
    case 'employer':
    case 'identifier':
      return termKind;
    default:
      return 'name';
  }
}

/** A source cited anonymously must not also be named (or their number printed) in the same story. */
export function namedAndAnonymous(citedSourceIds: Set<string>, findings: { sourceId: string; severity: Severity; matched: string; termKind?: IdentityTermKind }[], labelOf: (id: string) => string): LabelIssue[] {
  const seen = new Set<string>();
  const issues: LabelIssue[] = [];
  for (const f of findings) {
    if (f.severity === 'low' || !citedSourceIds.has(f.sourceId) || seen.has(f.sourceId)) continue;
    seen.add(f.sourceId);
    const kind = disclosureOf(f.termKind);
    issues.push({
      sourceId: f.sourceId,
      kind: 'named-and-anonymous',
      severity: 'high',
      message: message('leak.namedAndAnonymous', { label: labelOf(f.sourceId), matched: f.matched, kind }),
      advice: message('leak.namedAndAnonymous.advice', { kind }),
    });
  }
  return issues;
}
