import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  /** A problem with the value, shown under the field and announced with it. */
  error?: string | null;
  /** Ids of other elements that describe the input (strength meter, feedback). */
  describedBy?: string;
  ref?: Ref<HTMLInputElement>;
  children?: ReactNode;
  inputClassName?: string;
}

/** Ids for a control's hint and error, and the aria-describedby that joins them. */
export function useFieldIds(hint: unknown, error: unknown, describedBy?: string) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [error ? errorId : null, hint ? hintId : null, describedBy].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, described };
}

export function FieldMessages({ hint, hintId, error, errorId }: { hint?: ReactNode; hintId: string; error?: string | null; errorId: string }) {
  return (
    <>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </>
  );
}

/** A labelled input with an optional hint underneath; extra content (a meter) goes after the input. */
export function Field({ label, hint, error, describedBy, children, inputClassName, className, ref, ...input }: FieldProps) {
  const { id, hintId, errorId, described } = useFieldIds(hint, error, describedBy);
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        className={['input', inputClassName].filter(Boolean).join(' ')}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {children}
    </div>
  );
}
