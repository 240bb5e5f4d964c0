import { useEffect, useId, useRef, useState } from 'react';
import { DRAFT_STATUS_LABELS, type DraftStatus } from '../../../common/domain/draft';
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

const PUBLISHABLE: readonly DraftStatus[] = ['approved', 'exported'];

type Outcome = { kind: 'none' } | { kind: 'published'; updated: boolean; overridden: boolean } | { kind: 'refused'; findings: LeakReportFinding[]; withheld: number };

export function WordPressPanel({ draftId, draftStatus, onPublished }: WordPressPanelProps) {
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
        {settings === null ? <p className="panel-intro">Connect a WordPress site to publish approved drafts as WordPress drafts. You need an application password from the site (Users → Profile).</p> : null}
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
        To <strong className="wordpress-site">{settings.siteUrl}</strong> as <strong>{settings.user}</strong>.{' '}
        <button type="button" className="link-button" disabled={busy} onClick={() => setEditing(true)}>
          Change connection
        </button>
      </p>
      {!allowed ? (
        <p id={statusNoteId} className="field-hint">
          Publishing needs an editor’s approval; this draft is “{DRAFT_STATUS_LABELS[draftStatus]}”.
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy || !allowed} aria-describedby={allowed ? undefined : statusNoteId} onClick={() => void publish()}>
          {publication ? 'Update the WordPress draft' : 'Publish as WordPress draft'}
        </button>
      </div>
      {busy ? <ProgressBar label="Publishing: images first, then the post" expectedMs={4000} /> : null}
      <p role="status" className="form-status">
        {outcome.kind === 'published'
          ? `${outcome.updated ? 'Updated' : 'Published'} WordPress draft post ${publication?.postId ?? ''}${outcome.overridden ? ', leak findings overridden (audited)' : ''}.`
          : ''}
      </p>
      <FormError message={error} />

      {outcome.kind === 'refused' ? (
        <LeakRefusal findings={outcome.findings} withheld={outcome.withheld} draftId={draftId} onRevealed={() => setOutcome({ kind: 'none' })} headingId={`${ids}-refused`} headingRef={refusedHeading} verb="Publish" nothingWas="sent" onOverride={() => setOverriding(true)} />
      ) : null}

      {publication ? (
        <div className="wordpress-result">
          <h3 className="panel-subtitle">On WordPress</h3>
          <dl className="facts">
            <div>
              <dt>Post</dt>
              <dd>Draft post {publication.postId}</dd>
            </div>
            <div>
              <dt>Address</dt>
              <dd className="mono wordpress-link">{publication.postUrl}</dd>
            </div>
            <div>
              <dt>Last published</dt>
              <dd>{formatDate(publication.publishedAt)}</dd>
            </div>
          </dl>
          <p className="field-hint">Open the address in your browser to review the draft in WordPress; publishing again updates this post.</p>
        </div>
      ) : null}

      {overriding && outcome.kind === 'refused' ? (
        <OverrideDialog count={outcome.findings.length} busy={busy} error={overrideError} onConfirm={(reason) => void publish(reason)} onCancel={() => setOverriding(false)} />
      ) : null}
    </div>
  );
}
