import { useId, useState, type FormEvent, type Ref } from 'react';
import { CHECKLIST_ITEMS, DECISION_STATE_LABELS, type DecisionState } from '../../../common/domain/review';
import { CHANNEL_LABELS, STATEMENT_KIND_LABELS } from '../../../common/domain/statement';
import type { ReviewCitation, ReviewView } from '../../../common/review/review-view';
import { FormError } from '../components/form-error';
import { TextAreaField } from '../components/text-area-field';
import { QuoteDiff } from '../editor/quote-diff';
import { ReliabilityFacts } from '../sources/reliability-facts';
import { excerpt, formatSaidOn } from '../editor/format';
import { MissingLabelNotice } from './missing-label-notice';
import { PrivateNickname } from '../sources/private-nickname';

const FORM_NAMES: Record<string, string> = {
  indefinite: 'first mention',
  separate: '“separate” source',
  definite: '“the source”',
  ordinal: 'ordinal (“the initial source”)',
  plural: 'plural',
  custom: 'the reporter’s own words',
};

const orNone = (text: string) => text.trim() || 'Not recorded';

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
  const canDecide = view.viewer?.role === 'editor' && (view.readOnly || (view.status !== 'drafting' && view.status !== 'exported'));
  const decision = citation.decision;
  const failed = CHECKLIST_ITEMS.filter((item) => citation.failedItems.includes(item.id));

  return (
    <section className="panel review-detail" aria-labelledby={`${ids}-title`}>
      <div className="panel-head">
        <h2 id={`${ids}-title`} ref={headingRef} tabIndex={-1} className="panel-title">
          {`Citation ${citation.number} of ${view.citations.length}`}
        </h2>
        <span className={`badge review-state review-state-${decision.state}`}>{DECISION_STATE_LABELS[decision.state]}</span>
      </div>

      <blockquote className="review-sentence" aria-label="The sentence as published" lang={view.language}>
        {citation.sentence.before}
        <mark className="review-attribution">{citation.sentence.attribution}</mark>
        {citation.sentence.after}
      </blockquote>
      <p className="review-note">
        {citation.form === citation.ruleForm
          ? `Rendered by the attribution rules (${FORM_NAMES[citation.form]}).`
          : `The reporter chose the form: ${FORM_NAMES[citation.form]}; the rules would give ${FORM_NAMES[citation.ruleForm]}.`}
        {citation.unresolved ? ' A cited statement or source is missing from the vault.' : ''}
      </p>
      <MissingLabelNotice view={view} citation={citation} />

      {citation.quotes.map((quote) => (
        <div key={quote.statementId + quote.quoted} className="review-quote">
          <h3 className="panel-subtitle">Quoted words</h3>
          {quote.matches ? (
            <p className="review-ok">The quote matches the recorded statement word for word.</p>
          ) : (
            <>
              <p className="review-problem">The quote differs from the recorded statement:</p>
              <QuoteDiff quote={{ original: quote.recorded, text: quote.quoted }} />
            </>
          )}
          {quote.statementEdited ? <p className="review-problem">The statement was edited after the draft quoted it.</p> : null}
        </div>
      ))}

      <h3 className="panel-subtitle">{citation.statements.length === 1 ? 'Recorded statement' : 'Recorded statements'}</h3>
      <ul className="review-statements">
        {citation.statements.map((s) => (
          <li key={s.id}>
            <p className="review-statement-text">{s.text}</p>
            <p className="review-note">
              {[STATEMENT_KIND_LABELS[s.kind], formatSaidOn(s.saidOn), CHANNEL_LABELS[s.channel]].join(' · ')}
            </p>
          </li>
        ))}
      </ul>

      <h3 className="panel-subtitle">{citation.sources.length === 1 ? 'Source' : 'Sources'}</h3>
      {citation.sources.map((source) => (
        <dl key={source.id} className="facts review-facts" aria-label={`Profile of ${source.labelText}`}>
          <div>
            <dt>Label</dt>
            <dd>
              {source.labelText}
              <PrivateNickname sourceId={source.id} />
            </dd>
          </div>
          <div>
            <dt>How they know</dt>
            <dd className="prewrap">{orNone(source.access)}</dd>
          </div>
          <div>
            <dt>Why anonymity</dt>
            <dd className="prewrap">{orNone(source.anonymityReason)}</dd>
          </div>
          <ReliabilityFacts source={source} />
        </dl>
      ))}

      <h3 className="panel-subtitle">Corroboration</h3>
      <p className={citation.seniorEditor ? 'review-problem' : 'review-note'}>
        {citation.corroboration.count === 0
          ? 'No other source in this draft supports this passage.'
          : `${citation.corroboration.count} other ${citation.corroboration.count === 1 ? 'source' : 'sources'} in this draft ${citation.corroboration.count === 1 ? 'supports' : 'support'} this passage: ${citation.corroboration.labels.join(', ')}.`}
        {citation.seniorEditor ? ' Single anonymous source: for a senior editor.' : ''}
      </p>
      {!view.readOnly ? <CorroborationLinks view={view} citation={citation} onLink={onLink} /> : null}

      {failed.length > 0 ? (
        <>
          <h3 className="panel-subtitle">Checklist</h3>
          <ul className="review-failed">
            {failed.map((item) => (
              <li key={item.id}>{`${item.id}. ${item.text}`}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="panel-subtitle">Decision</h3>
      {decision.state === 'flagged' ? (
        <p className="review-flag-comment">
          <strong>{`Flagged by ${decision.by?.name ?? 'the editor'}:`}</strong> {decision.comment}
          {decision.changedSince ? ' (The passage has changed since.)' : ''}
        </p>
      ) : null}
      {decision.state === 'approved' && decision.by ? <p className="review-ok">{`Approved by ${decision.by.name}.`}</p> : null}
      {canDecide ? (
        <DecisionControls key={citation.key} citation={citation} onDecide={onDecide} />
      ) : (
        <p className="review-note">
          {view.viewer?.role === 'editor'
            ? view.status === 'drafting'
              ? 'The reporter has not sent this draft for review yet.'
              : 'The review of this draft is closed.'
            : 'An editor approves or flags each citation. Send the draft to your editor for review.'}
        </p>
      )}
    </section>
  );
}

function DecisionControls({ citation, onDecide }: { citation: ReviewCitation; onDecide: CitationDetailProps['onDecide'] }) {
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
      setCommentError('Say what the reporter should fix: a flag needs a comment.');
      return;
    }
    void decide('flagged', comment.trim());
  }

  if (flagging) {
    return (
      <form className="review-flag-form" onSubmit={submitFlag} noValidate>
        <TextAreaField
          label={`What is wrong with citation ${citation.number}?`}
          hint={`The reporter sees this next to “${excerpt(citation.attribution, 60)}”.`}
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
            Flag citation
          </button>
          <button type="button" className="link-button" onClick={() => setFlagging(false)}>
            Cancel
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
          {`Approve citation ${citation.number}`}
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
          {citation.decision.state === 'flagged' ? 'Edit the flag' : `Flag citation ${citation.number}`}
        </button>
        {citation.decision.state !== 'open' ? (
          <button type="button" className="link-button" disabled={busy} onClick={() => void decide('open')}>
            Undo decision
          </button>
        ) : null}
      </div>
    </>
  );
}

/** The reporter links statements of other sources in the draft that say the same thing. */
function CorroborationLinks({ view, citation, onLink }: { view: ReviewView; citation: ReviewCitation; onLink: CitationDetailProps['onLink'] }) {
  const [error, setError] = useState<string | null>(null);
  const own = citation.statements[0];
  const ownSources = new Set(citation.statements.map((s) => s.sourceId));
  const labelOf = new Map(view.citations.flatMap((c) => c.sources.map((s) => [s.id, s.labelText] as const)));
  const candidates = [...new Map(view.citations.flatMap((c) => c.statements).filter((s) => !ownSources.has(s.sourceId)).map((s) => [s.id, s])).values()];
  if (!own || candidates.length === 0) return null;
  return (
    <details className="review-links">
      <summary>Link corroborating statements</summary>
      <fieldset className="review-link-list">
        <legend className="visually-hidden">{`Statements that support citation ${citation.number}`}</legend>
        {candidates.map((s) => (
          <label key={s.id} className="checkbox">
            <input
              type="checkbox"
              checked={citation.corroboration.statementIds.includes(s.id)}
              onChange={async (event) => setError(await onLink([own.id, s.id], event.target.checked))}
            />
            <span>
              <span className="review-link-label">{labelOf.get(s.sourceId) ?? 'a source'}</span>: {excerpt(s.text, 120)}
            </span>
          </label>
        ))}
      </fieldset>
      <FormError message={error} />
    </details>
  );
}
