import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { FieldMessages, useFieldIds } from './field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  ref?: Ref<HTMLTextAreaElement>;
  inputClassName?: string;
}

export function TextAreaField({ label, hint, error, inputClassName, className, ref, rows = 4, ...textarea }: TextAreaFieldProps) {
  const { id, hintId, errorId, described } = useFieldIds(hint, error);
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        className={['input', 'textarea', inputClassName].filter(Boolean).join(' ')}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}
