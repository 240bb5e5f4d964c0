import { useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { SAMPLE_VAULT_PASSPHRASE } from '../../../common/domain/sample-vault';
import { callApi } from '../api';
import { runBeforeLock } from '../editor/before-lock';
import { useT } from '../i18n/use-t';

/** Across the top of every page of the sample vault: what it is, its passphrase, and Delete. */
export function SampleBanner({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    await runBeforeLock();
    // Main asks with its own dialog; "no" leaves everything as it is.
    const result = await callApi((api) => api.deleteSampleVault({}));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (result.value.deleted) onStatus(result.value.status);
  }

  return (
    <div className="sample-banner" role="region" aria-label={t('sample.banner.label')}>
      <span className="badge badge-sample">{t('sample.badge')}</span>
      <p className="sample-banner-text">
        {t('sample.banner.text')} {t('sample.unlock.passphrase')} <code className="sample-passphrase">{SAMPLE_VAULT_PASSPHRASE}</code>
      </p>
      {error ? <p className="form-error">{error}</p> : null}
      <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void remove()}>
        {t('sample.banner.delete')}
      </button>
    </div>
  );
}
