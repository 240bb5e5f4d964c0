import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  /** Ids of other elements that describe the input (strength meter, feedback). */
  describedBy?: string;
  ref?: Ref<HTMLInputElement>;
  children?: ReactNode;
  inputClassName?: string;
}

/** A labelled input with an optional hint underneath; extra content (a meter) goes after the input. */
export function Field({ label, hint, describedBy, children, inputClassName, className, ref, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const described = [hint ? hintId : null, describedBy].filter(Boolean).join(' ') || undefined;
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
        {...input}
      />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}
