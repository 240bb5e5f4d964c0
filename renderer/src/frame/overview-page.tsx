import { useEffect, useId, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { VaultStatus } from '../../../common/api/types';
import type { DeskDraft, DeskOverview, DeskSource } from '../../../common/domain/desk-overview';
import { DRAFT_STATUSES, type DraftStatus } from '../../../common/domain/draft';
import { callApi } from '../api';
import { lockShortcut } from '../app/platform';
import { FormError } from '../components/form-error';
import { PathText } from '../components/path-text';
import { ScreenHeading } from '../components/screen-heading';
import type { MessageId } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useLibrary } from '../library/library';
import { useFrame } from './frame-context';
import '../styles/desk.css';

// The desk: what needs the reporter or editor now (main answers it in one call, getDesk), each
// item a button that opens the place to act on it.

const STATUS_LABEL: Record<DraftStatus, MessageId> = {
  drafting: 'desk.status.drafting',
  'in-review': 'desk.status.inReview',
  approved: 'desk.status.approved',
  exported: 'desk.status.exported',
};

function Section({ title, children, count }: { title: string; children: ReactNode; count?: number }) {
  const id = useId();
  return (
    <section className="panel desk-section" aria-labelledby={id}>
      <h2 className="panel-title">
        <span id={id}>{title}</span>
        {count !== undefined ? <span className="desk-count">{count}</span> : null}
      </h2>
      {children}
    </section>
  );
}

function blockerTexts(t: ReturnType<typeof useT>, d: DeskDraft): string[] {
  const b = d.blockers;
  const out: string[] = [];
  if (b.openLeaks > 0) out.push(t('desk.blocker.leaks', { count: b.openLeaks }));
  if (b.flagged > 0) out.push(t('desk.blocker.flagged', { count: b.flagged }));
  if (b.reopened > 0) out.push(t('desk.blocker.reopened', { count: b.reopened }));
  if (b.missingSignOff) out.push(t('desk.blocker.signOff'));
  return out;
}

function DraftItem({ draft }: { draft: DeskDraft }) {
  const t = useT();
  const { navigate } = useFrame();
  const blockers = blockerTexts(t, draft);
  const review = draft.blockers.flagged > 0 || draft.blockers.reopened > 0 || draft.blockers.missingSignOff;
  const title = draft.title.trim() || t('desk.untitled');
  return (
    <li className="desk-item">
      <button type="button" className="desk-item-main" onClick={() => navigate({ page: 'drafts', open: { id: draft.id, screen: 'editor' } })}>
        <span className="desk-item-title">{title}</span>
        <span className="desk-item-meta">
          {blockers.length > 0 ? blockers.join(' · ') : t('desk.draft.clear', { count: draft.citationCount })}
        </span>
      </button>
      {review ? (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-label={t('desk.draft.openReviewOf', { title })}
          onClick={() => navigate({ page: 'drafts', open: { id: draft.id, screen: 'review' } })}
        >
          {t('desk.draft.openReview')}
        </button>
      ) : null}
    </li>
  );
}

function DraftsSection({ desk }: { desk: DeskOverview }) {
  const t = useT();
  const { navigate } = useFrame();
  if (desk.drafts.length === 0) {
    return (
      <Section title={t('desk.drafts.heading')}>
        <p className="panel-intro">{t('desk.drafts.none')}</p>
        <button type="button" className="button button-secondary button-small" onClick={() => navigate({ page: 'drafts' })}>
          {t('desk.drafts.openList')}
        </button>
      </Section>
    );
  }
  return (
    <Section title={t('desk.drafts.heading')} count={desk.drafts.length + desk.moreDrafts}>
      {DRAFT_STATUSES.filter((s) => desk.drafts.some((d) => d.status === s)).map((status) => (
        <div key={status} className="desk-group">
          <h3 className="desk-group-title">{t(STATUS_LABEL[status])}</h3>
          <ul className="desk-list">
            {desk.drafts
              .filter((d) => d.status === status)
              .map((d) => (
                <DraftItem key={d.id} draft={d} />
              ))}
          </ul>
        </div>
      ))}
      {desk.moreDrafts > 0 ? (
        <button type="button" className="button button-secondary button-small" onClick={() => navigate({ page: 'drafts' })}>
          {t('desk.drafts.more', { count: desk.moreDrafts })}
        </button>
      ) : null}
    </Section>
  );
}

