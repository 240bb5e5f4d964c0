import { useValidatedForm } from '../app/use-validated-form';
import { useId, useRef, useState, type FormEvent } from 'react';
import { isBareLabel } from '../../../common/attribution/label-forms';
import { RELIABILITY, sourceFieldsSchema, type Reliability, type Source } from '../../../common/domain/source';
import { Field } from '../components/field';
import { ScreenHeading } from '../components/screen-heading';
import { SelectField } from '../components/select-field';
import { TextAreaField } from '../components/text-area-field';
import { useFrame } from '../frame/frame-context';
import { useLibrary } from '../library/library';
import { LabelPreview } from './label-preview';
import { NewIdentityFields, type NewTerm } from './new-identity-fields';
import { identityTermsSchema } from '../../../common/domain/identity';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { byLanguageOf, localLabelDraft, LocalLabelFields, NOUN_NEEDED, type LocalLabelDraft, type LocalLabelKey } from './local-label-fields';
import { useT } from '../i18n/use-t';
import { firstMention } from '../library/names';
import { translate } from '../i18n/translate';

interface SourceDraft extends LocalLabelDraft {
  adjective: string;
  noun: string;
  qualifier: string;
  access: string;
  anonymityReason: string;
  reliability: Reliability;
  poolSize: string;
  notes: string;
  nickname: string;
}

type SourceErrors = Partial<Record<keyof SourceDraft, string>>;

export const SMALL_POOL = 10;

function draftOf(source: Source | null): SourceDraft {
  return {
    ...localLabelDraft(source?.label),
    adjective: source?.label.adjective ?? '',
    noun: source?.label.noun ?? '',
    qualifier: source?.label.qualifier ?? '',
    access: source?.access ?? '',
    anonymityReason: source?.anonymityReason ?? '',
    reliability: source?.reliability ?? 'unassessed',
    poolSize: source?.poolSize == null ? '' : String(source.poolSize),
    notes: source?.notes ?? '',
    nickname: source?.nickname ?? '',
  };
}

