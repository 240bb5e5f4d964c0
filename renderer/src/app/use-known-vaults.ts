import { useEffect, useState } from 'react';
import type { KnownVault } from '../../../common/api/types';
import { callApi } from '../api';

/** Other vaults this computer knows about. A failure here only hides the list: it is a shortcut, not a need. */
export function useKnownVaults(currentPath: string): KnownVault[] {
  const [vaults, setVaults] = useState<KnownVault[]>([]);
  useEffect(() => {
    let current = true;
    void callApi((api) => api.listVaults({})).then((result) => {
      if (current && result.ok) setVaults(result.value);
    });
    return () => {
      current = false;
    };
  }, [currentPath]);
  return vaults.filter((vault) => vault.path !== currentPath);
}
