import { SAMPLE_VAULT_PASSPHRASE } from '../../../common/domain/sample-vault';
import { useT } from '../i18n/use-t';

/** On the unlock screen of the sample vault: what it is, and its passphrase (no secret). */
export function SampleVaultNote() {
  const t = useT();
  return (
    <p className="sample-note" role="note">
      <span className="badge badge-sample">{t('sample.badge')}</span>
      <span>{t('sample.unlock.passphrase')}</span>
      <code className="sample-passphrase">{SAMPLE_VAULT_PASSPHRASE}</code>
    </p>
  );
}
