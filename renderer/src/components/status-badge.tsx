import type { DraftStatus } from '../../../common/domain/draft';
import { useT } from '../i18n/use-t';

const APPROVED: readonly DraftStatus[] = ['approved', 'exported'];

/**
 * A draft's status, and next to it "Self-approved" when the approval behind it was a sign-off in
 * the vault the draft was written in (passphrase confirmed), not an editor's from a package.
 */
export function StatusBadge({ status, selfApproved }: { status: DraftStatus; selfApproved?: boolean | undefined }) {
  const t = useT();
  return (
    <>
      <span className={`badge draft-status draft-status-${status}`}>{t(`draft.status.${status}`)}</span>
      {selfApproved && APPROVED.includes(status) ? (
        <span className="badge badge-self-approved" title={t('draft.selfApproved.title')}>
          {t('draft.selfApproved')}
        </span>
      ) : null}
    </>
  );
}
