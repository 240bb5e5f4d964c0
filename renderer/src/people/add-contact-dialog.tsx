import { useState } from 'react';
import { ROLE_LABELS, type Contact, type ContactPreview } from '../../../common/domain/people';
import { callApi } from '../api';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-error';
import { TextAreaField } from '../components/text-area-field';

/**
 * Adds a person by their pasted key string, in two steps: read the key, then compare the
 * fingerprint with the one the person reads out (by phone or in person). The paste may have come
 * through a channel someone else controls; the spoken fingerprint is the check. The yes is given
 * in Shieldnote's own window (main's dialog), which no code in this screen can answer.
 */
export function AddContactDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (contact: Contact) => void }) {
  const [keyString, setKeyString] = useState('');
  const [preview, setPreview] = useState<ContactPreview | null>(null);
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
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.addContact({ keyString }));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (!result.value.contact) return setError(`${preview?.name ?? 'They'} were not added: the fingerprint was not confirmed in Shieldnote’s window.`);
    onAdded(result.value.contact);
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
            <p>
              When you choose Add contact, a Shieldnote window shows this fingerprint again and asks whether it matches. Answer
              there: only that window can add {preview.name}.
            </p>
          </div>
          <FormError message={error} />
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void add()}>
              Add contact
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
