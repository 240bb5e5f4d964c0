import type { DamagedFile, VerifyReport } from '../../../common/domain/vault-health';
import { formatUpdated } from '../editor/format';

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
  const damagedBackups = report.backups.filter((b) => !b.intact);
  return (
    <div className="verify-report">
      {report.damaged.length === 0 ? (
        <p className="verify-ok">The vault itself is intact: every file decrypted and authenticated.</p>
      ) : (
        <>
          <p className="verify-bad">
            {report.damaged.length === 1 ? 'One file of the vault is damaged:' : `${report.damaged.length} files of the vault are damaged:`}
          </p>
          <DamagedList files={report.damaged} />
        </>
      )}
      {damagedBackups.map((backup) => (
        <div key={backup.id}>
          <p className="verify-bad">The backup from {formatUpdated(backup.createdAt)} is damaged:</p>
          <DamagedList files={backup.damaged} />
        </div>
      ))}
      <p>
        {report.newestIntactBackup
          ? `Newest intact backup: ${formatUpdated(report.newestIntactBackup.createdAt)}.`
          : report.backups.length === 0
            ? 'There are no backups yet.'
            : 'No backup is intact.'}
      </p>
    </div>
  );
}

export function verifySummary(report: VerifyReport): string {
  const damaged = report.damaged.length + report.backups.reduce((n, b) => n + b.damaged.length, 0);
  const files = `Checked ${report.filesChecked} ${report.filesChecked === 1 ? 'file' : 'files'}`;
  return damaged === 0 ? `${files}: nothing is damaged.` : `${files}: ${damaged} damaged.`;
}