function PackagesSection({ desk }: { desk: DeskOverview }) {
  const t = useT();
  const { navigate } = useFrame();
  const intl = useIntl();
  const { awaitingAnswer, toReview } = desk.packages;
  return (
    <Section title={t('desk.packages.heading')} count={awaitingAnswer.length + toReview.length}>
      {awaitingAnswer.length + toReview.length === 0 ? <p className="panel-intro">{t('desk.packages.none')}</p> : null}
      <ul className="desk-list">
        {toReview.map((c) => (
          <li key={c.copyId} className="desk-item">
            <button type="button" className="desk-item-main" onClick={() => navigate({ page: 'people', copyId: c.copyId })}>
              <span className="desk-item-title">{c.title.trim() || t('desk.untitled')}</span>
              <span className="desk-item-meta">{t('desk.packages.toReview', { from: c.from, date: intl.formatDate(c.importedAt, { dateStyle: 'medium' }) })}</span>
            </button>
          </li>
        ))}
        {awaitingAnswer.map((p) => (
          <li key={p.packageId} className="desk-item">
            <button type="button" className="desk-item-main" onClick={() => navigate({ page: 'drafts', open: { id: p.draftId, screen: 'editor' } })}>
              <span className="desk-item-title">{p.title.trim() || t('desk.untitled')}</span>
              <span className="desk-item-meta">{t('desk.packages.awaiting', { editor: p.editor, date: intl.formatDate(p.sentAt, { dateStyle: 'medium' }) })}</span>
            </button>
          </li>
        ))}
      </ul>
      {/* The shared desk folder (listDesk, branch wt-desk) lists its waiting files here once it lands on main. */}
      <button type="button" className="button button-secondary button-small" onClick={() => navigate({ page: 'people' })}>
        {t('desk.packages.openPeople')}
      </button>
    </Section>
  );
}

const ISSUE_TEXT: Record<DeskSource['issues'][number], MessageId> = {
  'small-pool': 'desk.sources.smallPool',
  'bare-label': 'desk.sources.bareLabel',
  'no-identity': 'desk.sources.noIdentity',
};

