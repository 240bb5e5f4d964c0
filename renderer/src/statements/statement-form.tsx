import { useValidatedForm } from '../app/use-validated-form';
import { type FormEvent } from 'react';
import type { Statement } from '../../../common/domain/statement';
import { ScreenHeading } from '../components/screen-heading';
import { TextAreaField } from '../components/text-area-field';
import { useFrame } from '../frame/frame-context';
import { useLibrary } from '../library/library';
import { EMPTY_SAID_ON, draftFromSaidOn } from '../library/said-on';
import { formatTags } from '../library/tags';
import {
  ChannelSelect,
  KindRadios,
  SaidOnField,
  SourceSelect,
  TagsField,
  validateStatement,
  type StatementDraft,
} from './statement-fields';
import { FormError } from '../components/form-error';

export function draftOf(statement: Statement | null, sourceId = ''): StatementDraft {
  if (!statement) {
    return { sourceId, text: '', kind: 'quote', saidOn: EMPTY_SAID_ON, channel: 'in-person', tags: '', notes: '' };
  }
  return {
    sourceId: statement.sourceId,
    text: statement.text,
    kind: statement.kind,
    saidOn: draftFromSaidOn(statement.saidOn),
    channel: statement.channel,
    tags: formatTags(statement.tags),
    notes: statement.notes,
  };
}

interface StatementFormProps {
  /** null for a new statement. */
  statement: Statement | null;
  initialSourceId?: string;
  onSaved: (statement: Statement) => void;
  onCancel: () => void;
}

export function StatementForm({ statement, initialSourceId, onSaved, onCancel }: StatementFormProps) {
  const library = useLibrary();
  const { notify } = useFrame();
  const { draft, update, errors, saving, error, formRef, submit } = useValidatedForm(() => draftOf(statement, initialSourceId), validateStatement);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit((api, fields) => api.saveStatement(statement ? { ...fields, id: statement.id } : fields));
    if (!saved) return;
    library.putStatements([saved]);
    notify('Statement saved.');
    onSaved(saved);
  }

  return (
    <article className="page">
      <ScreenHeading className="page-title">{statement ? 'Edit statement' : 'New statement'}</ScreenHeading>
      <p className="page-subtitle">
        {statement
          ? 'Changing the words keeps the earlier version in the statement’s history.'
          : 'Record what was said, word for word.'}
      </p>
      <form ref={formRef} className="form form-wide" onSubmit={(event) => void save(event)} noValidate>
        <fieldset className="form-fields" disabled={saving}>
          <SourceSelect value={draft.sourceId} onChange={(sourceId) => update({ sourceId })} error={errors.sourceId} />
          <TextAreaField
            label="What was said"
            hint="Verbatim: exactly as said or written."
            value={draft.text}
            onChange={(event) => update({ text: event.target.value })}
            error={errors.text}
            rows={8}
          />
          <KindRadios value={draft.kind} onChange={(kind) => update({ kind })} />
          <SaidOnField value={draft.saidOn} onChange={(saidOn) => update({ saidOn })} error={errors.saidOn} />
          <ChannelSelect value={draft.channel} onChange={(channel) => update({ channel })} />
          <TagsField value={draft.tags} onChange={(tags) => update({ tags })} error={errors.tags} />
          <TextAreaField
            label="Reporter's notes"
            hint="Context for you; never part of the statement."
            value={draft.notes}
            onChange={(event) => update({ notes: event.target.value })}
            error={errors.notes}
          />
        </fieldset>
        <FormError message={error} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={saving}>
            Save statement
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
        </div>
      </form>
    </article>
  );
}
