import type { Editor } from '@tiptap/core';
import { useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../components/dialog';
import { Field } from '../components/field';
import { SAFE_HREF } from './editor-extensions';
import { FormError } from '../components/form-error';

/** Link: add, change or remove the link on the selected words. */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [href, setHref] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  function apply(event: FormEvent) {
    event.preventDefault();
    const value = href.trim();
    if (!SAFE_HREF.test(value)) {
      setError('Use a web address starting with https:// or http://, or a mailto: address.');
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
    <Dialog title={current ? 'Edit link' : 'Add link'} onClose={onClose} initialFocus={inputRef}>
      <form className="form" onSubmit={apply} noValidate>
        <Field
          ref={inputRef}
          label="Link address"
          type="url"
          value={href}
          error={error}
          placeholder="https://"
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
              Remove link
            </button>
          ) : null}
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Apply link
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
  const keepRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title="This draft was changed elsewhere" role="alertdialog" onClose={() => {}} initialFocus={keepRef}>
      <div className="dialog-body">
        <p>{message}</p>
        <p>Your text is still here. Reload the saved version (your unsaved changes are dropped), or keep yours and write it over the saved one.</p>
      </div>
      <FormError message={error} />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={onReload}>
          Reload the saved version
        </button>
        <button ref={keepRef} type="button" className="button button-primary" disabled={busy} onClick={onOverwrite}>
          Keep mine and overwrite
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
  const stayRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title="Your latest changes are not saved" role="alertdialog" onClose={onStay} initialFocus={stayRef}>
      <div className="dialog-body">
        <p>{message}</p>
        <p>If you leave now, Shieldnote keeps trying to save them for a little while, but they may be lost.</p>
      </div>
      <div className="dialog-actions">
        <button ref={stayRef} type="button" className="button button-primary" onClick={onStay}>
          Stay
        </button>
        <button type="button" className="button button-danger" onClick={onLeave}>
          Leave anyway
        </button>
      </div>
    </Dialog>
  );
}
