import { useId, useState, type FormEvent } from 'react';
import type { LeakReport, LeakReportFinding } from '../../../common/domain/leak-report';
import type { QuoteRange } from './extensions/quote-source';
import { QuoteDiff } from './quote-diff';
import { excerpt } from './format';
import { PrivateNickname } from '../sources/private-nickname';
import { FormError } from '../components/form-error';
import { WithheldFindings } from '../components/withheld-findings';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/messages';
import { useMessage } from '../i18n/use-message';
import { formatSaidOn } from '../library/said-on';
import { channelLabel } from '../library/labels';

const WHERE: Record<string, MessageId> = { title: 'editor.leaks.where.title', dateline: 'editor.leaks.where.dateline', byline: 'editor.leaks.where.byline', body: 'editor.leaks.where.body' };
const SEVERITY: Record<string, MessageId> = { high: 'editor.leaks.severity.high', medium: 'editor.leaks.severity.medium', low: 'editor.leaks.severity.low' };
const SEPARATOR = ' · ';
const OPEN_QUOTE = '“';
const CLOSE_QUOTE = '”';
const LIST = ', ';

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
  const t = useT();
  const tm = useMessage();

  return (
    <aside aria-label={t('editor.leaks.label')} className="side-section leaks-panel">
      <h2 className="side-title">
        {report ? t('editor.leaks.headingCount', { count: report.openCount }) : t('editor.leaks.label')}
      </h2>
      <p className="side-status" role="status">
        {scanning ? t('editor.leaks.scanning') : report && report.openCount === 0 && open.length === 0 ? t('editor.leaks.none') : ''}
      </p>
      <FormError message={error} />
      <WithheldFindings draftId={draftId} count={report?.withheld ?? 0} onRevealed={onRevealed} />
      {open.length > 0 ? (
        <ul className="findings" aria-label={t('editor.leaks.findings')}>
          {open.map(({ finding, index }) => (
            <FindingItem key={`${finding.key}-${index}`} finding={finding} gone={goneIndexes.has(index)} onShow={() => onShow(index)} onDismiss={onDismiss} />
          ))}
        </ul>
      ) : null}
      {notes.length > 0 ? (
        <section className="side-subsection" aria-label={t('editor.leaks.notes')}>
          <h3 className="side-subtitle">{t('editor.leaks.notes')}</h3>
          <ul className="findings findings-low">
            {notes.map(({ finding, index }) => (
              <FindingItem key={`${finding.key}-${index}`} finding={finding} gone={goneIndexes.has(index)} onShow={() => onShow(index)} onDismiss={onDismiss} />
            ))}
          </ul>
        </section>
      ) : null}
      {dismissed.length > 0 ? (
        <details className="side-subsection dismissed">
          <summary>{t('editor.leaks.dismissedCount', { count: dismissed.length })}</summary>
          <ul className="findings findings-dismissed">
            {dismissed.map(({ finding, index }) => (
              <li key={`${finding.key}-${index}`} className="finding">
                <p className="finding-matched">{OPEN_QUOTE}{finding.matched}{CLOSE_QUOTE}</p>
                <p className="finding-where">
                  {t(WHERE[finding.field] ?? 'editor.leaks.where.draft')}{SEPARATOR}{finding.sourceLabel}
                </p>
                <p className="finding-reason">{t('editor.leaks.dismissedReason', { reason: finding.dismissed?.reason ?? '' })}</p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {report && report.labelIssues.length > 0 ? (
        <section className="side-subsection" aria-label={t('editor.leaks.labels')}>
          <h3 className="side-subtitle">{t('editor.leaks.labels')}</h3>
          <ul className="label-issues">
            {report.labelIssues.map((issue, index) => (
              <li key={`${issue.sourceId}-${issue.kind}-${index}`} className={`label-issue severity-${issue.severity}`}>
                <p>{tm(issue.message)}</p>
                <p className="finding-advice">{tm(issue.advice)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report && report.jigsaw.length > 0 ? (
        <section className="side-subsection" aria-label={t('editor.jigsaw.heading')}>
          <h3 className="side-subtitle">{t('editor.jigsaw.heading')}</h3>
          {report.jigsaw.map((profile) => (
            <div key={profile.sourceId} className="jigsaw">
              <h4 className="jigsaw-label">
                {profile.label}
                <PrivateNickname sourceId={profile.sourceId} />
              </h4>
              <dl className="jigsaw-facts">
                <div>
                  <dt>{t('editor.jigsaw.cited')}</dt>
                  <dd>{t('editor.jigsaw.citedCount', { count: profile.citations })}</dd>
                </div>
                <div>
                  <dt>{t('editor.jigsaw.dates')}</dt>
                  <dd>{profile.dates.map((day) => formatSaidOn(day)).join(LIST) || t('editor.jigsaw.datesNone')}</dd>
                </div>
                <div>
                  <dt>{t('editor.jigsaw.channels')}</dt>
                  <dd>{profile.channels.map(channelLabel).join(LIST) || t('editor.jigsaw.channelsNone')}</dd>
                </div>
                <div>
                  <dt>{t('editor.jigsaw.places')}</dt>
                  <dd>{profile.places.join(', ') || t('editor.jigsaw.placesNone')}</dd>
                </div>
              </dl>
              {profile.warnings.length > 0 ? (
                <ul className="jigsaw-warnings">
                  {profile.warnings.map((warning) => (
                    <li key={warning.id}>{tm(warning)}</li>
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
  const t = useT();
  const tm = useMessage();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setProblem(t('editor.leaks.dismissReasonShort'));
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
        <span className={`severity severity-${finding.severity}`}>{SEVERITY[finding.severity] ? t(SEVERITY[finding.severity]!) : finding.severity}</span> {OPEN_QUOTE}{finding.matched}{CLOSE_QUOTE}
      </p>
      <p className="finding-where">
        {t(WHERE[finding.field] ?? 'editor.leaks.where.draft')}{SEPARATOR}{finding.sourceLabel}
      </p>
      <p className="finding-reason">{tm(finding.reason)}</p>
      <p className="finding-advice">{tm(finding.advice)}</p>
      {gone ? <p className="field-hint">{t('editor.leaks.gone')}</p> : null}
      <div className="button-row">
        <button type="button" className="button button-secondary button-small" aria-describedby={`${id}-matched`} disabled={gone} onClick={onShow}>
          {t('editor.leaks.show')}
        </button>
        {!dismissing ? (
          <button type="button" className="button button-secondary button-small" aria-describedby={`${id}-matched`} onClick={() => setDismissing(true)}>
            {t('editor.leaks.dismiss')}
          </button>
        ) : null}
      </div>
      {dismissing ? (
        <form className="dismiss-form" aria-label={t('editor.leaks.dismissForm', { text: excerpt(finding.matched, 40) })} onSubmit={submit} noValidate>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-reason`}>
              {t('editor.leaks.dismissWhy')}
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
              {t('editor.leaks.dismissFinding')}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setDismissing(false);
                setProblem(null);
              }}
            >
              {t('common.cancel')}
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
  const t = useT();
  return (
    <aside aria-label={t('editor.quotes.label')} className="side-section quotes-panel">
      <h2 className="side-title">
        {quotes.length > 0 ? t('editor.quotes.headingCount', { count: quotes.length }) : t('editor.quotes.label')}
      </h2>
      {quotes.length === 0 ? (
        <p className="side-status">{t('editor.quotes.none')}</p>
      ) : (
        <ul className="changed-quotes">
          {quotes.map((quote) => (
            <li key={`${quote.from}-${quote.statementId}`} className="changed-quote">
              <p className="finding-reason">{t('editor.quotes.differs')}</p>
              <QuoteDiff quote={quote} />
              <div className="button-row">
                <button type="button" className="button button-secondary button-small" onClick={() => onShow(quote)}>
                  {t('editor.leaks.show')}
                </button>
                <button type="button" className="button button-secondary button-small" onClick={() => onRestore(quote)}>
                  {t('editor.quotes.restore')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
