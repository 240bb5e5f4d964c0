import { useState, type FormEvent } from 'react';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-error';
import { TextAreaField } from '../components/text-area-field';
import { useT } from '../i18n/use-t';

interface OverrideDialogProps {
  count: number;
  busy: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** "Export anyway": only with a reason, which goes to the vault's audit log. */
export function OverrideDialog({ count, busy, error, onConfirm, onCancel }: OverrideDialogProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setProblem(t('export.override.reasonShort'));
      return;
    }
    onConfirm(reason.trim());
  }

  return (
    <Dialog title={t('export.override.title')} onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="dialog-body">
          {t('export.override.body', { count })}
        </p>
        <TextAreaField
          label={t('export.override.reason')}
          rows={3}
          maxLength={500}
          required
          autoFocus
          value={reason}
          error={problem}
          onChange={(event) => {
            setReason(event.target.value);
            setProblem(null);
          }}
        />
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            {t('export.override.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
