import type { RefObject } from 'react';
import type { LeakReportFinding } from '../../../common/domain/leak-report';
import { IDENTITY_TERM_LABELS } from '../../../common/domain/source';
import { findingPlace } from '../../../common/export/finding-place';

const SEVERITY: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** The gate's findings on an export, as the leak panel shows a draft's: what, where, whose label. */
interface ExportFindingsProps {
  findings: LeakReportFinding[];
  headingId: string;
  title: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}

export function ExportFindings({ findings, headingId, title, headingRef }: ExportFindingsProps) {
  return (
    <>
      <h2 ref={headingRef} id={headingId} className="panel-title" tabIndex={-1}>
        {title}
      </h2>
      <ul className="findings export-findings" aria-labelledby={headingId}>
        {findings.map((finding, index) => (
          <li key={`${finding.key}-${finding.field}-${index}`} className={`finding finding-${finding.severity}`}>
            <p className="finding-matched">
              <span className={`severity severity-${finding.severity}`}>{SEVERITY[finding.severity] ?? finding.severity}</span> {IDENTITY_TERM_LABELS[finding.termKind]}: “{finding.matched}”
            </p>
            <p className="finding-where">
              {findingPlace(finding.field)} · {finding.sourceLabel}
            </p>
            <p className="finding-advice">{finding.advice}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
