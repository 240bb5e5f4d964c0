import { useId, useState } from 'react';
import { ROLE_LABELS, type Contact } from '../../../common/domain/people';
import { callApi } from '../api';
import { shortDate } from './short-date';
import { ConfirmDialog } from '../components/confirm-dialog';
import { TableHead } from '../components/table-head';
import { AddContactDialog } from './add-contact-dialog';

/** The people whose keys this vault knows: who may send it packages, and whom it may send to. */
export function ContactsPanel({ contacts, enabled, onChange }: { contacts: Contact[]; enabled: boolean; onChange: (status: string) => void }) {
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Contact | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function remove(contact: Contact) {
    const result = await callApi((api) => api.removeContact({ id: contact.id }));
    if (!result.ok) return setError(result.error.message);
    setRemoving(null);
    onChange(`${contact.name} removed from your contacts.`);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} className="panel-title">
          Contacts
        </h2>
        <button type="button" className="button button-secondary" disabled={!enabled} onClick={() => setAdding(true)}>
          Add contact…
        </button>
      </div>
      {contacts.length === 0 ? (
        <p className="empty-state">{enabled ? 'No contacts yet. Add the editors and reporters you exchange review packages with.' : 'Create your profile first.'}</p>
      ) : (
        <table className="drafts-table people-table">
          <caption className="visually-hidden">Contacts</caption>
          <TableHead columns={['Name', 'Role', 'Fingerprint', 'Added']} actions />
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id}>
                <th scope="row">{contact.name}</th>
                <td>{ROLE_LABELS[contact.role]}</td>
                <td className="mono fingerprint">{contact.fingerprint}</td>
                <td>{shortDate(contact.addedAt)}</td>
                <td className="draft-actions">
                  <button type="button" className="link-button button-danger-text" aria-label={`Remove ${contact.name}`} onClick={() => setRemoving(contact)}>
                    Remove
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
            onChange(`${contact.name} added to your contacts.`);
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog title={`Remove ${removing.name}?`} confirmLabel="Remove" danger error={error} onConfirm={() => void remove(removing)} onCancel={() => setRemoving(null)}>
          <p>Packages from {removing.name} will be refused until you add their key again and compare fingerprints.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
