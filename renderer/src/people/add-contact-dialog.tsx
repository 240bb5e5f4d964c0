import { useState } from 'react';
import type { Contact, ContactPreview } from '../../../common/domain/people';
import { callApi } from '../api';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-error';
import { TextAreaField } from '../components/text-area-field';
import { useT } from '../i18n/use-t';

/**
 * Adds a person by their pasted key string, in two steps: read the key, then compare the
 * fingerprint with the one the person reads out (by phone or in person). The paste may have come
 * through a channel someone else controls; the spoken fingerprint is the check. The yes is given
 * in Shieldnote's own window (main's dialog), which no code in this screen can answer.
 */
export function AddContactDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (contact: Contact) => void }) {
  const t = useT();
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
    if (result.value.existingContactId) return setError(t('people.add.existing', { name: result.value.name }));
    setPreview(result.value);
  }

  async function add() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.addContact({ keyString }));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (!result.value.contact) return setError(t('people.add.notConfirmed', { name: preview?.name ?? '' }));
    onAdded(result.value.contact);
  }

  return (
    <Dialog title={preview ? t('people.add.checkTitle', { name: preview.name }) : t('people.add.title')} onClose={onClose} className="people-dialog">
      {!preview ? (
        <>
          <div className="dialog-body">
            <TextAreaField
              label={t('people.add.keyString')}
              value={keyString}
              onChange={(event) => setKeyString(event.target.value)}
              rows={4}
              inputClassName="input-mono"
              spellCheck={false}
              hint={t('people.add.keyHint')}
              disabled={busy}
            />
          </div>
          <FormError message={error} />
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button button-primary" disabled={busy || !keyString.trim()} onClick={() => void read()}>
              {t('people.add.read')}
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="dialog-body">
            <p>{t('people.add.compare', { name: preview.name, role: t(`people.role.${preview.role}`).toLowerCase() })}</p>
            <p className="fingerprint fingerprint-large mono" aria-label={t('people.add.fingerprintLabel', { fingerprint: preview.fingerprint })}>
              {preview.fingerprint}
            </p>
            <p>{t('people.add.confirmThere', { name: preview.name })}</p>
          </div>
          <FormError message={error} />
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void add()}>
              {t('people.add.add')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
