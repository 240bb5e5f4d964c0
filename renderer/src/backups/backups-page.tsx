import { useCallback, useEffect, useId, useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import type { BackupInfo, VerifyReport } from '../../../common/domain/vault-health';
import { callApi } from '../api';
import { ConfirmDialog } from '../components/confirm-dialog';
import { FormError } from '../components/form-error';
import { ScreenHeading } from '../components/screen-heading';
import { formatUpdated } from '../editor/format';
import { formatBytes } from '../library/base64';
import { SafetySettingsForm } from './safety-settings-form';
import { VerifyReportView, verifySummary } from './verify-report';

type Busy = 'backup' | 'verify' | 'restore' | null;

/** Backups: the list, "Back up now", "Verify vault" with its report, and restoring one. */
export function BackupsPage({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
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
    setAnnouncement(`Backup written (${formatBytes(result.value.sizeBytes)}).`);
    await refresh();
  }

  async function verify() {
    setBusy('verify');
    setError(null);
    setAnnouncement('Checking every file…');
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
      <ScreenHeading className="page-title">Backups</ScreenHeading>
      <p className="page-subtitle">
        Encrypted copies of the vault, kept inside its folder and written after you save. They open with the same passphrase.
      </p>

      <section className="panel" aria-labelledby={listId}>
        <h2 id={listId} className="panel-title">
          Backups of this vault
        </h2>
        {backups === null ? null : backups.length === 0 ? (
          <p className="panel-intro">No backup yet. One is written a few minutes after your next save, or now.</p>
        ) : (
          <ul className="backup-list" aria-label="Backups, newest first">
            {backups.map((backup) => {
              const check = checkOf(backup.id);
              return (
                <li key={backup.id} className="backup-row">
                  <span className="backup-time">{formatUpdated(backup.createdAt)}</span>
                  <span className="backup-size">{formatBytes(backup.sizeBytes)}</span>
                  <span className={check ? (check.intact ? 'backup-state backup-intact' : 'backup-state backup-damaged') : 'backup-state'}>
                    {check ? (check.intact ? 'Intact' : 'Damaged') : ''}
                  </span>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy !== null || check?.intact === false}
                    aria-label={`Restore the backup from ${formatUpdated(backup.createdAt)}`}
                    onClick={() => {
                      setRestoreError(null);
                      setRestoring(backup);
                    }}
                  >
                    Restore…
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <FormError message={error} />
        <div className="form-actions">
          <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void backUpNow()}>
            {busy === 'backup' ? 'Backing up…' : 'Back up now'}
          </button>
        </div>
      </section>

      <section className="panel" aria-labelledby={verifyId}>
        <h2 id={verifyId} className="panel-title">
          Verify vault
        </h2>
        <p className="panel-intro">Decrypts every file of the vault and of every backup, and says exactly what is damaged.</p>
        <div className="form-actions">
          <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void verify()}>
            {busy === 'verify' ? 'Verifying…' : 'Verify vault'}
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
          title="Restore this backup?"
          confirmLabel="Restore and lock"
          busy={busy === 'restore'}
          error={restoreError}
          onConfirm={() => void restore(restoring)}
          onCancel={() => setRestoring(null)}
        >
          <p>
            The vault goes back to how it was on {formatUpdated(restoring.createdAt)}; changes made since then are not in the backup. The
            current files are moved to a folder named “damaged-…” inside the vault folder, not deleted. The vault then locks: unlock it to
            open the restored state.
          </p>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
