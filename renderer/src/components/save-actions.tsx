import { FormError } from './form-error';
import { useT } from '../i18n/use-t';

/** A settings form's foot: main's error, the submit button, and a quiet "Saved" once it is. */
export function SaveActions({ error, label, disabled, saved }: { error: string | null; label: string; disabled: boolean; saved: boolean }) {
  const t = useT();
  return (
    <>
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={disabled}>
          {label}
        </button>
        <p className="form-status" aria-live="polite">
          {saved ? t('common.saved') : ''}
        </p>
      </div>
    </>
  );
}
