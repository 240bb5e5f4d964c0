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
import { useT } from '../i18n/use-t';

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
  const t = useT();
  const { draft, update, errors, saving, error, formRef, submit } = useValidatedForm(() => draftOf(statement, initialSourceId), validateStatement);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit((api, fields) => api.saveStatement(statement ? { ...fields, id: statement.id } : fields));
    if (!saved) return;
    library.putStatements([saved]);
    notify(t('statements.saved'));
    onSaved(saved);
  }

  return (
    <article className="page">
      <ScreenHeading className="page-title">{statement ? t('statements.form.edit') : t('statements.form.new')}</ScreenHeading>
      <p className="page-subtitle">
        {statement
          ? t('statements.form.editIntro')
          : t('statements.form.newIntro')}
      </p>
      <form ref={formRef} className="form form-wide" onSubmit={(event) => void save(event)} noValidate>
        <fieldset className="form-fields" disabled={saving}>
          <SourceSelect value={draft.sourceId} onChange={(sourceId) => update({ sourceId })} error={errors.sourceId} />
          <TextAreaField
            label={t('statements.form.text')}
            hint={t('statements.form.textHint')}
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
            label={t('statements.form.notes')}
            hint={t('statements.form.notesHint')}
            value={draft.notes}
            onChange={(event) => update({ notes: event.target.value })}
            error={errors.notes}
          />
        </fieldset>
        <FormError message={error} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('statements.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </article>
  );
}
