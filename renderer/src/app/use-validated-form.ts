import { useState } from 'react';
import type { ApiResult } from '../../../common/api/errors';
import { callApi } from '../api';
import type { ShieldnoteApi } from '../../../common/api/bridge';
import { useFocusFirstInvalid } from './use-focus-first-invalid';

export type Checked<F, K extends PropertyKey> = { ok: true; fields: F } | { ok: false; errors: Partial<Record<K, string>> };

/**
 * The life of a form that is checked here and saved in main: the draft, per-field errors
 * (cleared as a field changes), focus on the first invalid field, and main's error.
 */
export function useValidatedForm<D extends object, F>(initial: () => D, validate: (draft: D) => Checked<F, keyof D>) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof D, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formRef = useFocusFirstInvalid<HTMLFormElement>(attempt);

  function update(patch: Partial<D>) {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as (keyof D)[]) delete next[key];
      return next;
    });
  }

  /** Checks the draft, then sends it; resolves to main's answer, or null when nothing was saved. */
  async function submit<R>(send: (api: ShieldnoteApi, fields: F) => Promise<ApiResult<R>>): Promise<R | null> {
    if (saving) return null;
    const checked = validate(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return null;
    }
    setSaving(true);
    setError(null);
    const result = await callApi((api) => send(api, checked.fields));
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return null;
    }
    return result.value;
  }

  return { draft, setDraft, update, errors, saving, error, formRef, submit };
}
