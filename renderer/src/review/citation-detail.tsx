import { useId, useState, type FormEvent, type Ref } from 'react';
import { CHECKLIST_ITEMS, type DecisionState } from '../../../common/domain/review';
import { channelLabel, statementKindLabel } from '../library/labels';
import { useT } from '../i18n/use-t';
import type { MessageId } from '../i18n/messages';
import type { ReviewCitation, ReviewView } from '../../../common/review/review-view';
import { FormError } from '../components/form-error';
import { TextAreaField } from '../components/text-area-field';
import { QuoteDiff } from '../editor/quote-diff';
import { ReliabilityFacts } from '../sources/reliability-facts';
import { excerpt, formatSaidOn } from '../editor/format';
import { MissingLabelNotice } from './missing-label-notice';
import { PrivateNickname } from '../sources/private-nickname';

const formName = (form: string): MessageId => `review.form.${form}` as MessageId;
const SEPARATOR = ' · ';
const SPACE = ' ';
const DOT = '.';
const COLON = ': ';

interface CitationDetailProps {
  view: ReviewView;
  citation: ReviewCitation;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Resolve to an error message, or null when done. */
  onDecide: (state: DecisionState, comment?: string) => Promise<string | null>;
  onLink: (statementIds: [string, string], linked: boolean) => Promise<string | null>;
}

