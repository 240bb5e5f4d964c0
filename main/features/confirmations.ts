import { message } from '../../common/domain/message';
import { ShieldnoteError } from '../../common/api/errors';
import { wipe } from '../vault/sodium';
import type { Vault } from '../vault/vault';
import { appendAudit } from './audit-log';
import { passphraseBytes } from './vault-secrets';

// Decisions only the user may make (DESIGN §2.6): the renderer may be hostile, so no field of a
// request is consent. Main checks the passphrase itself here; its own modal dialog is
// `Platform.confirm`. docs/security.md lists every decision and which of the two it takes.

export interface PassphraseDecision {
  /** What the passphrase allows, for the audit and the refusal: "send identities to Mina Cho". */
  what: string;
  /** The refusal's second sentence: what stays as it was. */
  unchanged: string;
  sourceId?: string | null;
  /** The same decision for the audit message: a fixed kind and what it names (a title, a label, a contact). */
  audit: { decision: 'selfApprove' | 'selfApproveUntitled' | 'burn' | 'becomeEditor' | 'sendIdentities'; subject?: string };
}

/**
 * Resolves only when `passphrase` opens this vault. A missing or wrong one is refused
 * (WRONG_PASSPHRASE) and audited, so guesses by code in the renderer are on record.
 */
export async function confirmWithPassphrase(vault: Vault, passphrase: string | undefined, decision: PassphraseDecision): Promise<void> {
  let ok = false;
  if (passphrase) {
    const secret = passphraseBytes(passphrase);
    try {
      ok = await vault.verifyPassphrase(secret);
    } finally {
      wipe(secret);
    }
  }
  if (ok) return;
  const refused = message('audit.detail.confirmationRefused', { decision: decision.audit.decision, subject: decision.audit.subject ?? '', given: passphrase ? 'yes' : 'no' });
  await vault.update((data) => appendAudit(data, vault, 'confirmation.refused', decision.sourceId ?? null, refused));
  throw new ShieldnoteError(
    'WRONG_PASSPHRASE',
    passphrase ? `That passphrase is not right. ${decision.unchanged}` : `Type your passphrase to ${decision.what}. ${decision.unchanged}`,
  );
}
