import type { RefObject } from 'react';
import type { LeakReportFinding } from '../../../common/domain/leak-report';
import type { LeakReport } from '../../../common/domain/leak-report';
import { ExportFindings } from './export-findings';
import { WithheldFindings } from '../components/withheld-findings';
import { useT } from '../i18n/use-t';

/** The leak gate's refusal, as both the file export and the WordPress publish show it. */
interface LeakRefusalProps {
  findings: LeakReportFinding[];
  /** Findings held back past the session's budget: a count, and the passphrase shows them. */
  withheld: number;
  draftId: string;
  /** After the passphrase: try again (the refusal may now list what was held back). */
  onRevealed: (report: LeakReport) => void;
  headingId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** What was refused: a file export (nothing written) or a WordPress publish (nothing sent). */
  action: 'export' | 'publish';
  onOverride: () => void;
}

export function LeakRefusal({ findings, withheld, draftId, onRevealed, headingId, headingRef, action, onOverride }: LeakRefusalProps) {
  const t = useT();
  const total = findings.length + withheld;
  return (
    <section className="panel export-refused" aria-labelledby={headingId}>
      <p role="alert" className="form-error">
        {t('export.refused.message', { action, count: total })}
      </p>
      <ExportFindings findings={findings} headingId={headingId} title={t('export.refused.why')} headingRef={headingRef} />
      <WithheldFindings draftId={draftId} count={withheld} onRevealed={onRevealed} />
      {/* Held-back findings refuse even with a reason: nobody has seen them yet. */}
      {withheld === 0 ? (
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={onOverride}>
            {t('export.refused.anyway', { action })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
