import type { DamagedFile, VerifyReport } from '../../../common/domain/vault-health';
import { formatDateTime as formatUpdated } from '../app/format';
import { translate } from '../i18n/translate';
import { useT } from '../i18n/use-t';

function DamagedList({ files }: { files: DamagedFile[] }) {
  return (
    <ul className="damage-list">
      {files.map((file) => (
        <li key={file.file}>
          <span className="damage-what">{file.what[0]!.toUpperCase() + file.what.slice(1)}</span>
          <span className="damage-problem">{file.problem}</span>
          <code className="damage-file">{file.file}</code>
        </li>
      ))}
    </ul>
  );
}

/** What "Verify vault" found: damaged files by place and neutral description, and the backups' state. */
export function VerifyReportView({ report }: { report: VerifyReport }) {
  const t = useT();
  const damagedBackups = report.backups.filter((b) => !b.intact);
  return (
    <div className="verify-report">
      {report.damaged.length === 0 ? (
        <p className="verify-ok">{t('backups.report.intact')}</p>
      ) : (
        <>
          <p className="verify-bad">
            {t('backups.report.damaged', { count: report.damaged.length })}
          </p>
          <DamagedList files={report.damaged} />
        </>
      )}
      {damagedBackups.map((backup) => (
        <div key={backup.id}>
          <p className="verify-bad">{t('backups.report.backupDamaged', { date: formatUpdated(backup.createdAt) })}</p>
          <DamagedList files={backup.damaged} />
        </div>
      ))}
      <p>
        {report.newestIntactBackup
          ? t('backups.report.newest', { date: formatUpdated(report.newestIntactBackup.createdAt) })
          : report.backups.length === 0
            ? t('backups.report.noBackups')
            : t('backups.report.noneIntact')}
      </p>
    </div>
  );
}

export function verifySummary(report: VerifyReport): string {
  const damaged = report.damaged.length + report.backups.reduce((n, b) => n + b.damaged.length, 0);
  return translate('backups.summary', { files: report.filesChecked, damaged });
}
