import { useState, type FormEvent } from 'react';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-error';
import { TextAreaField } from '../components/text-area-field';

interface OverrideDialogProps {
  count: number;
  busy: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** "Export anyway": only with a reason, which goes to the vault's audit log. */
export function OverrideDialog({ count, busy, error, onConfirm, onCancel }: OverrideDialogProps) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setProblem('Say why this may go out (at least 3 characters).');
      return;
    }
    onConfirm(reason.trim());
  }

  return (
    <Dialog title="Export anyway?" onClose={onCancel}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="dialog-body">
          {count === 1 ? 'One finding points' : `${count} findings point`} to a source. The export goes out with {count === 1 ? 'it' : 'them'}, and your reason is written to the vault’s audit log. Describe why without naming anyone.
        </p>
        <TextAreaField
          label="Why may this go out?"
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
            Cancel
          </button>
          <button type="submit" className="button button-danger" disabled={busy}>
            Export anyway
          </button>
        </div>
      </form>
    </Dialog>
  );
}
