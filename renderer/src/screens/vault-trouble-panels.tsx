import { useEffect, useId, useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import type { BackupInfo, RollbackWarning } from '../../../common/domain/vault-health';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { formatUpdated } from '../editor/format';
import { useT } from '../i18n/use-t';

// What the unlock screen offers when the vault will not open as it is: a damaged vault can be
// restored from its newest intact backup; an older copy than this computer has seen is
// reported, and the reporter decides.

export type UnlockSecretInput = { method: 'passphrase'; passphrase: string } | { method: 'recoveryKey'; recoveryKey: string };

export function DamagedVaultPanel({ secret, onStatus }: { secret: UnlockSecretInput; onStatus: (status: VaultStatus) => void }) {
  const t = useT();
  const headingId = useId();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void callApi((api) => api.listBackups({})).then((result) => {
      if (current) setBackups(result.ok ? result.value : []);
    });
    return () => {
      current = false;
    };
  }, []);

  async function restore() {
    setBusy(true);
    setError(null);
    const { method: _method, ...given } = secret;
    const result = await callApi((api) => api.restoreBackup(given));
    setBusy(false);
    if (result.ok) onStatus(result.value.status);
    else setError(result.error.message);
  }

  if (backups === null) return null;
  return (
    <section className="recovery-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('screens.damaged.title')}</h2>
      {backups.length === 0 ? (
        <p>{t('screens.damaged.none')}</p>
      ) : (
        <>
          <p>{t('screens.damaged.body', { count: backups.length, date: formatUpdated(backups[0]!.createdAt) })}</p>
          <FormError message={error} />
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void restore()}>
              {busy ? t('screens.damaged.checking') : t('screens.damaged.restore')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

export function RollbackPanel({ onStatus, onDone }: { onStatus: (status: VaultStatus) => void; onDone: (message: string) => void }) {
  const t = useT();
  const headingId = useId();
  const [warning, setWarning] = useState<RollbackWarning | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void callApi((api) => api.getRollbackWarning({})).then((result) => {
      if (current && result.ok) setWarning(result.value.warning);
    });
    return () => {
      current = false;
    };
  }, []);

  async function choose(choice: 'continue' | 'restore' | 'cancel') {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.resolveRollback({ choice }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (result.value.status.state === 'unlocked') {
      onStatus(result.value.status);
      return;
    }
    onDone(choice === 'restore' ? t('screens.rollback.restored') : t('screens.rollback.notOpened'));
  }

  if (!warning) return null;
  return (
    <section className="recovery-panel" aria-labelledby={headingId} role="alert">
      <h2 id={headingId}>{t('screens.rollback.title')}</h2>
      <p>
        {t('screens.rollback.body', {
          found: formatUpdated(warning.foundSavedAt),
          foundGeneration: warning.foundGeneration,
          seenGeneration: warning.seenGeneration,
          seen: formatUpdated(warning.seenAt),
        })}
      </p>
      <FormError message={error} />
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void choose('restore')}>
          {t('screens.rollback.restore')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void choose('continue')}>
          {t('screens.rollback.continue')}
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={() => void choose('cancel')}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
