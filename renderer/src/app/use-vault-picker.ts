import { useCallback, useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { callApi } from '../api';

/** Switches the folder the app looks at, either from the OS folder dialog or a known path. */
export function useVaultPicker(onStatus: (status: VaultStatus) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const select = useCallback(
    async (path: string) => {
      setBusy(true);
      setError(null);
      const result = await callApi((api) => api.selectVault({ path }));
      setBusy(false);
      if (result.ok) onStatus(result.value);
      else setError(result.error.message);
    },
    [onStatus],
  );

  const choose = useCallback(async () => {
    setBusy(true);
    setError(null);
    const picked = await callApi((api) => api.pickVaultFolder({}));
    if (!picked.ok) {
      setBusy(false);
      setError(picked.error.message);
      return;
    }
    if (picked.value.path === null) {
      setBusy(false); // The user cancelled the dialog: nothing to say.
      return;
    }
    await select(picked.value.path);
  }, [select]);

  return { choose, select, busy, error };
}
