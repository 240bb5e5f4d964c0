import type { JigsawProfile } from '../leak-guard/jigsaw';
import type { LabelIssue } from '../leak-guard/label-checks';
import type { MatchPart, Severity } from '../leak-guard/leak-scanner';
import type { Message } from './message';
import type { IdentityTermKind } from './source';

/** One place where a draft (or an export) shows something of a source's identity. */
export interface LeakReportFinding {
  /** Stable for the same source, kind and spelling: a dismissal applies to all its occurrences. */
  key: string;
  field: 'title' | 'dateline' | 'byline' | 'body' | string;
  /** For the body, ProseMirror positions; for other fields, offsets in the field's text. */
  from: number;
  to: number;
  matched: string;
  sourceId: string;
  sourceLabel: string;
  termKind: IdentityTermKind;
  part: MatchPart;
  severity: Severity;
  /** Why it is a finding and what to do, formatted by the screen in the interface language. */
  reason: Message;
  advice: Message;
  dismissed: { reason: string; at: string } | null;
}

export interface LeakReport {
  findings: LeakReportFinding[];
  /**
   * Findings held back because this session has shown its budget of identity terms: a count
   * only. They block like open findings until the passphrase shows them (revealLeakFindings).
   */
  withheld: number;
  labelIssues: LabelIssue[];
  jigsaw: JigsawProfile[];
  /** Medium and high findings not dismissed, and high label issues: what blocks an export. */
  openCount: number;
  scannedAt: string;
  bodyRevision: number;
}
