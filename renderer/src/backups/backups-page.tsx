import { useCallback, useEffect, useId, useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import type { BackupInfo, VerifyReport } from '../../../common/domain/vault-health';
import { callApi } from '../api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { FormError } from '../components/form-error';
import { ScreenHeading } from '../components/screen-heading';
import { formatDateTime as formatUpdated } from '../app/format';
import { formatBytes } from '../library/base64';
import { SafetySettingsForm } from './safety-settings-form';
import { VerifyReportView, verifySummary } from './verify-report';
import { useT } from '../i18n/use-t';

type Busy = 'backup' | 'verify' | 'restore' | null;

/** Backups: the list, "Back up now", "Verify vault" with its report, and restoring one. */
export function BackupsPage({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const t = useT();
  const listId = useId();
  const verifyId = useId();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const result = await callApi((api) => api.listBackups({}));
    if (result.ok) setBackups(result.value);
    else setError(result.error.message);
  }, []);

  useEffect(() => {
    let current = true;
    void callApi((api) => api.listBackups({})).then((result) => {
      if (!current) return;
      if (result.ok) setBackups(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, []);

  async function backUpNow() {
    setBusy('backup');
    setError(null);
    const result = await callApi((api) => api.backUpNow({}));
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setAnnouncement(t('backups.written', { size: formatBytes(result.value.sizeBytes) }));
    await refresh();
  }

  async function verify() {
    setBusy('verify');
    setError(null);
    setAnnouncement(t('backups.checking'));
    const result = await callApi((api) => api.verifyVault({}));
    setBusy(null);
    if (!result.ok) {
      setAnnouncement('');
      setError(result.error.message);
      return;
    }
    setReport(result.value);
    setAnnouncement(verifySummary(result.value));
    await refresh();
  }

  async function restore(backup: BackupInfo) {
    setBusy('restore');
    setRestoreError(null);
    const result = await callApi((api) => api.restoreBackup({ backupId: backup.id }));
    setBusy(null);
    if (!result.ok) {
      setRestoreError(result.error.message);
      return;
    }
    onStatus(result.value.status); // the vault locked: the app goes to the lock screen
  }

  const checkOf = (id: string) => report?.backups.find((b) => b.id === id);

  return (
    <article className="page">
      <ScreenHeading className="page-title">{t('nav.backups')}</ScreenHeading>
      <p className="page-subtitle">{t('backups.subtitle')}</p>

      <section className="panel" aria-labelledby={listId}>
        <h2 id={listId} className="panel-title">
          {t('backups.heading')}
        </h2>
        {backups === null ? null : backups.length === 0 ? (
          <p className="panel-intro">{t('backups.none')}</p>
        ) : (
          <ul className="backup-list" aria-label={t('backups.listLabel')}>
            {backups.map((backup) => {
              const check = checkOf(backup.id);
              return (
                <li key={backup.id} className="backup-row">
                  <span className="backup-time">{formatUpdated(backup.createdAt)}</span>
                  <span className="backup-size">{formatBytes(backup.sizeBytes)}</span>
                  <span className={check ? (check.intact ? 'backup-state backup-intact' : 'backup-state backup-damaged') : 'backup-state'}>
                    {check ? (check.intact ? t('backups.intact') : t('backups.damaged')) : ''}
                  </span>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy !== null || check?.intact === false}
                    aria-label={t('backups.restoreLabel', { date: formatUpdated(backup.createdAt) })}
                    onClick={() => {
                      setRestoreError(null);
                      setRestoring(backup);
                    }}
                  >
                    {t('backups.restoreOpen')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <FormError message={error} />
        <div className="form-actions">
          <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void backUpNow()}>
            {busy === 'backup' ? t('backups.backingUp') : t('backups.backUpNow')}
          </button>
        </div>
      </section>

      <section className="panel" aria-labelledby={verifyId}>
        <h2 id={verifyId} className="panel-title">
          {t('backups.verify')}
        </h2>
        <p className="panel-intro">{t('backups.verifyIntro')}</p>
        <div className="form-actions">
          <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void verify()}>
            {busy === 'verify' ? t('backups.verifying') : t('backups.verify')}
          </button>
          <p className="form-status" role="status">
            {announcement}
          </p>
        </div>
        {report ? <VerifyReportView report={report} /> : null}
      </section>

      <SafetySettingsForm />

      {restoring ? (
        <ConfirmDialog
          title={t('backups.restoreTitle')}
          confirmLabel={t('backups.restoreConfirm')}
          busy={busy === 'restore'}
          error={restoreError}
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        >
          <p>{t('backups.restoreBody', { date: formatUpdated(restoring.createdAt) })}</p>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
