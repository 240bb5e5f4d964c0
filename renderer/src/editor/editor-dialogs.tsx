import type { Editor } from '@tiptap/core';
import { useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../components/dialog';
import { Field } from '../components/field';
import { SAFE_HREF } from './editor-extensions';
import { FormError } from '../components/form-error';
import { useT } from '../i18n/use-t';

// A web address is typed in Latin letters in every language.
const LINK_PLACEHOLDER = 'https://';

/** Link: add, change or remove the link on the selected words. */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useT();
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [href, setHref] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  function apply(event: FormEvent) {
    event.preventDefault();
    const value = href.trim();
    if (!SAFE_HREF.test(value)) {
      setError(t('editor.link.invalid'));
      return;
    }
    if (editor.state.selection.empty && !editor.isActive('link')) {
      editor.chain().insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] }).run();
    } else {
      editor.chain().extendMarkRange('link').setLink({ href: value }).run();
    }
    onClose();
  }

  return (
    <Dialog title={current ? t('editor.link.edit') : t('editor.link.add')} onClose={onClose} initialFocus={inputRef}>
      <form className="form" onSubmit={apply} noValidate>
        <Field
          ref={inputRef}
          label={t('editor.link.address')}
          type="url"
          value={href}
          error={error}
          placeholder={LINK_PLACEHOLDER}
          autoComplete="off"
          onChange={(event) => {
            setHref(event.target.value);
            setError(null);
          }}
        />
        <div className="dialog-actions">
          {current ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                editor.chain().extendMarkRange('link').unsetLink().run();
                onClose();
              }}
            >
              {t('editor.link.remove')}
            </button>
          ) : null}
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('editor.link.apply')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface ConflictDialogProps {
  message: string;
  busy: boolean;
  error: string | null;
  onReload: () => void;
  onOverwrite: () => void;
}

/** A save was refused because the draft changed elsewhere: the reporter decides which text wins. */
export function ConflictDialog({ message, busy, error, onReload, onOverwrite }: ConflictDialogProps) {
  const t = useT();
  const keepRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t('editor.conflict.title')} role="alertdialog" onClose={() => {}} initialFocus={keepRef}>
      <div className="dialog-body">
        <p>{message}</p>
        <p>{t('editor.conflict.body')}</p>
      </div>
      <FormError message={error} />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={onReload}>
          {t('editor.conflict.reload')}
        </button>
        <button ref={keepRef} type="button" className="button button-primary" disabled={busy} onClick={onOverwrite}>
          {t('editor.conflict.overwrite')}
        </button>
      </div>
    </Dialog>
  );
}

interface LeaveDialogProps {
  message: string;
  onStay: () => void;
  onLeave: () => void;
}

/** Back to drafts while a save is failing. */
export function LeaveDialog({ message, onStay, onLeave }: LeaveDialogProps) {
  const t = useT();
  const stayRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t('editor.leave.title')} role="alertdialog" onClose={onStay} initialFocus={stayRef}>
      <div className="dialog-body">
        <p>{message}</p>
        <p>{t('editor.leave.body')}</p>
      </div>
      <div className="dialog-actions">
        <button ref={stayRef} type="button" className="button button-primary" onClick={onStay}>
          {t('editor.leave.stay')}
        </button>
        <button type="button" className="button button-danger" onClick={onLeave}>
          {t('editor.leave.leave')}
        </button>
      </div>
    </Dialog>
  );
}
