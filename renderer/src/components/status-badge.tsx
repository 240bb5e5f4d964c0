import { DRAFT_STATUS_LABELS, type DraftStatus } from '../../../common/domain/draft';

const APPROVED: readonly DraftStatus[] = ['approved', 'exported'];

/**
 * A draft's status, and next to it "Self-approved" when the approval behind it was a sign-off in
 * the vault the draft was written in (passphrase confirmed), not an editor's from a package.
 */
export function StatusBadge({ status, selfApproved }: { status: DraftStatus; selfApproved?: boolean | undefined }) {
  return (
    <>
      <span className={`badge draft-status draft-status-${status}`}>{DRAFT_STATUS_LABELS[status]}</span>
      {selfApproved && APPROVED.includes(status) ? (
        <span className="badge badge-self-approved" title="Signed off in the vault it was written in, not by an editor from a review package">
          Self-approved
        </span>
      ) : null}
    </>
  );
}
