import { useId, useState, type FormEvent } from 'react';
import type { LeakReport, LeakReportFinding } from '../../../common/domain/leak-report';
import type { QuoteRange } from './extensions/quote-source';
import { QuoteDiff } from './quote-diff';
import { excerpt } from './format';
import { PrivateNickname } from '../sources/private-nickname';
import { FormError } from '../components/form-error';
import { WithheldFindings } from '../components/withheld-findings';

const WHERE: Record<string, string> = { title: 'In the title', dateline: 'In the dateline', byline: 'In the byline', body: 'In the story' };
const SEVERITY: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low' };

interface LeaksPanelProps {
  report: LeakReport | null;
  scanning: boolean;
  error: string | null;
  /** Body findings whose text is gone since the scan (by index). */
  goneIndexes: ReadonlySet<number>;
  onShow: (index: number) => void;
  /** Resolves to an error message, or null once dismissed. */
  onDismiss: (finding: LeakReportFinding, reason: string) => Promise<string | null>;
  draftId: string;
  /** The report after held-back findings were shown with the passphrase. */
  onRevealed: (report: LeakReport) => void;
}

/** The leak guard's report on the saved draft: findings, label problems and the jigsaw. */
export function LeaksPanel({ report, scanning, error, goneIndexes, onShow, onDismiss, draftId, onRevealed }: LeaksPanelProps) {
  const findings = report?.findings.map((finding, index) => ({ finding, index })) ?? [];
  const open = findings.filter(({ finding }) => !finding.dismissed && finding.severity !== 'low');
  const notes = findings.filter(({ finding }) => !finding.dismissed && finding.severity === 'low');
  const dismissed = findings.filter(({ finding }) => finding.dismissed);

  return (
    <aside aria-label="Leaks" className="side-section leaks-panel">
      <h2 className="side-title">
        {report ? `Leaks (${report.openCount})` : 'Leaks'}
      </h2>
      <p className="side-status" role="status">
        {scanning ? 'Checking the saved draft…' : report && report.openCount === 0 && open.length === 0 ? 'Nothing in the saved draft points to a source.' : ''}
      </p>
      <FormError message={error} />
      <WithheldFindings draftId={draftId} count={report?.withheld ?? 0} onRevealed={onRevealed} />
      {open.length > 0 ? (
        <ul className="findings" aria-label="Findings">
          {open.map(({ finding, index }) => (
            <FindingItem key={`${finding.key}-${index}`} finding={finding} gone={goneIndexes.has(index)} onShow={() => onShow(index)} onDismiss={onDismiss} />
          ))}
        </ul>
      ) : null}
      {notes.length > 0 ? (
        <section className="side-subsection" aria-label="Notes">
          <h3 className="side-subtitle">Notes</h3>
          <ul className="findings findings-low">
            {notes.map(({ finding, index }) => (
              <FindingItem key={`${finding.key}-${index}`} finding={finding} gone={goneIndexes.has(index)} onShow={() => onShow(index)} onDismiss={onDismiss} />
            ))}
          </ul>
        </section>
      ) : null}
      {dismissed.length > 0 ? (
        <details className="side-subsection dismissed">
          <summary>{`Dismissed (${dismissed.length})`}</summary>
          <ul className="findings findings-dismissed">
            {dismissed.map(({ finding, index }) => (
              <li key={`${finding.key}-${index}`} className="finding">
                <p className="finding-matched">“{finding.matched}”</p>
                <p className="finding-where">
                  {WHERE[finding.field] ?? 'In the draft'} · {finding.sourceLabel}
                </p>
                <p className="finding-reason">Dismissed: {finding.dismissed?.reason}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report && report.labelIssues.length > 0 ? (
        <section className="side-subsection" aria-label="Labels">
          <h3 className="side-subtitle">Labels</h3>
          <ul className="label-issues">
            {report.labelIssues.map((issue, index) => (
              <li key={`${issue.sourceId}-${issue.kind}-${index}`} className={`label-issue severity-${issue.severity}`}>
                <p>{issue.message}</p>
                <p className="finding-advice">{issue.advice}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report && report.jigsaw.length > 0 ? (
        <section className="side-subsection" aria-label="What this story reveals">
          <h3 className="side-subtitle">What this story reveals</h3>
          {report.jigsaw.map((profile) => (
            <div key={profile.sourceId} className="jigsaw">
              <h4 className="jigsaw-label">
                {profile.label}
                <PrivateNickname sourceId={profile.sourceId} />
              </h4>
              <dl className="jigsaw-facts">
                <div>
                  <dt>Cited</dt>
                  <dd>{profile.citations === 1 ? 'Once' : `${profile.citations} times`}</dd>
                </div>
                <div>
                  <dt>Dates</dt>
                  <dd>{profile.dates.join(', ') || 'None shown'}</dd>
                </div>
                <div>
                  <dt>Channels</dt>
                  <dd>{profile.channels.join(', ') || 'None'}</dd>
                </div>
                <div>
                  <dt>Places</dt>
                  <dd>{profile.places.join(', ') || 'None named'}</dd>
                </div>
              </dl>
              {profile.warnings.length > 0 ? (
                <ul className="jigsaw-warnings">
                  {profile.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}
    </aside>
  );
}

interface FindingItemProps {
  finding: LeakReportFinding;
  gone: boolean;
  onShow: () => void;
  onDismiss: (finding: LeakReportFinding, reason: string) => Promise<string | null>;
}

function FindingItem({ finding, gone, onShow, onDismiss }: FindingItemProps) {
  const id = useId();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setProblem('Say why this is not a leak (at least 3 characters).');
      return;
    }
    setBusy(true);
    const failure = await onDismiss(finding, reason.trim());
    setBusy(false);
    if (failure) setProblem(failure);
  }

  return (
    <li className={`finding finding-${finding.severity}`}>
      <p className="finding-matched" id={`${id}-matched`}>
        <span className={`severity severity-${finding.severity}`}>{SEVERITY[finding.severity] ?? finding.severity}</span> “{finding.matched}”
      </p>
      <p className="finding-where">
        {WHERE[finding.field] ?? 'In the draft'} · {finding.sourceLabel}
      </p>
      <p className="finding-reason">{finding.reason}</p>
      <p className="finding-advice">{finding.advice}</p>
      {gone ? <p className="field-hint">This text has been changed since the check; the next save checks again.</p> : null}
      <div className="button-row">
        <button type="button" className="button button-secondary button-small" aria-describedby={`${id}-matched`} disabled={gone} onClick={onShow}>
          Show
        </button>
        {!dismissing ? (
          <button type="button" className="button button-secondary button-small" aria-describedby={`${id}-matched`} onClick={() => setDismissing(true)}>
            Dismiss…
          </button>
        ) : null}
      </div>
      {dismissing ? (
        <form className="dismiss-form" aria-label={`Dismiss “${excerpt(finding.matched, 40)}”`} onSubmit={submit} noValidate>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-reason`}>
              Why is this not a leak?
            </label>
            <textarea
              id={`${id}-reason`}
              className="input textarea"
              rows={2}
              required
              minLength={3}
              maxLength={500}
              value={reason}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              autoFocus
              onChange={(event) => {
                setReason(event.target.value);
                setProblem(null);
              }}
            />
            {problem ? (
              <p id={`${id}-problem`} className="field-error" role="alert">
                {problem}
              </p>
            ) : null}
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary button-small" disabled={busy}>
              Dismiss finding
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setDismissing(false);
                setProblem(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

interface QuotesPanelProps {
  quotes: readonly QuoteRange[];
  onShow: (quote: QuoteRange) => void;
  onRestore: (quote: QuoteRange) => void;
}

/** Quotes whose words no longer match what the source said. */
export function QuotesPanel({ quotes, onShow, onRestore }: QuotesPanelProps) {
  return (
    <aside aria-label="Quotes" className="side-section quotes-panel">
      <h2 className="side-title">
        {quotes.length > 0 ? `Quotes (${quotes.length})` : 'Quotes'}
      </h2>
      {quotes.length === 0 ? (
        <p className="side-status">Every quote matches what the source said.</p>
      ) : (
        <ul className="changed-quotes">
          {quotes.map((quote) => (
            <li key={`${quote.from}-${quote.statementId}`} className="changed-quote">
              <p className="finding-reason">Quote differs from the statement</p>
              <QuoteDiff quote={quote} />
              <div className="button-row">
                <button type="button" className="button button-secondary button-small" onClick={() => onShow(quote)}>
                  Show
                </button>
                <button type="button" className="button button-secondary button-small" onClick={() => onRestore(quote)}>
                  Restore the source’s words
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
