import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ApiResult } from '../../../common/api/errors';
import type { ChecklistItemId, DecisionState, ReviewSubject } from '../../../common/domain/review';
import type { ReviewView } from '../../../common/review/review-view';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { ScreenHeading } from '../components/screen-heading';
import { StatusBadge } from '../components/status-badge';
import { ChecklistPanel } from './checklist-panel';
import { CitationDetail } from './citation-detail';
import { CitationList } from './citation-list';
import { SignOffAction } from './sign-off-action';
import '../styles/prosemirror.css';
import '../styles/drafts-list.css';
import '../styles/editor-screen.css';
import '../styles/editor-text.css';
import '../styles/editor-side-panel.css';
import '../styles/editor-popovers.css';
import '../styles/reader-preview.css';
import '../styles/review.css';

interface ReviewPageProps {
  subject: ReviewSubject;
  /** Citation to show first (from a "reopened" link in the editor). */
  initialKey?: string | undefined;
  backLabel: string;
  onBack: () => void;
  /** Opens the draft in the editor (a local draft only). */
  onEdit?: (() => void) | undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The editor's review of one draft (or of a copy from a review package): DESIGN §4a. */
export function ReviewPage({ subject, initialKey, backLabel, onBack, onEdit }: ReviewPageProps) {
  const ids = useId();
  const [view, setView] = useState<ReviewView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(initialKey ?? null);
  const [announcement, setAnnouncement] = useState('');
  const [signOffError, setSignOffError] = useState<string | null>(null);
  const [signingOff, setSigningOff] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const subjectKey = JSON.stringify(subject);
  // Answers can arrive out of order; a view is shown only if no later-asked one was shown already.
  const asked = useRef(0);
  const shown = useRef(0);
  const showIfNewest = useCallback((ticket: number, next: ReviewView): boolean => {
    if (ticket < shown.current) return false;
    shown.current = ticket;
    setView(next);
    return true;
  }, []);

  useEffect(() => {
    let live = true;
    const ticket = ++asked.current;
    void callApi((api) => api.getReview({ subject })).then((result) => {
      if (!live) return;
      if (result.ok) showIfNewest(ticket, result.value);
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
    // The subject object is rebuilt by callers; its content is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subjectKey]);

  /** Runs a review call; on success shows the new view, otherwise returns the message. */
  const apply = useCallback(async (run: () => Promise<ApiResult<ReviewView>>, done?: (next: ReviewView) => void): Promise<string | null> => {
    const ticket = ++asked.current;
    const result = await run();
    if (!result.ok) return result.error.message;
    if (showIfNewest(ticket, result.value)) done?.(result.value);
    return null;
  }, [showIfNewest]);

  const citations = view?.citations ?? [];
  const selected = citations.find((c) => c.key === selectedKey) ?? citations[0] ?? null;

  function showCitation(key: string) {
    setSelectedKey(key);
    requestAnimationFrame(() => detailHeading.current?.focus());
  }

  async function decide(state: DecisionState, comment?: string) {
    if (!selected) return null;
    const key = selected.key;
    const number = selected.number;
    return apply(
      () => callApi((api) => api.decideCitation({ subject, citationKey: key, state, ...(comment ? { comment } : {}) })),
      (next) => {
        setAnnouncement(state === 'approved' ? `Citation ${number} approved.` : state === 'flagged' ? `Citation ${number} flagged.` : `Decision on citation ${number} undone.`);
        // After a decision, move on to the next citation still to decide.
        if (state !== 'open') {
          const after = next.citations.slice(number).find((c) => c.decision.state === 'open') ?? next.citations.find((c) => c.decision.state === 'open');
          if (after) setSelectedKey(after.key);
        }
      },
    );
  }

  async function signOff(passphrase: string | undefined): Promise<boolean> {
    setSigningOff(true);
    const error = await apply(
      () => callApi((api) => api.signOff({ subject, ...(passphrase !== undefined ? { passphrase } : {}) })),
      () => setAnnouncement(view?.readOnly ? 'Signed off. Save your decisions to send the sign-off to the reporter.' : 'Signed off. The draft is self-approved.'),
    );
    setSignOffError(error);
    setSigningOff(false);
    return error === null;
  }

  const title = view?.title.trim() || 'Untitled draft';
  const blockers = view?.signOffBlockers ?? [];
  const isEditor = view?.viewer?.role === 'editor';
  const reopened = view?.reopened?.citationKeys.filter((key) => citations.some((c) => c.key === key)) ?? [];

  return (
    <article className="page page-wide review-page">
      <button type="button" className="link-button back-link" onClick={onBack}>
        {backLabel}
      </button>
      <div className="page-head">
        <ScreenHeading className="page-title">{`Review: ${title}`}</ScreenHeading>
        {view ? <StatusBadge status={view.status} selfApproved={view.selfApproved} /> : null}
      </div>
      <p className="page-subtitle">
        {view?.readOnly ? 'A read-only copy from a review package. ' : ''}
        Every citation as the reader will see it, checked against what the source said.
        {onEdit ? (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onEdit}>
              Open in the editor
            </button>
          </>
        ) : null}
      </p>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      <FormError message={loadError} />
      {!view && !loadError ? <p role="status">Loading the review…</p> : null}

      {view && reopened.length > 0 ? (
        <section className="review-reopened" aria-label="Reopened approvals">
          <p>
            <strong>{`${plural(reopened.length, 'approval')} reopened: the passage changed.`}</strong> The editor needs to look at{' '}
            {reopened.length === 1 ? 'it' : 'them'} again.
          </p>
          <p className="checklist-links">
            {reopened.map((key) => (
              <button key={key} type="button" className="link-button" onClick={() => showCitation(key)}>
                {`Citation ${citations.find((c) => c.key === key)!.number}`}
              </button>
            ))}
          </p>
        </section>
      ) : null}

      {view ? (
        <section className="panel review-summary" aria-labelledby={`${ids}-summary`}>
          <h2 id={`${ids}-summary`} className="panel-title">
            Sign-off
          </h2>
          <p className="review-counts">
            {`${view.counts.approved} of ${plural(citations.length, 'citation')} approved · ${view.counts.flagged} flagged · `}
            {view.leakOpenCount === null ? 'leak guard: checked by the reporter’s vault' : view.leakOpenCount === 0 ? 'leak guard: clear' : `leak guard: ${plural(view.leakOpenCount, 'open finding')}`}
          </p>
          {view.signOff && (view.status === 'approved' || view.status === 'exported' || view.readOnly) ? (
            <p className="review-ok">
              {view.selfApproved ? 'Self-approved: ' : ''}
              {`Signed off by ${view.signOff.by.name} (${view.signOff.by.role})${view.selfApproved ? ' in the vault the draft was written in' : ''} on ${new Date(view.signOff.at).toLocaleString('en-GB')}.`}
            </p>
          ) : null}
          {isEditor && view.status !== 'approved' && view.status !== 'exported' && !(view.readOnly && view.signOff) ? (
            <SignOffAction self={!view.readOnly} blockers={blockers} blockersId={`${ids}-blockers`} busy={signingOff} error={signOffError} onSignOff={signOff} />
          ) : null}
        </section>
      ) : null}

      {view && citations.length === 0 ? <p className="empty-state">This draft cites no source yet: there is nothing to review.</p> : null}
      {view && selected ? (
        <div className="review-columns">
          <CitationList ref={listRef} citations={citations} selectedKey={selected.key} onSelect={setSelectedKey} onOpen={() => detailHeading.current?.focus()} />
          <CitationDetail
            view={view}
            citation={selected}
            headingRef={detailHeading}
            onDecide={decide}
            onLink={(statementIds, linked) =>
              callApi((api) => api.linkCorroboration({ statementIds, linked })).then(async (result) => {
                if (!result.ok) return result.error.message;
                return apply(() => callApi((api) => api.getReview({ subject })));
              })
            }
          />
        </div>
      ) : null}
      {view ? <ChecklistPanel view={view} onTick={(item: ChecklistItemId, checked) => apply(() => callApi((api) => api.tickChecklist({ subject, item, checked })))} onShowCitation={showCitation} /> : null}
    </article>
  );
}
