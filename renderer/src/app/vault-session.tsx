import { lazy, Suspense, useEffect, useState } from 'react';
import type { CreatedVault, VaultStatus } from '../../../common/api/types';
import { LoadingScreen } from '../screens/loading-screen';
import { CreateVaultScreen } from '../screens/create-vault-screen';
import { RecoveryKeyScreen } from '../screens/recovery-key-screen';
import { SetPassphraseScreen } from '../screens/set-passphrase-screen';
import { UnlockScreen } from '../screens/unlock-screen';

// The app behind the lock (every page, the editor with TipTap) is its own chunk: the unlock
// screen does not wait for it. It is fetched right after the first screen has painted, so it is
// there long before a passphrase can be typed.
const loadFrame = () => import('../frame/app-frame');
const AppFrame = lazy(() => loadFrame().then((m) => ({ default: m.AppFrame })));

function usePreloadFrame(): void {
  useEffect(() => {
    const timer = setTimeout(() => void loadFrame().catch(() => undefined), 0);
    return () => clearTimeout(timer);
  }, []);
}

interface VaultSessionProps {
  status: VaultStatus;
  onStatus: (status: VaultStatus) => void;
}

/** Picks the screen for the vault's state. Keyed by session in App, so locking drops all of this. */
export function VaultSession({ status, onStatus }: VaultSessionProps) {
  // Held only between creation and confirmation; main never hands it out again.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  // "Not now" on the new-passphrase offer after a recovery-key unlock.
  const [passphraseOfferSkipped, setPassphraseOfferSkipped] = useState(false);
  const [replacing, setReplacing] = useState(false);
  usePreloadFrame();

  function created(result: CreatedVault) {
    setRecoveryKey(result.recoveryKey);
    onStatus(result.status);
  }

  function replaced(result: CreatedVault) {
    setReplacing(true);
    created(result);
  }

  function confirmed(next: VaultStatus) {
    setReplacing(false);
    setRecoveryKey(null);
    onStatus(next);
  }

  switch (status.state) {
    case 'absent':
      return <CreateVaultScreen status={status} onStatus={onStatus} onCreated={created} />;
    case 'locked':
      // Keyed by path: switching to another vault starts with an empty field and no old error.
      return <UnlockScreen key={status.path} status={status} onStatus={onStatus} />;
    case 'unlocked':
      if (status.recoveryKeyPending) {
        return <RecoveryKeyScreen recoveryKey={recoveryKey} replacing={replacing} onConfirmed={confirmed} />;
      }
      if (status.passphraseResetSuggested && !passphraseOfferSkipped) {
        return <SetPassphraseScreen onStatus={onStatus} onSkip={() => setPassphraseOfferSkipped(true)} />;
      }
      // A replaced recovery key comes back here like a new vault's: shown once, then confirmed.
      return (
        <Suspense fallback={<LoadingScreen />}>
          <AppFrame status={status} onStatus={onStatus} onNewRecoveryKey={replaced} />
        </Suspense>
      );
  }
}