/** One citation as the editor checks it: sentence, quotes against the record, sources, decision. */
export function CitationDetail({ view, citation, headingRef, onDecide, onLink }: CitationDetailProps) {
  const ids = useId();
  const t = useT();
  const orNone = (text: string) => text.trim() || t('review.detail.notRecorded');
  const canDecide = view.viewer?.role === 'editor' && (view.readOnly || (view.status !== 'drafting' && view.status !== 'exported'));
  const decision = citation.decision;
  const failed = CHECKLIST_ITEMS.filter((item) => citation.failedItems.includes(item.id));

  return (
    <section className="panel review-detail" aria-labelledby={`${ids}-title`}>
      <div className="panel-head">
        <h2 id={`${ids}-title`} ref={headingRef} tabIndex={-1} className="panel-title">
          {t('review.detail.title', { number: citation.number, total: view.citations.length })}
        </h2>
        <span className={`badge review-state review-state-${decision.state}`}>{t(`review.state.${decision.state}`)}</span>
      </div>

      <blockquote className="review-sentence" aria-label={t('review.detail.sentence')} lang={view.language}>
        {citation.sentence.before}
        <mark className="review-attribution">{citation.sentence.attribution}</mark>
        {citation.sentence.after}
      </blockquote>
      <p className="review-note">
        {citation.form === citation.ruleForm
          ? t('review.detail.byRules', { form: t(formName(citation.form)) })
          : t('review.detail.chosen', { form: t(formName(citation.form)), ruleForm: t(formName(citation.ruleForm)) })}
        {citation.unresolved ? t('review.detail.unresolved') : ''}
      </p>
      <MissingLabelNotice view={view} citation={citation} />

      {citation.quotes.map((quote) => (
        <div key={quote.statementId + quote.quoted} className="review-quote">
          <h3 className="panel-subtitle">{t('review.detail.quoted')}</h3>
          {quote.matches ? (
            <p className="review-ok">{t('review.detail.quoteMatches')}</p>
          ) : (
            <>
              <p className="review-problem">{t('review.detail.quoteDiffers')}</p>
              <QuoteDiff quote={{ original: quote.recorded, text: quote.quoted }} />
            </>
          )}
          {quote.statementEdited ? <p className="review-problem">{t('review.detail.statementEdited')}</p> : null}
        </div>
      ))}

      <h3 className="panel-subtitle">{t('review.detail.statements', { count: citation.statements.length })}</h3>
      <ul className="review-statements">
        {citation.statements.map((s) => (
          <li key={s.id}>
            <p className="review-statement-text">{s.text}</p>
            <p className="review-note">
              {[statementKindLabel(s.kind), formatSaidOn(s.saidOn), channelLabel(s.channel)].join(SEPARATOR)}
            </p>
          </li>
        ))}
      </ul>

      <h3 className="panel-subtitle">{t('review.detail.sources', { count: citation.sources.length })}</h3>
      {citation.sources.map((source) => (
        <dl key={source.id} className="facts review-facts" aria-label={t('review.detail.profileOf', { label: source.labelText })}>
          <div>
            <dt>{t('review.detail.label')}</dt>
            <dd>
              {source.labelText}
              <PrivateNickname sourceId={source.id} />
            </dd>
          </div>
          <div>
            <dt>{t('review.detail.access')}</dt>
            <dd className="prewrap">{orNone(source.access)}</dd>
          </div>
          <div>
            <dt>{t('review.detail.anonymity')}</dt>
            <dd className="prewrap">{orNone(source.anonymityReason)}</dd>
          </div>
          <ReliabilityFacts source={source} />
        </dl>
      ))}

      <h3 className="panel-subtitle">{t('review.detail.corroboration')}</h3>
      <p className={citation.seniorEditor ? 'review-problem' : 'review-note'}>
        {citation.corroboration.count === 0
          ? t('review.detail.noCorroboration')
          : t('review.detail.corroborated', { count: citation.corroboration.count, labels: citation.corroboration.labels.join(', ') })}
        {citation.seniorEditor ? t('review.detail.senior') : ''}
      </p>
      {!view.readOnly ? <CorroborationLinks view={view} citation={citation} onLink={onLink} /> : null}

      {failed.length > 0 ? (
        <>
          <h3 className="panel-subtitle">{t('review.detail.checklist')}</h3>
          <ul className="review-failed">
            {failed.map((item) => (
              <li key={item.id}>
                {item.id}
                {DOT}
                {SPACE}
                {t(`review.checklist.item.${item.id}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="panel-subtitle">{t('review.detail.decision')}</h3>
      {decision.state === 'flagged' ? (
        <p className="review-flag-comment">
          <strong>{t('review.detail.flaggedBy', { name: decision.by?.name ?? t('review.detail.theEditor') })}</strong>{SPACE}{decision.comment}
          {decision.changedSince ? t('review.detail.changedSince') : ''}
        </p>
      ) : null}
      {decision.state === 'approved' && decision.by ? <p className="review-ok">{t('review.detail.approvedBy', { name: decision.by.name })}</p> : null}
      {canDecide ? (
        <DecisionControls key={citation.key} citation={citation} onDecide={onDecide} />
      ) : (
        <p className="review-note">
          {view.viewer?.role === 'editor'
            ? view.status === 'drafting'
              ? t('review.detail.notSent')
              : t('review.detail.closed')
            : t('review.detail.reporterNote')}
        </p>
      )}
    </section>
  );
}

function DecisionControls({ citation, onDecide }: { citation: ReviewCitation; onDecide: CitationDetailProps['onDecide'] }) {
  const t = useT();
  const [flagging, setFlagging] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(state: DecisionState, text?: string) {
    setBusy(true);
    setError(null);
    const problem = await onDecide(state, text);
    setBusy(false);
    if (problem) setError(problem);
    else setFlagging(false);
  }

  function submitFlag(event: FormEvent) {
    event.preventDefault();
    if (!comment.trim()) {
      setCommentError(t('review.flag.needsComment'));
      return;
    }
    void decide('flagged', comment.trim());
  }

  if (flagging) {
    return (
      <form className="review-flag-form" onSubmit={submitFlag} noValidate>
        <TextAreaField
          label={t('review.flag.label', { number: citation.number })}
          hint={t('review.flag.hint', { attribution: excerpt(citation.attribution, 60) })}
          value={comment}
          error={commentError}
          rows={3}
          maxLength={2000}
          autoFocus
          onChange={(event) => {
            setComment(event.target.value);
            setCommentError(null);
          }}
        />
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('review.flag.submit')}
          </button>
          <button type="button" className="link-button" onClick={() => setFlagging(false)}>
            {t('review.flag.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <>
      <FormError message={error} />
      <div className="button-row review-actions">
        <button type="button" className="button button-primary" disabled={busy || citation.decision.state === 'approved'} onClick={() => void decide('approved')}>
          {t('review.decide.approve', { number: citation.number })}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => {
            setComment(citation.decision.state === 'flagged' ? (citation.decision.comment ?? '') : '');
            setFlagging(true);
          }}
        >
          {citation.decision.state === 'flagged' ? t('review.decide.editFlag') : t('review.decide.flag', { number: citation.number })}
        </button>
        {citation.decision.state !== 'open' ? (
          <button type="button" className="link-button" disabled={busy} onClick={() => void decide('open')}>
            {t('review.decide.undo')}
          </button>
        ) : null}
      </div>
    </>
  );
}

/** The reporter links statements of other sources in the draft that say the same thing. */
function CorroborationLinks({ view, citation, onLink }: { view: ReviewView; citation: ReviewCitation; onLink: CitationDetailProps['onLink'] }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const own = citation.statements[0];
  const ownSources = new Set(citation.statements.map((s) => s.sourceId));
  const labelOf = new Map(view.citations.flatMap((c) => c.sources.map((s) => [s.id, s.labelText] as const)));
  const candidates = [...new Map(view.citations.flatMap((c) => c.statements).filter((s) => !ownSources.has(s.sourceId)).map((s) => [s.id, s])).values()];
  if (!own || candidates.length === 0) return null;
  return (
    <details className="review-links">
      <summary>{t('review.links.summary')}</summary>
      <fieldset className="review-link-list">
        <legend className="visually-hidden">{t('review.links.legend', { number: citation.number })}</legend>
        {candidates.map((s) => (
          <label key={s.id} className="checkbox">
            <input
              type="checkbox"
              checked={citation.corroboration.statementIds.includes(s.id)}
              onChange={async (event) => setError(await onLink([own.id, s.id], event.target.checked))}
            />
            <span>
              <span className="review-link-label">{labelOf.get(s.sourceId) ?? t('review.links.aSource')}</span>{COLON}{excerpt(s.text, 120)}
            </span>
          </label>
        ))}
      </fieldset>
      <FormError message={error} />
    </details>
  );
}
