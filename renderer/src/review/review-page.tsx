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
import { TranslationCompare } from './translation-compare';
import { languageName } from '../library/labels';
import { useT } from '../i18n/use-t';
import { formatDateTime } from '../app/format';
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

const SPACE = ' ';

/** The editor's review of one draft (or of a copy from a review package): DESIGN §4a. */
export function ReviewPage({ subject, initialKey, backLabel, onBack, onEdit }: ReviewPageProps) {
  const ids = useId();
  const [view, setView] = useState<ReviewView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(initialKey ?? null);
  const [announcement, setAnnouncement] = useState('');
  const [signOffError, setSignOffError] = useState<string | null>(null);
  const [signingOff, setSigningOff] = useState(false);
  /** The linked translation shown beside this draft, instead of the citations. */
  const [comparing, setComparing] = useState<string | null>(null);
  const t = useT();
  const listRef = useRef<HTMLDivElement>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  /** Bumped after a decision: once the next citation shows, focus and scrolling follow it. */
  const [moveRequest, setMoveRequest] = useState(0);
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

  useEffect(() => {
    if (moveRequest === 0) return;
    const heading = detailHeading.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
    const sentence = heading.closest('section')?.querySelector('.review-sentence') ?? heading;
    sentence.scrollIntoView?.({ block: 'center' });
  }, [moveRequest]);

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
        setAnnouncement(t(state === 'approved' ? 'review.announce.approved' : state === 'flagged' ? 'review.announce.flagged' : 'review.announce.undone', { number }));
        // After a decision, move on to the next citation still to decide: focus goes with it (the
        // decision buttons just pressed are gone) and its sentence is scrolled into view.
        if (state !== 'open') {
          const after = next.citations.slice(number).find((c) => c.decision.state === 'open') ?? next.citations.find((c) => c.decision.state === 'open');
          if (after) setSelectedKey(after.key);
          setMoveRequest((n) => n + 1);
        }
      },
    );
  }

  async function signOff(passphrase: string | undefined): Promise<boolean> {
    setSigningOff(true);
    const error = await apply(
      () => callApi((api) => api.signOff({ subject, ...(passphrase !== undefined ? { passphrase } : {}) })),
      () => setAnnouncement(t(view?.readOnly ? 'review.announce.signedOffCopy' : 'review.announce.signedOffSelf')),
    );
    setSignOffError(error);
    setSigningOff(false);
    return error === null;
  }

  const title = view?.title.trim() || t('review.untitled');
  const blockers = view?.signOffBlockers ?? [];
  const isEditor = view?.viewer?.role === 'editor';
  const reopened = view?.reopened?.citationKeys.filter((key) => citations.some((c) => c.key === key)) ?? [];

  return (
    <article className="page page-wide review-page">
      <button type="button" className="link-button back-link" onClick={onBack}>
        {backLabel}
      </button>
      <div className="page-head">
        <ScreenHeading className="page-title">{t('review.heading', { title })}</ScreenHeading>
        {view ? <StatusBadge status={view.status} selfApproved={view.selfApproved} /> : null}
      </div>
      <p className="page-subtitle">
        {view?.readOnly ? t('review.subtitle.readOnly') : ''}
        {t('review.subtitle')}
        {onEdit ? (
          <>
            {SPACE}
            <button type="button" className="link-button" onClick={onEdit}>
              {t('review.openInEditor')}
            </button>
          </>
        ) : null}
      </p>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      <FormError message={loadError} />
      {!view && !loadError ? <p role="status">{t('review.loading')}</p> : null}

      {view && reopened.length > 0 ? (
        <section className="review-reopened" aria-label={t('review.reopened.region')}>
          <p>
            <strong>{t('review.reopened.title', { count: reopened.length })}</strong>{SPACE}{t('review.reopened.again', { count: reopened.length })}
          </p>
          <p className="checklist-links">
            {reopened.map((key) => (
              <button key={key} type="button" className="link-button" onClick={() => showCitation(key)}>
                {t('review.citationLink', { number: citations.find((c) => c.key === key)!.number })}
              </button>
            ))}
          </p>
        </section>
      ) : null}

      {view ? (
        <section className="panel review-summary" aria-labelledby={`${ids}-summary`}>
          <h2 id={`${ids}-summary`} className="panel-title">
            {t('review.signOff.heading')}
          </h2>
          <p className="review-counts">
            {t('review.counts', { approved: view.counts.approved, total: citations.length, flagged: view.counts.flagged })}
            {view.leakOpenCount === null ? t('review.leaks.reporter') : view.leakOpenCount === 0 ? t('review.leaks.clear') : t('review.leaks.open', { count: view.leakOpenCount })}
          </p>
          {view.signOff && (view.status === 'approved' || view.status === 'exported' || view.readOnly) ? (
            <p className="review-ok">
              {view.selfApproved ? t('review.signedOff.selfPrefix') : ''}
              {t(view.selfApproved ? 'review.signedOff.self' : 'review.signedOff', { name: view.signOff.by.name, role: view.signOff.by.role, date: formatDateTime(view.signOff.at) })}
            </p>
          ) : null}
          {isEditor && view.status !== 'approved' && view.status !== 'exported' && !(view.readOnly && view.signOff) ? (
            <SignOffAction self={!view.readOnly} blockers={blockers} blockersId={`${ids}-blockers`} busy={signingOff} error={signOffError} onSignOff={signOff} />
          ) : null}
        </section>
      ) : null}

      {view && view.translations.length > 0 ? (
        <div className="translation-toggles" role="group" aria-label={t('review.translation.problems')}>
          {view.translations.map((translation) => (
            <button
              key={translation.draftId}
              type="button"
              className="button button-secondary button-small"
              aria-pressed={comparing === translation.draftId}
              onClick={() => setComparing(comparing === translation.draftId ? null : translation.draftId)}
            >
              {t('review.translation.compare', { language: languageName(translation.language) })}
            </button>
          ))}
        </div>
      ) : null}
      {view && comparing && view.translations.some((tr) => tr.draftId === comparing) ? (
        <TranslationCompare translation={view.translations.find((tr) => tr.draftId === comparing)!} thisLanguage={view.language} />
      ) : null}

      {view && citations.length === 0 ? <p className="empty-state">{t('review.empty')}</p> : null}
      {view && selected && !comparing ? (
        <div className="review-columns">
          <CitationList ref={listRef} language={view.language} citations={citations} selectedKey={selected.key} onSelect={setSelectedKey} onOpen={() => detailHeading.current?.focus()} />
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