/** Empty is "unknown" (null); anything but a whole number is NaN, for the form to explain. */
function parsePool(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function validate(draft: SourceDraft) {
  const pool = parsePool(draft.poolSize);
  const { byLanguage, missingNoun } = byLanguageOf(draft);
  const candidate = {
    label: { adjective: draft.adjective, noun: draft.noun, qualifier: draft.qualifier, ...(byLanguage ? { byLanguage } : {}) },
    access: draft.access,
    anonymityReason: draft.anonymityReason,
    reliability: draft.reliability,
    poolSize: pool,
    notes: draft.notes,
    nickname: draft.nickname,
  };
  const parsed = sourceFieldsSchema.safeParse(candidate);
  if (parsed.success && missingNoun.length === 0) return { ok: true as const, fields: parsed.data };
  const errors: SourceErrors = {};
  for (const language of missingNoun) errors[`${language}:noun`] = NOUN_NEEDED;
  for (const issue of parsed.error?.issues ?? []) {
    // label.byLanguage.<language>.<part> → "<language>:<part>"
    const key = (
      issue.path[0] === 'label' && issue.path[1] === 'byLanguage' ? (`${String(issue.path[2])}:${String(issue.path[3])}` as LocalLabelKey) : issue.path[0] === 'label' ? issue.path[1] : issue.path[0]
    ) as keyof SourceDraft;
    errors[key] ??= key === 'poolSize' && Number.isNaN(pool) ? translate('sources.form.poolInvalid') : issue.message;
  }
  return { ok: false as const, errors };
}

interface SourceFormProps {
  source: Source | null;
  onSaved: (source: Source) => void;
  onCancel: () => void;
}

export function SourceForm({ source, onSaved, onCancel }: SourceFormProps) {
  const library = useLibrary();
  const { notify } = useFrame();
  const ids = useId();
  const { draft, update, errors, saving, error, formRef, submit } = useValidatedForm(() => draftOf(source), validate);

  const label = { adjective: draft.adjective, noun: draft.noun, qualifier: draft.qualifier, byLanguage: byLanguageOf(draft).byLanguage };
  const bare = draft.noun.trim() !== '' && isBareLabel(label);
  const pool = parsePool(draft.poolSize);
  const smallPool = typeof pool === 'number' && !Number.isNaN(pool) && pool < SMALL_POOL;
  const t = useT();
  const nicknameRef = useRef<HTMLInputElement>(null);
  // Saving a label another source already has asks for a nickname once; saving again goes ahead.
  const [sameLabelAsked, setSameLabelAsked] = useState<string | null>(null);
  // New sources only: who they are, saved to the identity compartment after the profile.
  const [identity, setIdentity] = useState<NewTerm[]>([{ key: 0, kind: 'name', value: '' }]);
  const [identityError, setIdentityError] = useState<string | null>(null);
  const labelText = firstMention(label);
  const sameLabel = library.sources.some((other) => other.id !== source?.id && firstMention(other.label) === labelText);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sameLabel && draft.nickname.trim() === '' && sameLabelAsked !== labelText) {
      setSameLabelAsked(labelText);
      nicknameRef.current?.focus();
      return;
    }
    const terms = identity.filter((term) => term.value.trim() !== '').map(({ kind, value }) => ({ kind, value: value.trim(), isPublic: false }));
    const parsedTerms = identityTermsSchema.safeParse(terms);
    if (!source && !parsedTerms.success) {
      setIdentityError(parsedTerms.error.issues[0]?.message ?? null);
      return;
    }
    setIdentityError(null);
    const saved = await submit((api, fields) => api.saveSource(source ? { ...fields, id: source.id } : fields));
    if (!saved) return;
    library.putSource(saved);
    if (!source && parsedTerms.success && parsedTerms.data.length > 0) {
      const withIdentity = await callApi((api) => api.saveIdentity({ sourceId: saved.id, terms: parsedTerms.data }));
      if (!withIdentity.ok) {
        // The profile is saved; the identity can be added on the source's page.
        notify(t('sources.newIdentity.failed', { message: withIdentity.error.message }));
        onSaved(saved);
        return;
      }
      library.putSource(withIdentity.value);
      setIdentity([]);
      notify(t('sources.newIdentity.saved'));
      onSaved(withIdentity.value);
      return;
    }
    notify(t('sources.form.saved'));
    onSaved(saved);
  }

  return (
    <article className="page">
      <ScreenHeading className="page-title">{source ? t('sources.form.edit') : t('sources.form.new')}</ScreenHeading>
      <p className="page-subtitle">{t('sources.form.subtitle')}</p>
      <form ref={formRef} className="form form-wide" onSubmit={(event) => void save(event)} noValidate>
        <fieldset className="form-fields" disabled={saving}>
          <fieldset className="label-fields">
            <legend className="field-label">{t('sources.form.label')}</legend>
            <p className="field-hint">{t('sources.form.labelHint')}</p>
            <div className="label-row">
              <Field
                label={t('sources.form.adjective')}
                value={draft.adjective}
                onChange={(event) => update({ adjective: event.target.value })}
                hint={t('sources.form.adjectiveHint')}
                error={errors.adjective}
                describedBy={bare ? `${ids}-bare` : undefined}
                autoComplete="off"
              />
              <Field
                label={t('sources.form.noun')}
                value={draft.noun}
                onChange={(event) => update({ noun: event.target.value })}
                hint={t('sources.form.nounHint')}
                error={errors.noun}
                autoComplete="off"
              />
              <Field
                label={t('sources.form.qualifier')}
                value={draft.qualifier}
                onChange={(event) => update({ qualifier: event.target.value })}
                hint={t('sources.form.qualifierHint')}
                error={errors.qualifier}
                describedBy={bare ? `${ids}-bare` : undefined}
                autoComplete="off"
              />
            </div>
            <div aria-live="polite">
              {bare ? (
                <p id={`${ids}-bare`} className="field-warning">
                  {t('sources.warning.bare')}
                </p>
              ) : null}
            </div>
          </fieldset>
          <LocalLabelFields draft={draft} errors={errors} update={update} />
          <LabelPreview label={label} />

          <Field
            ref={nicknameRef}
            label={t('sources.nickname.label')}
            value={draft.nickname}
            onChange={(event) => update({ nickname: event.target.value })}
            hint={t('sources.nickname.hint')}
            error={errors.nickname}
            describedBy={sameLabel && sameLabelAsked === labelText ? `${ids}-same` : undefined}
            autoComplete="off"
          >
            <div aria-live="assertive">
              {sameLabel && sameLabelAsked === labelText && draft.nickname.trim() === '' ? (
                <p id={`${ids}-same`} className="field-warning">
                  {t('sources.nickname.sameLabel', { label: labelText })}
                </p>
              ) : null}
            </div>
          </Field>

          {source ? null : <NewIdentityFields terms={identity} onChange={setIdentity} error={identityError} />}

          <TextAreaField
            label={t('sources.form.access')}
            hint={t('sources.form.accessHint')}
            value={draft.access}
            onChange={(event) => update({ access: event.target.value })}
            error={errors.access}
          />
          <TextAreaField
            label={t('sources.form.anonymity')}
            value={draft.anonymityReason}
            onChange={(event) => update({ anonymityReason: event.target.value })}
            error={errors.anonymityReason}
          />
          <SelectField
            label={t('sources.form.reliability')}
            value={draft.reliability}
            onChange={(event) => update({ reliability: event.target.value as Reliability })}
            options={RELIABILITY.map((value) => ({ value, label: t(`sources.reliability.${value}`) }))}
          />
          <Field
            label={t('sources.form.pool')}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={draft.poolSize}
            onChange={(event) => update({ poolSize: event.target.value })}
            hint={t('sources.form.poolHint')}
            error={errors.poolSize}
            describedBy={smallPool ? `${ids}-pool` : undefined}
          >
            <div aria-live="polite">
              {smallPool ? (
                <p id={`${ids}-pool`} className="field-warning">
                  {t('sources.warning.smallPool', { count: SMALL_POOL })}
                </p>
              ) : null}
            </div>
          </Field>
          <TextAreaField
            label={t('sources.form.notes')}
            value={draft.notes}
            onChange={(event) => update({ notes: event.target.value })}
            error={errors.notes}
            rows={5}
          />
        </fieldset>
        <FormError message={error} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('sources.form.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={saving}>
            {t('sources.form.cancel')}
          </button>
        </div>
      </form>
    </article>
  );
}
