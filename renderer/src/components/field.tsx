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

/** What a labelled control is given: its id and the attributes that tie it to its hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  describedBy?: string;
  className?: string;
  /** Extra content after the messages (a meter). */
  after?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

/** The frame every labelled control shares: the label, the control, then its error and hint. */
export function FieldFrame({ label, hint, error, describedBy, className, after, children }: FieldFrameProps) {
  const { id, hintId, errorId, described } = useFieldIds(hint, error, describedBy);
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined })}
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
      {after}
    </div>
  );
}

/** A labelled input with an optional hint underneath; extra content (a meter) goes after the input. */
export function Field({ label, hint, error, describedBy, children, inputClassName, className, ref, ...input }: FieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} describedBy={describedBy} className={className} after={children}>
      {(control) => <input ref={ref} className={['input', inputClassName].filter(Boolean).join(' ')} {...control} {...input} />}
    </FieldFrame>
  );
}