function SourcesSection({ desk }: { desk: DeskOverview }) {
  const t = useT();
  const { navigate } = useFrame();
  const library = useLibrary();
  if (desk.sources.length === 0) return null;
  return (
    <Section title={t('desk.sources.heading')} count={desk.sources.length + desk.moreSources}>
      <ul className="desk-list">
        {desk.sources.map((s) => (
          <li key={s.id} className="desk-item">
            <button type="button" className="desk-item-main" onClick={() => navigate({ page: 'sources', view: { kind: 'detail', id: s.id, back: { page: 'overview' } } })}>
              <span className="desk-item-title">{library.sourceName(s.id)}</span>
              <span className="desk-item-meta">{s.issues.map((i) => t(ISSUE_TEXT[i], { count: s.poolSize ?? 0 })).join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
      {desk.moreSources > 0 ? <p className="panel-intro">{t('desk.sources.more', { count: desk.moreSources })}</p> : null}
    </Section>
  );
}

function SafetySection({ desk }: { desk: DeskOverview }) {
  const t = useT();
  const intl = useIntl();
  const { navigate } = useFrame();
  const { newestBackup, lastVerify, travel } = desk.safety;
  const when = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Section title={t('desk.safety.heading')}>
      <ul className="desk-list">
        <li className="desk-item">
          <button type="button" className="desk-item-main" onClick={() => navigate({ page: 'backups' })}>
            <span className="desk-item-title">{t('desk.safety.backup')}</span>
            <span className="desk-item-meta">{newestBackup ? when(newestBackup.createdAt) : t('desk.safety.noBackup')}</span>
          </button>
        </li>
        <li className="desk-item">
          <button type="button" className="desk-item-main" onClick={() => navigate({ page: 'backups' })}>
            <span className="desk-item-title">{t('desk.safety.verify')}</span>
            <span className="desk-item-meta">
              {lastVerify ? t('desk.safety.verified', { date: when(lastVerify.at), damaged: lastVerify.damaged }) : t('desk.safety.neverVerified')}
            </span>
          </button>
        </li>
        <li className="desk-item">
          <button type="button" className="desk-item-main" onClick={() => navigate({ page: 'travel' })}>
            <span className="desk-item-title">{t('desk.safety.travel')}</span>
            <span className="desk-item-meta">
              {travel.away ? t('desk.safety.away', { date: travel.since ? when(travel.since) : '' }) : t('desk.safety.home')}
            </span>
          </button>
        </li>
      </ul>
    </Section>
  );
}

function StatementsSection({ desk }: { desk: DeskOverview }) {
  const t = useT();
  const { navigate } = useFrame();
  const library = useLibrary();
  if (desk.recentStatements.length === 0) return null;
  return (
    <Section title={t('desk.statements.heading')}>
      <ul className="desk-list">
        {desk.recentStatements.map((s) => (
          <li key={s.id} className="desk-item">
            <button type="button" className="desk-item-main" onClick={() => navigate({ page: 'statements', view: { kind: 'detail', id: s.id, back: { page: 'overview' } } })}>
              <span className="desk-item-title desk-statement-text">{s.text}</span>
              <span className="desk-item-meta">{library.sourceName(s.sourceId)}</span>
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function FirstSteps({ desk }: { desk: DeskOverview }) {
  const t = useT();
  const { navigate, openQuickAdd } = useFrame();
  if (desk.counts.sources > 0 && desk.counts.statements > 0) return null;
  return (
    <Section title={t('desk.start.heading')}>
      <p className="panel-intro">{desk.counts.sources === 0 ? t('desk.start.noSources') : t('desk.start.noStatements')}</p>
      {desk.counts.sources === 0 ? (
        <button type="button" className="button button-primary" onClick={() => navigate({ page: 'sources', view: { kind: 'new' } })}>
          {t('desk.start.newSource')}
        </button>
      ) : (
        <button type="button" className="button button-primary" onClick={openQuickAdd}>
          {t('desk.start.addStatement')}
        </button>
      )}
    </Section>
  );
}

// Algorithm names, the same in every language.
const CIPHER = 'XChaCha20-Poly1305';
const KDF_NAME = 'Argon2id';

function Protection({ status }: { status: VaultStatus }) {
  const t = useT();
  const kdf = status.kdf;
  return (
    <Section title={t('desk.protection.heading')}>
      <p className="panel-intro">{t('desk.protection.intro')}</p>
      <dl className="facts">
        <div>
          <dt>{t('desk.protection.encryption')}</dt>
          <dd>{CIPHER}</dd>
        </div>
        <div>
          <dt>{t('desk.protection.kdf')}</dt>
          <dd>{kdf ? t('desk.protection.kdfValue', { passes: kdf.opsLimit, mib: kdf.memLimitMiB, ms: kdf.calibratedMs }) : KDF_NAME}</dd>
        </div>
        <div>
          <dt>{t('desk.protection.location')}</dt>
          <dd className="mono">
            <PathText path={status.path} />
          </dd>
        </div>
        <div>
          <dt>{t('desk.protection.locking')}</dt>
          <dd>{t('desk.protection.lockWith', { shortcut: lockShortcut.label })}</dd>
        </div>
      </dl>
    </Section>
  );
}

export function OverviewPage({ status }: { status: VaultStatus }) {
  const t = useT();
  const [desk, setDesk] = useState<DeskOverview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void callApi((api) => api.getDesk({})).then((result) => {
      if (!live) return;
      if (result.ok) setDesk(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <article className="page desk">
      <ScreenHeading className="page-title">{status.name}</ScreenHeading>
      <p className="page-subtitle">{t('desk.subtitle')}</p>
      <FormError message={error} />
      {desk === null && !error ? <p className="panel-intro" role="status">{t('desk.loading')}</p> : null}
      {desk ? (
        <div className="desk-grid">
          <FirstSteps desk={desk} />
          <DraftsSection desk={desk} />
          <PackagesSection desk={desk} />
          <SourcesSection desk={desk} />
          <StatementsSection desk={desk} />
          <SafetySection desk={desk} />
        </div>
      ) : null}
      <Protection status={status} />
    </article>
  );
}
