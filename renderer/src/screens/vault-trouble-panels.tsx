import { useEffect, useId, useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import type { BackupInfo, RollbackWarning } from '../../../common/domain/vault-health';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { formatUpdated } from '../editor/format';

// What the unlock screen offers when the vault will not open as it is: a damaged vault can be
// restored from its newest intact backup; an older copy than this computer has seen is
// reported, and the reporter decides.

export type UnlockSecretInput = { method: 'passphrase'; passphrase: string } | { method: 'recoveryKey'; recoveryKey: string };

export function DamagedVaultPanel({ secret, onStatus }: { secret: UnlockSecretInput; onStatus: (status: VaultStatus) => void }) {
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
      <h2 id={headingId}>Restore from a backup</h2>
      {backups.length === 0 ? (
        <p>There is no backup of this vault on this computer.</p>
      ) : (
        <>
          <p>
            {backups.length === 1 ? 'One backup' : `${backups.length} backups`} of this vault, the newest from {formatUpdated(backups[0]!.createdAt)}.
            Shieldnote opens the newest one that is intact. The damaged files are moved to a “damaged-…” folder inside the vault
            folder, not deleted.
          </p>
          <FormError message={error} />
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void restore()}>
              {busy ? 'Checking backups…' : 'Restore the newest intact backup'}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

export function RollbackPanel({ onStatus, onDone }: { onStatus: (status: VaultStatus) => void; onDone: (message: string) => void }) {
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
    onDone(choice === 'restore' ? 'The newest backup was restored. Unlock again to open it.' : 'The older copy was not opened.');
  }

  if (!warning) return null;
  return (
    <section className="recovery-panel" aria-labelledby={headingId} role="alert">
      <h2 id={headingId}>This is an older copy of the vault</h2>
      <p>
        The vault in this folder was last saved {formatUpdated(warning.foundSavedAt)} (save {warning.foundGeneration}). This computer has
        already seen a newer state (save {warning.seenGeneration}, {formatUpdated(warning.seenAt)}). A sync tool or a copied folder may
        have put an old version back.
      </p>
      <FormError message={error} />
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void choose('restore')}>
          Restore the newest backup
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void choose('continue')}>
          Continue with this copy
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={() => void choose('cancel')}>
          Cancel
        </button>
      </div>
    </section>
  );
}
