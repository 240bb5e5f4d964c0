import { useState } from 'react';
import type { ApiResult } from '../../../common/api/errors';
import type { ShieldnoteApi } from '../../../common/api/bridge';
import { useFocusFirstInvalid } from './use-focus-first-invalid';
import { useSaveCall } from './use-save-call';

export type Checked<F, K extends PropertyKey> = { ok: true; fields: F } | { ok: false; errors: Partial<Record<K, string>> };

/**
 * The life of a form that is checked here and saved in main: the draft, per-field errors
 * (cleared as a field changes), focus on the first invalid field, and main's error.
 */
export function useValidatedForm<D extends object, F>(initial: () => D, validate: (draft: D) => Checked<F, keyof D>) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof D, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const { saving, error, send: sendToMain } = useSaveCall();
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
    return sendToMain((api) => send(api, checked.fields));
  }

  return { draft, setDraft, update, errors, saving, error, formRef, submit };
}
