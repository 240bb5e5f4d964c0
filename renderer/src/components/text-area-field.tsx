import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  ref?: Ref<HTMLTextAreaElement>;
  inputClassName?: string;
}

export function TextAreaField({ label, hint, error, inputClassName, className, ref, rows = 4, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea ref={ref} rows={rows} className={['input', 'textarea', inputClassName].filter(Boolean).join(' ')} {...control} {...textarea} />}
    </FieldFrame>
  );
}
