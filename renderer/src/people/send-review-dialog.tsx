import { useEffect, useId, useState } from 'react';
import type { DraftMeta } from '../../../common/domain/draft';
import type { Contact } from '../../../common/domain/people';
import { callApi } from '../api';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-error';
import { SelectField } from '../components/select-field';

interface SendReviewDialogProps {
  editors: Contact[];
  /** Preselected draft (from a draft's own menu); otherwise the reporter chooses one. */
  draftId?: string;
  onClose: () => void;
  onSent: (message: string) => void;
}

/**
 * "Send for review…": seals a draft to one editor and saves the .snreview file. Identities go
 * only when the reporter ticks the box, with the newsroom policy spelled out next to it.
 */
export function SendReviewDialog({ editors, draftId, onClose, onSent }: SendReviewDialogProps) {
  const policyId = useId();
  const [drafts, setDrafts] = useState<DraftMeta[] | null>(null);
  const [chosenDraft, setChosenDraft] = useState(draftId ?? '');
  const [editor, setEditor] = useState(editors[0]?.id ?? '');
  const [withIdentities, setWithIdentities] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void callApi((api) => api.listDrafts({})).then((result) => {
      if (!result.ok) return setError(result.error.message);
      const cited = result.value.filter((d) => d.citationCount > 0);
      setDrafts(cited);
      setChosenDraft((current) => current || cited[0]?.id || '');
    });
  }, []);

  async function send() {
    if (!chosenDraft || !editor) return;
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.sendForReview({ draftId: chosenDraft, contactId: editor, includeIdentities: withIdentities }));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (!result.value.path) return; // cancelled in the save dialog: stay here
    const name = editors.find((e) => e.id === editor)?.name ?? 'the editor';
    onSent(`Review package for ${name} saved as ${result.value.path.split(/[\\/]/).pop()}. Give them the file; only their keys can open it.`);
  }

  const titleOf = (d: DraftMeta) => d.title.trim() || 'Untitled draft';
  return (
    <Dialog title="Send for review" onClose={onClose} className="people-dialog">
      <div className="dialog-body">
        {editors.length === 0 ? <p>Add an editor under Contacts first: a package is sealed to one editor’s key.</p> : null}
        {drafts !== null && drafts.length === 0 ? <p>No draft cites a statement yet; there is nothing to review.</p> : null}
        {drafts && drafts.length > 0 ? (
          <SelectField label="Draft" options={drafts.map((d) => ({ value: d.id, label: titleOf(d) }))} value={chosenDraft} onChange={(event) => setChosenDraft(event.target.value)} disabled={busy} />
        ) : null}
        {editors.length > 0 ? (
          <SelectField
            label="Editor"
            options={editors.map((e) => ({ value: e.id, label: `${e.name} · ${e.fingerprint.slice(0, 11)}…` }))}
            value={editor}
            onChange={(event) => setEditor(event.target.value)}
            disabled={busy}
            hint="Only this editor’s Shieldnote can open the package."
          />
        ) : null}
        <label className="checkbox">
          <input type="checkbox" checked={withIdentities} onChange={(event) => setWithIdentities(event.target.checked)} aria-describedby={policyId} disabled={busy} />
          <span>Include the cited sources’ identities</span>
        </label>
        <p id={policyId} className="field-hint send-policy">
          Newsroom policy (AP, NYT, Reuters) requires that an editor knows who each anonymous source is. Include identities only when your editor must
          learn them from this package; otherwise tell them in person. Included identities stay sealed in the editor’s vault and are shown there only
          after their passphrase.
        </p>
      </div>
      <FormError message={error} />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={busy || !chosenDraft || !editor} onClick={() => void send()}>
          Save package…
        </button>
      </div>
    </Dialog>
  );
}
