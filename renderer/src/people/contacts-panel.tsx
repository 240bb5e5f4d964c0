import { useId, useState } from 'react';
import type { Contact } from '../../../common/domain/people';
import { callApi } from '../api';
import { shortDate } from './short-date';
import { ConfirmDialog } from '../components/confirm-dialog';
import { TableHead } from '../components/table-head';
import { AddContactDialog } from './add-contact-dialog';
import { useT } from '../i18n/use-t';

/** The people whose keys this vault knows: who may send it packages, and whom it may send to. */
export function ContactsPanel({ contacts, enabled, onChange }: { contacts: Contact[]; enabled: boolean; onChange: (status: string) => void }) {
  const t = useT();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Contact | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function remove(contact: Contact) {
    const result = await callApi((api) => api.removeContact({ id: contact.id }));
    if (!result.ok) return setError(result.error.message);
    setRemoving(null);
    onChange(t('people.contacts.removed', { name: contact.name }));
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} className="panel-title">
          {t('people.contacts')}
        </h2>
        <button type="button" className="button button-secondary" disabled={!enabled} onClick={() => setAdding(true)}>
          {t('people.contacts.addOpen')}
        </button>
      </div>
      {contacts.length === 0 ? (
        <p className="empty-state">{enabled ? t('people.contacts.none') : t('people.contacts.profileFirst')}</p>
      ) : (
        <table className="drafts-table people-table">
          <caption className="visually-hidden">{t('people.contacts')}</caption>
          <TableHead columns={[t('people.col.name'), t('people.col.role'), t('people.col.fingerprint'), t('people.col.added')]} actions />
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id}>
                <th scope="row">{contact.name}</th>
                <td>{t(`people.role.${contact.role}`)}</td>
                <td className="mono fingerprint">{contact.fingerprint}</td>
                <td>{shortDate(contact.addedAt)}</td>
                <td className="draft-actions">
                  <button type="button" className="link-button button-danger-text" aria-label={t('people.contacts.removeLabel', { name: contact.name })} onClick={() => setRemoving(contact)}>
                    {t('people.contacts.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding ? (
        <AddContactDialog
          onClose={() => setAdding(false)}
          onAdded={(contact) => {
            setAdding(false);
            onChange(t('people.contacts.added', { name: contact.name }));
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog title={t('people.contacts.removeTitle', { name: removing.name })} confirmLabel={t('people.contacts.remove')} danger error={error} onConfirm={() => void remove(removing)} onCancel={() => setRemoving(null)}>
          <p>{t('people.contacts.removeBody', { name: removing.name })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
