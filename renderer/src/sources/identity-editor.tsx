import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { identityTermsSchema, type IdentityTerm } from '../../../common/domain/identity';
import { IDENTITY_TERM_KINDS, type IdentityTermKind } from '../../../common/domain/source';
import { FormError } from '../components/form-error';
import { useT } from '../i18n/use-t';
import { termKindLabel } from '../library/labels';

interface Row {
  key: number;
  kind: IdentityTermKind;
  value: string;
  isPublic: boolean;
}

interface IdentityEditorProps {
  initial: readonly IdentityTerm[];
  busy: boolean;
  /** Main's refusal, if saving failed. */
  error: string | null;
  onSave: (terms: IdentityTerm[]) => void;
  onCancel: () => void;
  /** Told whether the rows differ from `initial`: a reveal's countdown waits while they do. */
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * Rows of identity terms. The values live only in this component's state: it unmounts when the
 * identity hides, and the terms go with it.
 */
export function IdentityEditor({ initial, busy, error, onSave, onCancel, onDirtyChange }: IdentityEditorProps) {
  const ids = useId();
  const t = useT();
  const nextKey = useRef(initial.length + 1);
  const [rows, setRows] = useState<Row[]>(() =>
    initial.length > 0
      ? initial.map((term, index) => ({ key: index, ...term }))
      : [{ key: 0, kind: 'name', value: '', isPublic: false }],
  );
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  const kept = (list: readonly { kind: string; value: string; isPublic: boolean }[]) =>
    JSON.stringify(list.filter((r) => r.value.trim() !== '').map(({ kind, value, isPublic }) => [kind, value.trim(), isPublic]));
  const dirty = kept(rows) !== kept(initial);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  // After adding or removing a row, put the cursor somewhere sensible.
  useEffect(() => {
    if (focusKey === null) return;
    const target = listRef.current?.querySelector<HTMLInputElement>(`[data-row="${focusKey}"]`);
    (target ?? addRef.current)?.focus();
  }, [focusKey, rows.length]);

  function change(key: number, patch: Partial<Row>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
    setRowErrors((current) => {
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  function add() {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, kind: 'name', value: '', isPublic: false }]);
    setFocusKey(key);
  }

  function remove(key: number) {
    const index = rows.findIndex((row) => row.key === key);
    const next = rows.filter((row) => row.key !== key);
    setRows(next);
    setFocusKey(next[Math.min(index, next.length - 1)]?.key ?? -1);
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    // Rows left empty are dropped rather than refused.
    const kept = rows.filter((row) => row.value.trim() !== '');
    const terms = kept.map(({ kind, value, isPublic }) => ({ kind, value, isPublic }));
    if (terms.length === 0 && initial.length === 0) {
      setFormError(t('sources.identityEditor.needOne'));
      return;
    }
    const parsed = identityTermsSchema.safeParse(terms);
    if (!parsed.success) {
      const errors: Record<number, string> = {};
      for (const issue of parsed.error.issues) {
        const row = typeof issue.path[0] === 'number' ? kept[issue.path[0]] : undefined;
        if (row) errors[row.key] ??= issue.message;
        else setFormError(issue.message);
      }
      setRowErrors(errors);
      const first = kept.find((row) => errors[row.key]);
      if (first) listRef.current?.querySelector<HTMLInputElement>(`[data-row="${first.key}"]`)?.focus();
      return;
    }
    setFormError(null);
    onSave(parsed.data);
  }

  return (
    <form className="form identity-editor" onSubmit={save} noValidate>
      <ol ref={listRef} className="term-rows" aria-label={t('sources.identity.terms')}>
        {rows.map((row, index) => {
          const errorId = `${ids}-${row.key}-error`;
          return (
            <li key={row.key}>
              <fieldset className="term-row" disabled={busy}>
                <legend className="visually-hidden">{t('sources.identityEditor.term', { number: index + 1 })}</legend>
                <div className="field term-kind">
                  <label className="field-sublabel" htmlFor={`${ids}-${row.key}-kind`}>
                    {t('sources.identityEditor.kind')}
                  </label>
                  <select
                    id={`${ids}-${row.key}-kind`}
                    className="input select"
                    value={row.kind}
                    onChange={(event) => change(row.key, { kind: event.target.value as IdentityTermKind })}
                  >
                    {IDENTITY_TERM_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {termKindLabel(kind)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field term-value">
                  <label className="field-sublabel" htmlFor={`${ids}-${row.key}-value`}>
                    {t('sources.identityEditor.value')}
                  </label>
                  <input
                    id={`${ids}-${row.key}-value`}
                    data-row={row.key}
                    className="input"
                    value={row.value}
                    maxLength={300}
                    autoComplete="off"
                    spellCheck={false}
                    aria-invalid={rowErrors[row.key] ? true : undefined}
                    aria-describedby={rowErrors[row.key] ? errorId : undefined}
                    onChange={(event) => change(row.key, { value: event.target.value })}
                  />
                </div>
                <label className="choice term-public">
                  <input
                    type="checkbox"
                    checked={row.isPublic}
                    onChange={(event) => change(row.key, { isPublic: event.target.checked })}
                  />
                  {t('sources.identity.publicFigure')}
                </label>
                <button type="button" className="button button-secondary button-small term-remove" onClick={() => remove(row.key)}>
                  {t('sources.identityEditor.remove')}
                </button>
                {rowErrors[row.key] ? (
                  <p id={errorId} className="field-error term-error">
                    {rowErrors[row.key]}
                  </p>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="field-hint">{t('sources.identityEditor.publicHint')}</p>
      <FormError message={formError} />
      <FormError message={error} />
      <div className="button-row">
        <button ref={addRef} type="button" className="button button-secondary" onClick={add} disabled={busy}>
          {t('sources.identityEditor.add')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('sources.identityEditor.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {t('sources.identity.cancel')}
        </button>
      </div>
    </form>
  );
}
