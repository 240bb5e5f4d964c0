import { useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { ProgressBar } from '../components/progress-bar';
import { useT } from '../i18n/use-t';

// Next to "Create vault" on the first-run screen: a vault built from the project's own story,
// to try every screen on material that is not yours.

const EXPECTED_BUILD_MS = 3000;

export function SampleVaultOffer({ disabled, onStatus }: { disabled: boolean; onStatus: (status: VaultStatus) => void }) {
  const t = useT();
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function open() {
    setOpening(true);
    setError(null);
    const result = await callApi((api) => api.openSampleVault({}));
    if (result.ok) {
      onStatus(result.value);
      return;
    }
    setOpening(false);
    setError(result.error.message);
  }

  return (
    <div className="sample-offer">
      <p className="form-hint">{t('sample.offer.hint')}</p>
      <button type="button" className="button button-secondary button-block" disabled={disabled || opening} onClick={() => void open()}>
        {t('sample.offer.open')}
      </button>
      {opening ? <ProgressBar label={t('sample.offer.building')} expectedMs={EXPECTED_BUILD_MS} /> : null}
      <FormError message={error} />
    </div>
  );
}
