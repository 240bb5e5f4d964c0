import { useValidatedForm } from '../app/use-validated-form';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { sourceFieldsSchema } from '../../../common/domain/source';
import { callApi } from '../api';
import { saveShortcut } from '../app/platform';
import { matches } from '../app/shortcuts';
import { Dialog } from '../components/dialog';
import { Field } from '../components/field';
import { TextAreaField } from '../components/text-area-field';
import { useFrame } from '../frame/frame-context';
import { useLibrary } from '../library/library';
import { firstMention } from '../library/names';
import { draftOf } from './statement-form';
import { KindRadios, SaidOnField, SourceSelect, TagsField, validateStatement } from './statement-fields';
import { FormError } from '../components/form-error';
import { FormattedMessage } from 'react-intl';
import { useT } from '../i18n/use-t';

const ELLIPSIS = '…';

/** With no source yet, one can be made here from a noun and a qualifier; the rest can wait. */
function InlineNewSource({ onCreated, disabled }: { onCreated: (id: string) => void; disabled: boolean }) {
  const library = useLibrary();
  const t = useT();
  const qualifierRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    qualifierRef.current?.focus();
  }, []);
  const { navigate } = useFrame();
  const [adjective, setAdjective] = useState('');
  const [noun, setNoun] = useState('source');
  const [qualifier, setQualifier] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = { adjective, noun, qualifier };

  async function create() {
    const fields = { label, access: '', anonymityReason: '', reliability: 'unassessed' as const, poolSize: null, notes: '' };
    const parsed = sourceFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? t('statements.quick.checkLabel'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.saveSource(parsed.data));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    library.putSource(result.value);
    onCreated(result.value.id);
  }

  return (
    <fieldset className="inline-source" disabled={disabled || busy}>
      <legend className="field-label">{t('statements.quick.newSource')}</legend>
      <p className="field-hint">
        <FormattedMessage
          id="statements.quick.noSources"
          values={{
            link: (chunks) => (
              <button type="button" className="link-button" onClick={() => navigate({ page: 'sources', view: { kind: 'new' } })}>
                {chunks}
              </button>
            ),
          }}
        />
      </p>
      <div className="inline-source-row">
        <Field label={t('statements.quick.adjective')} value={adjective} onChange={(event) => setAdjective(event.target.value)} autoComplete="off" />
        <Field label={t('statements.quick.noun')} value={noun} onChange={(event) => setNoun(event.target.value)} autoComplete="off" />
        <Field
          ref={qualifierRef}
          label={t('statements.quick.qualifier')}
          value={qualifier}
          onChange={(event) => setQualifier(event.target.value)}
          placeholder={t('statements.quick.qualifierPlaceholder')}
          autoComplete="off"
        />
      </div>
      <p className="field-hint" aria-live="polite">
        {t('statements.quick.firstMention', { mention: noun.trim() ? firstMention(label) : ELLIPSIS })}
      </p>
      <FormError message={error} />
      <button type="button" className="button button-secondary button-small" onClick={() => void create()}>
        {t('statements.quick.createSource')}
      </button>
    </fieldset>
  );
}

/** Ctrl+Shift+N from anywhere: the few fields needed to catch a statement before it is lost. */
export function QuickAddDialog({ onClose }: { onClose: () => void }) {
  const library = useLibrary();
  const t = useT();
  return (
    <Dialog title={t('statements.quick.title')} onClose={onClose} className="dialog-wide">
      {library.phase === 'ready' ? (
        <QuickAddForm onClose={onClose} />
      ) : library.phase === 'loading' ? (
        <p role="status" className="loading">
          {t('statements.quick.opening')}
        </p>
      ) : (
        <>
          <p role="alert" className="form-error">
            {library.error}
          </p>
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={onClose}>
              {t('statements.quick.close')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function QuickAddForm({ onClose }: { onClose: () => void }) {
  const library = useLibrary();
  const { notify } = useFrame();
  const t = useT();
  const hasSources = library.sources.some((source) => !source.archived);
  const { draft, update, errors, saving, error, formRef, submit } = useValidatedForm(() => {
    const active = library.sources.filter((source) => !source.archived);
    return draftOf(null, active.length === 1 ? active[0]!.id : '');
  }, validateStatement);
  const firstRef = useRef<HTMLSelectElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [createdInline, setCreatedInline] = useState(false);

  // Start where typing is needed: the text when the source is already known, else the source.
  // (With no source yet, the inline source form focuses its own field.)
  useEffect(() => {
    if (hasSources) (draft.sourceId ? textRef : firstRef).current?.focus();
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The inline source form goes away once the source exists: carry on in the text.
  useEffect(() => {
    if (createdInline) textRef.current?.focus();
  }, [createdInline]);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    const saved = await submit((api, fields) => api.saveStatement(fields));
    if (!saved) return;
    library.putStatements([saved]);
    notify(t('statements.saved'));
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (matches('quickAddSave', event)) {
      event.preventDefault();
      void save();
      return;
    }
    if (event.key !== 'Enter') return;
    // Enter in a one-line field does not send a half-written statement; in the text it is a new line.
    if (event.target instanceof HTMLInputElement && event.target.type !== 'submit' && event.target.type !== 'button') {
      event.preventDefault();
    }
  }

  return (
    <form ref={formRef} className="form" onSubmit={(event) => void save(event)} onKeyDown={onKeyDown} noValidate>
        {hasSources ? (
          <SourceSelect ref={firstRef} value={draft.sourceId} onChange={(sourceId) => update({ sourceId })} error={errors.sourceId} disabled={saving} />
        ) : (
          <InlineNewSource
            disabled={saving}
            onCreated={(sourceId) => {
              update({ sourceId });
              setCreatedInline(true);
            }}
          />
        )}
        <TextAreaField
          ref={textRef}
          label={t('statements.form.text')}
          value={draft.text}
          onChange={(event) => update({ text: event.target.value })}
          error={errors.text}
          rows={5}
          disabled={saving}
        />
        <KindRadios value={draft.kind} onChange={(kind) => update({ kind })} disabled={saving} />
        <SaidOnField value={draft.saidOn} onChange={(saidOn) => update({ saidOn })} error={errors.saidOn} disabled={saving} />
        <TagsField value={draft.tags} onChange={(tags) => update({ tags })} error={errors.tags} disabled={saving} />
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={saving}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={saving} aria-keyshortcuts={saveShortcut.aria}>
            {t('statements.save')}
            <kbd className="shortcut shortcut-on-accent" aria-hidden="true">
              {saveShortcut.label}
            </kbd>
          </button>
        </div>
    </form>
  );
}
