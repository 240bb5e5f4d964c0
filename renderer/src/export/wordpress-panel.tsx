import { useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { DraftStatus } from '../../../common/domain/draft';
import { draftStatusLabel } from '../library/labels';
import { useT } from '../i18n/use-t';

import type { LeakReportFinding } from '../../../common/domain/leak-report';
import type { WordPressPublication } from '../../../common/domain/wordpress';
import { callApi } from '../api';
import { formatDate } from '../app/format';
import { FormError } from '../components/form-error';
import { ProgressBar } from '../components/progress-bar';
import { LeakRefusal } from './leak-refusal';
import { OverrideDialog } from './override-dialog';
import { useWordPressSettings } from './wordpress-settings-section';
import { WordPressSettingsForm } from './wordpress-settings-form';

// Publish to WordPress, on the Export screen: connect once, then publish the approved draft as a
// WordPress draft post (images first). A re-publish updates the same post. The leak gate may
// refuse, as for files; "Publish anyway" needs a reason. Links are shown as text: the app opens
// nothing itself.

export interface WordPressPanelProps {
  draftId: string;
  draftStatus: DraftStatus;
  /** Called after a publish, so the Export screen can show the draft's new status. */
  onPublished?: () => void;
}

const SPACE = ' ';

const PUBLISHABLE: readonly DraftStatus[] = ['approved', 'exported'];

type Outcome = { kind: 'none' } | { kind: 'published'; updated: boolean; overridden: boolean } | { kind: 'refused'; findings: LeakReportFinding[]; withheld: number };

export function WordPressPanel({ draftId, draftStatus, onPublished }: WordPressPanelProps) {
  const t = useT();
  const ids = useId();
  const { settings, setSettings, error: loadError } = useWordPressSettings();
  const [editing, setEditing] = useState(false);
  const [publication, setPublication] = useState<WordPressPublication | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [overriding, setOverriding] = useState(false);
  const [overrideError, setOverrideError] = useState<string | null>(null);
  const refusedHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void callApi((api) => api.getWordPressPublication({ draftId })).then((result) => {
      if (current && result.ok) setPublication(result.value.publication);
    });
    return () => {
      current = false;
    };
  }, [draftId]);

  useEffect(() => {
    if (outcome.kind === 'refused') refusedHeading.current?.focus();
  }, [outcome]);

  async function publish(reason?: string) {
    if (busy) return;
    setBusy(true);
    setError(null);
    setOverrideError(null);
    if (!reason) setOutcome({ kind: 'none' });
    const result = await callApi((api) => api.publishToWordPress({ draftId, ...(reason ? { override: { reason } } : {}) }));
    setBusy(false);
    if (!result.ok) {
      if (reason) setOverrideError(result.error.message);
      else setError(result.error.message);
      return;
    }
    setOverriding(false);
    if (result.value.status === 'refused') {
      setOutcome({ kind: 'refused', findings: result.value.findings, withheld: result.value.withheld });
      return;
    }
    setPublication(result.value.publication);
    setOutcome({ kind: 'published', updated: result.value.updated, overridden: result.value.overridden });
    onPublished?.();
  }

  if (loadError) return <FormError message={loadError} />;
  if (settings === undefined) return null;

  if (settings === null || editing) {
    return (
      <div className="wordpress-panel">
        {settings === null ? <p className="panel-intro">{t('export.wordpress.connectIntro')}</p> : null}
        <WordPressSettingsForm
          current={settings}
          onSaved={(saved) => {
            setSettings(saved);
            setEditing(false);
          }}
          onCancel={settings ? () => setEditing(false) : undefined}
        />
      </div>
    );
  }

  const allowed = PUBLISHABLE.includes(draftStatus);
  const statusNoteId = `${ids}-status-note`;
  return (
    <div className="wordpress-panel">
      <p className="wordpress-connection">
        <FormattedMessage
          id="export.wordpress.target"
          values={{
            site: <strong className="wordpress-site">{settings.siteUrl}</strong>,
            user: <strong>{settings.user}</strong>,
          }}
        />
        {SPACE}
        <button type="button" className="link-button" disabled={busy} onClick={() => setEditing(true)}>
          {t('export.wordpress.change')}
        </button>
      </p>
      {!allowed ? (
        <p id={statusNoteId} className="field-hint">
          {t('export.wordpress.needsApproval', { status: draftStatusLabel(draftStatus) })}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy || !allowed} aria-describedby={allowed ? undefined : statusNoteId} onClick={() => void publish()}>
          {publication ? t('export.wordpress.update') : t('export.wordpress.publish')}
        </button>
      </div>
      {busy ? <ProgressBar label={t('export.wordpress.publishing')} expectedMs={4000} /> : null}
      <p role="status" className="form-status">
        {outcome.kind === 'published'
          ? t('export.wordpress.published', { updated: outcome.updated ? 'yes' : 'no', post: String(publication?.postId ?? ''), overridden: outcome.overridden ? 'yes' : 'no' })
          : ''}
      </p>
      <FormError message={error} />

      {outcome.kind === 'refused' ? (
        <LeakRefusal findings={outcome.findings} withheld={outcome.withheld} draftId={draftId} onRevealed={() => setOutcome({ kind: 'none' })} headingId={`${ids}-refused`} headingRef={refusedHeading} action="publish" onOverride={() => setOverriding(true)} />
      ) : null}

      {publication ? (
        <div className="wordpress-result">
          <h3 className="panel-subtitle">{t('export.wordpress.onWordPress')}</h3>
          <dl className="facts">
            <div>
              <dt>{t('export.wordpress.post')}</dt>
              <dd>{t('export.wordpress.draftPost', { post: String(publication.postId) })}</dd>
            </div>
            <div>
              <dt>{t('export.wordpress.address')}</dt>
              <dd className="mono wordpress-link">{publication.postUrl}</dd>
            </div>
            <div>
              <dt>{t('export.wordpress.lastPublished')}</dt>
              <dd>{formatDate(publication.publishedAt)}</dd>
            </div>
          </dl>
          <p className="field-hint">{t('export.wordpress.openHint')}</p>
        </div>
      ) : null}

      {overriding && outcome.kind === 'refused' ? (
        <OverrideDialog count={outcome.findings.length} busy={busy} error={overrideError} onConfirm={(reason) => void publish(reason)} onCancel={() => setOverriding(false)} />
      ) : null}
    </div>
  );
}
