import { useEffect, useState } from 'react';
import type { ApiResult } from '../../../common/api/errors';
import { base64ToBytes } from './base64';

// A decrypted file (a statement's attachment, a draft's image) held only as an in-memory blob:
// URL for as long as it is on screen, then revoked.

interface FileData {
  mimeType: string;
  dataBase64: string;
}

/** `load` fetches the file; keep it stable (useCallback) so the file is fetched once. */
export function useBlobUrl(load: () => Promise<ApiResult<FileData>>): { url: string | null; failed: boolean } {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    let objectUrl: string | null = null;
    void load().then((result) => {
      if (!current) return;
      if (!result.ok) {
        setFailed(true);
        return;
      }
      objectUrl = URL.createObjectURL(new Blob([base64ToBytes(result.value.dataBase64)], { type: result.value.mimeType }));
      setUrl(objectUrl);
    });
    return () => {
      current = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [load]);

  return { url, failed };
}
