import { FormError } from './form-error';

/** A settings form's foot: main's error, the submit button, and a quiet "Saved" once it is. */
export function SaveActions({ error, label, disabled, saved }: { error: string | null; label: string; disabled: boolean; saved: boolean }) {
  return (
    <>
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={disabled}>
          {label}
        </button>
        <p className="form-status" aria-live="polite">
          {saved ? 'Saved' : ''}
        </p>
      </div>
    </>
  );
}
