import type { FormEvent } from 'react';
import { FormError } from '../components/form-error';
import { ConfirmPassphraseField, useConfirmPassphrase } from '../components/confirm-passphrase';
import type { Message } from '../../../common/domain/message';
import { useT } from '../i18n/use-t';
import { useMessage } from '../i18n/use-message';

interface SignOffActionProps {
  /** A draft written in this vault (not an editor's copy from a package): signing it off is a self-approval. */
  self: boolean;
  blockers: Message[];
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
  const t = useT();
  const tm = useMessage();
  const passphrase = useConfirmPassphrase(t('review.signOff.passphraseMissing'));
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
          <p className="review-note">{t('review.signOff.selfNote')}</p>
          <ConfirmPassphraseField state={passphrase} hint={t('review.signOff.passphraseHint')} disabled={busy || blocked} />
        </>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={blocked || busy} aria-describedby={blocked ? blockersId : undefined}>
          {t('review.signOff.button')}
        </button>
      </div>
      {blocked ? (
        <ul id={blockersId} className="review-blockers" aria-label={t('review.signOff.blockers')}>
          {blockers.map((b) => (
            <li key={b.id}>{tm(b)}</li>
          ))}
        </ul>
      ) : null}
      <FormError message={error} />
    </form>
  );
}
