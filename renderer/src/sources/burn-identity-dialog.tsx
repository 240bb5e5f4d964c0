import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ConfirmPassphraseField, useConfirmPassphrase } from '../components/confirm-passphrase';
import { previewLabel } from '../../../common/attribution/label-forms';
import type { Source } from '../../../common/domain/source';
import type { TravelFileInfo } from '../../../common/domain/travel';
import { callApi } from '../api';
import { Dialog } from '../components/dialog';
import { Field } from '../components/field';
import { FormError } from '../components/form-error';
import { KeyField } from '../components/key-field';
import { PathText } from '../components/path-text';
import { useT } from '../i18n/use-t';
import { FormattedMessage } from 'react-intl';

const loose = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

interface BurnIdentityDialogProps {
  source: Source;
  onClose: () => void;
  onBurned: (source: Source) => void;
}

/**
 * Burning cannot be undone, so the dialog names what goes and what stays, and asks the user to
 * type the source's label: a deliberate act, not a reflex click on a highlighted button. Main
 * burns only on the vault's passphrase, which it checks itself.
 */
export function BurnIdentityDialog({ source, onClose, onBurned }: BurnIdentityDialogProps) {
  const t = useT();
  const label = previewLabel(source.label).first;
  const [typed, setTyped] = useState('');
  const [key, setKey] = useState('');
  const passphrase = useConfirmPassphrase(t('sources.burn.passphraseMissing'));
  const [files, setFiles] = useState<TravelFileInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    void callApi((api) => api.getTravelStatus({})).then((result) => {
      if (!current) return;
      if (result.ok) setFiles(result.value.filesOnDevice);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, []);

  const matches = loose(typed) === loose(label);
  const needsKey = (files?.length ?? 0) > 0;

  async function burn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || files === null) return;
    if (!matches) {
      setError(t('sources.burn.typeExactly', { label }));
      return;
    }
    if (!passphrase.require()) return;
    if (needsKey && key.trim() === '') {
      setError(t('sources.burn.keyMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.burnIdentity({ sourceId: source.id, confirmation: typed, passphrase: passphrase.value, key: needsKey ? key : undefined }));
    if (result.ok) {
      onBurned(result.value.source);
      return;
    }
    setBusy(false);
    // A wrong passphrase and a wrong travel key share a code; the message says which it was.
    setError(result.error.message);
  }

  return (
    <Dialog title={t('sources.burn.title')} onClose={() => !busy && onClose()} initialFocus={cancelRef}>
      <form className="form" onSubmit={(event) => void burn(event)} noValidate>
        <div className="dialog-body">
          <p>{t('sources.burn.what', { label, count: source.identity.termCount })}</p>
          <p>{t('sources.burn.stays')}</p>
        </div>
        <Field
          label={t('sources.burn.typeToConfirm', { label })}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          disabled={busy}
        />
        <ConfirmPassphraseField state={passphrase} hint={t('sources.burn.passphraseHint')} disabled={busy} />
        {needsKey ? (
          <KeyField
            label={t('sources.burn.key')}
            value={key}
            onChange={(event) => setKey(event.target.value)}
            disabled={busy}
            hint={
              <FormattedMessage
                id="sources.burn.keyHint"
                values={{ files: <>{files!.map((f) => <PathText key={f.path} path={f.path} />)}</> }}
              />
            }
          />
        ) : null}
        <FormError message={error} />
        <div className="dialog-actions">
          <button ref={cancelRef} type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            {t('sources.burn.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={busy || !matches || files === null}>
            {t('sources.burn.button')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
