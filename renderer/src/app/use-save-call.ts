import { useState } from 'react';
import type { ShieldnoteApi } from '../../../common/api/bridge';
import type { ApiResult } from '../../../common/api/errors';
import { callApi } from '../api';

/** Sends a save to main: busy while it runs, and main's error kept for the form to show. */
export function useSaveCall() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Resolves to main's answer, or null when main refused (the error is then set). */
  async function send<R>(call: (api: ShieldnoteApi) => Promise<ApiResult<R>>): Promise<R | null> {
    setSaving(true);
    setError(null);
    const result = await callApi(call);
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return null;
    }
    return result.value;
  }

  return { saving, error, setError, send };
}
