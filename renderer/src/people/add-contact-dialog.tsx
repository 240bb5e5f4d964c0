import { useId, useState } from 'react';
import { ROLE_LABELS, type Contact, type ContactPreview } from '../../../common/domain/people';
import { callApi } from '../api';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-error';
import { TextAreaField } from '../components/text-area-field';

/**
 * Adds a person by their pasted key string, in two steps: read the key, then confirm that the
 * fingerprint shown is the one the person read out (by phone or in person). The paste may have
 * come through a channel someone else controls; the spoken fingerprint is the check.
 */
export function AddContactDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (contact: Contact) => void }) {
  const confirmId = useId();
  const [keyString, setKeyString] = useState('');
  const [preview, setPreview] = useState<ContactPreview | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function read() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.previewContact({ keyString }));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (result.value.existingContactId) return setError(`${result.value.name} is already in your contacts with these keys.`);
    setPreview(result.value);
  }

  async function add() {
    if (!confirmed) return setError('Tick the box once the fingerprint matches what they read out.');
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.addContact({ keyString, fingerprintConfirmed: true }));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onAdded(result.value);
  }

  return (
    <Dialog title={preview ? `Check ${preview.name}’s fingerprint` : 'Add a contact'} onClose={onClose} className="people-dialog">
      {!preview ? (
        <>
          <div className="dialog-body">
            <TextAreaField
              label="Their key string"
              value={keyString}
              onChange={(event) => setKeyString(event.target.value)}
              rows={4}
              inputClassName="input-mono"
              spellCheck={false}
              hint="Ask them for “Copy my key” from their People screen. It starts with shieldnote-key-1:"
              disabled={busy}
            />
          </div>
          <FormError message={error} />
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button-primary" disabled={busy || !keyString.trim()} onClick={() => void read()}>
              Read key
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="dialog-body">
            <p>
              {preview.name}, {ROLE_LABELS[preview.role].toLowerCase()}. Call them or meet them, and have them read their fingerprint from their People screen. It
              must match this one, every digit:
            </p>
            <p className="fingerprint fingerprint-large mono" aria-label={`Fingerprint: ${preview.fingerprint}`}>
              {preview.fingerprint}
            </p>
            <label className="checkbox" htmlFor={confirmId}>
              <input id={confirmId} type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
              <span>The fingerprint matches what {preview.name} read out to me.</span>
            </label>
          </div>
          <FormError message={error} />
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button-primary" disabled={busy || !confirmed} onClick={() => void add()}>
              Add contact
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
