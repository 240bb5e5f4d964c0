import { useCallback, useRef, useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { callApi } from '../api';
import { FrameHeader } from './frame-header';
import { MainNav, type FramePage } from './main-nav';
import { OverviewPage } from './overview-page';
import { useLockShortcut } from './use-lock-shortcut';
import { VaultSettingsPage } from './vault-settings-page';

interface AppFrameProps {
  status: VaultStatus;
  onStatus: (status: VaultStatus) => void;
}

export function AppFrame({ status, onStatus }: AppFrameProps) {
  const [page, setPage] = useState<FramePage>('overview');
  const [locking, setLocking] = useState(false);
  const [lockError, setLockError] = useState<string | null>(null);
  // A ref, not state, so a burst of Ctrl+L presses sends one lock request.
  const lockInFlight = useRef(false);

  const lock = useCallback(async () => {
    if (lockInFlight.current) return;
    lockInFlight.current = true;
    setLocking(true);
    setLockError(null);
    const result = await callApi((api) => api.lock({}));
    lockInFlight.current = false;
    if (result.ok) {
      onStatus(result.value); // The app remounts without this tree.
      return;
    }
    setLocking(false);
    setLockError(result.error.message);
  }, [onStatus]);

  const requestLock = useCallback(() => void lock(), [lock]);
  useLockShortcut(requestLock);

  return (
    <div className="frame">
      <FrameHeader status={status} locking={locking} onLock={requestLock} />
      <div className="frame-body">
        <MainNav page={page} onNavigate={setPage} />
        <main className="frame-main">
          {lockError ? (
            <p role="alert" className="form-error">
              {lockError}
            </p>
          ) : null}
          {page === 'overview' ? (
            <OverviewPage status={status} />
          ) : (
            <VaultSettingsPage status={status} onStatus={onStatus} />
          )}
        </main>
      </div>
    </div>
  );
}
