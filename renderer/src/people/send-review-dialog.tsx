import { useEffect, useId, useRef, useState } from 'react';
import { ConfirmPassphraseField, useConfirmPassphrase } from '../components/confirm-passphrase';
import type { DraftMeta } from '../../../common/domain/draft';
import type { Contact } from '../../../common/domain/people';
import { callApi } from '../api';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-error';
import { SelectField } from '../components/select-field';
import { useT } from '../i18n/use-t';
import '../styles/people.css';
import { translate } from '../i18n/translate';

interface SendReviewDialogProps {
  /** The vault's editor contacts. Left out (editor, drafts list): read here, with the profile. */
  editors?: Contact[];
  /** Preselected draft (from a draft's own menu); otherwise the reporter chooses one. */
  draftId?: string;
  /** Opened from the draft itself (the editor): it is named, not offered among the others. */
  fixedDraft?: boolean;
  onClose: () => void;
  onSent: (message: string) => void;
  /** Leads to the People screen when the profile or an editor contact is missing. */
  onOpenPeople?: () => void;
}

interface Loaded {
  /** Drafts with at least one citation: the others have nothing to review. */
  drafts: DraftMeta[];
  hasProfile: boolean;
  editors: Contact[];
  /** Whether a desk folder is set and there: the package can then go there instead of a file. */
  deskReady: boolean;
}

async function load(givenEditors: Contact[] | undefined): Promise<{ ok: true; value: Loaded } | { ok: false; message: string }> {
  const [drafts, me, contacts, desk] = await Promise.all([
    callApi((api) => api.listDrafts({})),
    givenEditors ? null : callApi((api) => api.getMyProfile({})),
    givenEditors ? null : callApi((api) => api.listContacts({})),
    callApi((api) => api.getDeskSettings({})),
  ]);
  for (const result of [drafts, me, contacts]) if (result && !result.ok) return { ok: false, message: result.error.message };
  return {
    ok: true,
    value: {
      drafts: drafts.ok ? drafts.value.filter((d) => d.citationCount > 0) : [],
      hasProfile: givenEditors ? true : !!(me?.ok && me.value.profile),
      editors: givenEditors ?? (contacts?.ok ? contacts.value.filter((c) => c.role === 'editor') : []),
      deskReady: desk.ok && desk.value.folder !== null && desk.value.reachable,
    },
  };
}

const titleOf = (d: DraftMeta) => d.title.trim() || translate('people.send.untitled');

/**
 * "Send for review…": seals a draft to one editor and saves the .snreview file. Identities go
 * only when the reporter ticks the box, with the newsroom policy spelled out next to it. Without
 * a profile or an editor contact it says what to set up first, and where.
 */
