import type { FormEvent } from 'react';
import { FormError } from '../components/form-error';
import { ConfirmPassphraseField, useConfirmPassphrase } from '../components/confirm-passphrase';

interface SignOffActionProps {
  /** A draft written in this vault (not an editor's copy from a package): signing it off is a self-approval. */
  self: boolean;
  blockers: string[];
  blockersId: string;
  busy: boolean;
  error: string | null;
  onSignOff: (passphrase: string | undefined) => Promise<boolean>;
}

/**
 * The sign-off button, and for a draft written in this vault the passphrase main checks before
 * it approves (DESIGN §2.6): such a sign-off is marked "self-approved" wherever it shows.
 */
export function SignOffAction({ self, blockers, blockersId, busy, error, onSignOff }: SignOffActionProps) {
  const passphrase = useConfirmPassphrase('Type your passphrase to self-approve this draft.');
  const blocked = blockers.length > 0;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || blocked) return;
    if (self && !passphrase.require()) return;
    if (await onSignOff(self ? passphrase.value : undefined)) passphrase.clear();
  }

  return (
    <form className="form sign-off-form" onSubmit={(event) => void submit(event)} noValidate>
      {self ? (
        <>
          <p className="review-note">
            You wrote this draft in this vault, so signing it off is a self-approval. It is marked “self-approved” on this screen, in the drafts
            list, on exports and in the audit log.
          </p>
          <ConfirmPassphraseField state={passphrase} hint="Shieldnote checks it before the draft is approved." disabled={busy || blocked} />
        </>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={blocked || busy} aria-describedby={blocked ? blockersId : undefined}>
          Sign off
        </button>
      </div>
      {blocked ? (
        <ul id={blockersId} className="review-blockers" aria-label="Not yet possible because">
          {blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      ) : null}
      <FormError message={error} />
    </form>
  );
}
