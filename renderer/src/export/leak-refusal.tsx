import type { RefObject } from 'react';
import type { LeakReportFinding } from '../../../common/domain/leak-report';
import { ExportFindings } from './export-findings';

/** The leak gate's refusal, as both the file export and the WordPress publish show it. */
interface LeakRefusalProps {
  findings: LeakReportFinding[];
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** What was refused: "Export" or "Publish". */
  verb: string;
  /** What did not happen to the text: "written" or "sent". */
  nothingWas: string;
  onOverride: () => void;
}

export function LeakRefusal({ findings, headingId, headingRef, verb, nothingWas, onOverride }: LeakRefusalProps) {
  return (
    <section className="panel export-refused" aria-labelledby={headingId}>
      <p role="alert" className="form-error">
        {verb} refused: {findings.length === 1 ? 'one thing points' : `${findings.length} things point`} to a source. Nothing was {nothingWas}.
      </p>
      <ExportFindings findings={findings} headingId={headingId} title="Why it was refused" headingRef={headingRef} />
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onOverride}>
          {verb} anyway…
        </button>
      </div>
    </section>
  );
}