export function SendReviewDialog({ editors: givenEditors, draftId, fixedDraft = false, onClose, onSent, onOpenPeople }: SendReviewDialogProps) {
  const t = useT();
  const policyId = useId();
  const setupId = useId();
  const peopleButton = useRef<HTMLButtonElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [chosenDraft, setChosenDraft] = useState(draftId ?? '');
  const [editor, setEditor] = useState(givenEditors?.[0]?.id ?? '');
  const [withIdentities, setWithIdentities] = useState(false);
  const [toDesk, setToDesk] = useState(true);
  const deliverId = useId();
  const passphrase = useConfirmPassphrase(t('people.send.passphraseMissing'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void load(givenEditors).then((result) => {
      if (!result.ok) return setError(result.message);
      setLoaded(result.value);
      setChosenDraft((current) => current || result.value.drafts[0]?.id || '');
      setEditor((current) => current || result.value.editors[0]?.id || '');
    });
    // The contacts are read once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Nothing to show until the data is in: the dialog then opens with focus on its first field.
  if (!loaded && !error) return null;
  const drafts = loaded?.drafts ?? [];
  const viaDesk = !!loaded?.deskReady && toDesk;
  const editors = loaded?.editors ?? [];

  async function send() {
    if (!chosenDraft || !editor) return;
    if (withIdentities && !passphrase.require()) return;
    setBusy(true);
    setError(null);
    const result = await callApi((api) =>
      api.sendForReview({ draftId: chosenDraft, contactId: editor, includeIdentities: withIdentities, ...(withIdentities ? { passphrase: passphrase.value } : {}), ...(viaDesk ? { toDesk: true } : {}) }),
    );
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (!result.value.path) return; // cancelled in the save dialog: stay here
    const name = editors.find((e) => e.id === editor)?.name ?? '';
    if (viaDesk) return onSent(t('desk.send.sent', { name }));
    onSent(t('people.send.saved', { name, file: result.value.path.split(/[\\/]/).pop() }));
  }

  const setup = !loaded
    ? null
    : !loaded.hasProfile
      ? t('people.send.setupProfile')
      : editors.length === 0
        ? onOpenPeople
          ? t('people.send.setupEditorPeople')
          : t('people.send.setupEditor')
        : null;
  const uncited = !!draftId && !!loaded && !drafts.some((d) => d.id === draftId);
  const ready = loaded && !setup;

  return (
    <Dialog
      title={t('people.send.title')}
      onClose={onClose}
      className="people-dialog"
      describedBy={setup ? setupId : undefined}
      initialFocus={setup && onOpenPeople ? peopleButton : undefined}
    >
      <div className="dialog-body">
        {setup ? <p id={setupId}>{setup}</p> : null}
        {ready && uncited ? <p>{t('people.send.uncited')}</p> : null}
        {ready && !uncited && drafts.length === 0 ? <p>{t('people.send.noDrafts')}</p> : null}
        {ready && !uncited && fixedDraft ? (
          <p className="send-draft">
            {t('sendReview.draft', { title: titleOf(drafts.find((d) => d.id === draftId) ?? drafts[0]!) })}
          </p>
        ) : null}
        {ready && !uncited && !fixedDraft && drafts.length > 0 ? (
          <SelectField label={t('people.col.draft')} options={drafts.map((d) => ({ value: d.id, label: titleOf(d) }))} value={chosenDraft} onChange={(event) => setChosenDraft(event.target.value)} disabled={busy} />
        ) : null}
        {ready ? (
          <>
            <SelectField
              label={t('people.role.editor')}
              options={editors.map((e) => ({ value: e.id, label: `${e.name} · ${e.fingerprint.slice(0, 11)}…` }))}
              value={editor}
              onChange={(event) => setEditor(event.target.value)}
              disabled={busy}
              hint={t('people.send.editorHint')}
            />
            <label className="checkbox">
              <input type="checkbox" checked={withIdentities} onChange={(event) => setWithIdentities(event.target.checked)} aria-describedby={policyId} disabled={busy} />
              <span>{t('people.send.withIdentities')}</span>
            </label>
            <p id={policyId} className="field-hint send-policy">
              {t('people.send.policy')}
            </p>
            {withIdentities ? (
              <ConfirmPassphraseField state={passphrase} hint={t('people.send.passphraseHint')} disabled={busy} />
            ) : null}
            {loaded?.deskReady ? (
              <fieldset className="radio-group" aria-labelledby={deliverId}>
                <legend id={deliverId}>{t('desk.send.where')}</legend>
                <label className="checkbox">
                  <input type="radio" name="deliver" checked={toDesk} onChange={() => setToDesk(true)} disabled={busy} />
                  <span>{t('desk.send.toDesk')}</span>
                </label>
                <label className="checkbox">
                  <input type="radio" name="deliver" checked={!toDesk} onChange={() => setToDesk(false)} disabled={busy} />
                  <span>{t('desk.send.toFile')}</span>
                </label>
              </fieldset>
            ) : null}
          </>
        ) : null}
      </div>
      <FormError message={error} />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {setup && onOpenPeople ? (
          <button ref={peopleButton} type="button" className="button button-primary" onClick={onOpenPeople}>
            {t('people.send.goToPeople')}
          </button>
        ) : null}
        {ready ? (
          <button type="button" className="button button-primary" disabled={busy || uncited || !chosenDraft || !editor} onClick={() => void send()}>
            {viaDesk ? t('desk.send.button') : t('people.send.save')}
          </button>
        ) : null}
      </div>
    </Dialog>
  );
}
