import { useRef, useState, type FormEvent } from 'react';
import { DRAFT_LANGUAGES, LANGUAGE_NAMES, type DraftLanguage } from '../../../common/domain/language';
import type { Draft } from '../../../common/domain/draft';
import { callApi } from '../api';
import { Dialog } from '../components/dialog';
import { FormError } from '../components/form-error';
import { SelectField } from '../components/select-field';
import { useT } from '../i18n/use-t';
import { languageName } from '../library/labels';

interface TranslateDialogProps {
  draftId: string;
  language: DraftLanguage;
  onClose: () => void;
  /** The linked draft was made: open it. */
  onCreated: (draft: Draft) => void;
}

/** "Translate…": a linked draft in another language, with the same citations waiting for words. */
export function TranslateDialog({ draftId, language, onClose, onCreated }: TranslateDialogProps) {
  const t = useT();
  const others = DRAFT_LANGUAGES.filter((l) => l !== language);
  const [target, setTarget] = useState<DraftLanguage>(others[0]!);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.translateDraft({ id: draftId, language: target }));
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error.message);
  }

  return (
    <Dialog title={t('editor.translate.title')} onClose={onClose} initialFocus={selectRef}>
      <form className="form" onSubmit={(event) => void create(event)} noValidate>
        <p className="dialog-body">{t('editor.translate.intro')}</p>
        <SelectField
          ref={selectRef}
          label={t('editor.translate.language')}
          value={target}
          options={others.map((l) => ({ value: l, label: `${LANGUAGE_NAMES[l].native} (${languageName(l)})` }))}
          onChange={(event) => setTarget(event.target.value as DraftLanguage)}
          disabled={busy}
        />
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('editor.translate.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('editor.translate.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
