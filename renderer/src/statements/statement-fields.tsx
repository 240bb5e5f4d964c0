import { useId, type Ref } from 'react';
import {
  CHANNELS,
  STATEMENT_KINDS,
  statementFieldsSchema,
  type Channel,
  type StatementFields,
  type StatementKind,
} from '../../../common/domain/statement';
import { Field, FieldMessages, useFieldIds } from '../components/field';
import { SelectField } from '../components/select-field';
import { useLibrary } from '../library/library';
import { useT } from '../i18n/use-t';
import { changePrecision, saidOnFromDraft, type SaidOnDraft, type SaidOnPrecision } from '../library/said-on';
import { parseTags } from '../library/tags';
import { channelLabel, statementKindLabel } from '../library/labels';
import { translate } from '../i18n/translate';
import type { MessageId } from '../i18n/messages';

// The pieces every statement form shares: full form, quick add and paste-and-split defaults.

export interface StatementDraft {
  sourceId: string;
  text: string;
  kind: StatementKind;
  saidOn: SaidOnDraft;
  channel: Channel;
  tags: string;
  notes: string;
}

export type StatementErrors = Partial<Record<keyof StatementDraft, string>>;

const FIELD_ORDER: (keyof StatementDraft)[] = ['sourceId', 'text', 'kind', 'saidOn', 'channel', 'tags', 'notes'];

/** Runs the contract's own schema, so the form says what main would refuse, field by field. */
export function validateStatement(
  draft: StatementDraft,
): { ok: true; fields: StatementFields } | { ok: false; errors: StatementErrors } {
  const errors: StatementErrors = {};
  const saidOn = saidOnFromDraft(draft.saidOn);
  if (!saidOn.ok) errors.saidOn = saidOn.error;
  const candidate = {
    sourceId: draft.sourceId,
    text: draft.text,
    kind: draft.kind,
    saidOn: saidOn.ok ? saidOn.value : null,
    channel: draft.channel,
    notes: draft.notes,
    tags: parseTags(draft.tags),
  };
  const parsed = statementFieldsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof StatementDraft | undefined;
      if (key && FIELD_ORDER.includes(key) && !errors[key]) {
        errors[key] = key === 'tags' && typeof issue.path[1] === 'number' ? translate('statements.fields.tagError', { tag: candidate.tags[issue.path[1]], message: issue.message }) : issue.message;
      }
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, fields: parsed.data };
}

export function SourceSelect({
  value,
  onChange,
  error,
  disabled,
  label,
  ref,
}: {
  value: string;
  onChange: (sourceId: string) => void;
  error?: string | null;
  disabled?: boolean;
  label?: string;
  ref?: Ref<HTMLSelectElement>;
}) {
  const library = useLibrary();
  const t = useT();
  const options = library.sources
    .filter((source) => !source.archived || source.id === value)
    .map((source) => ({ value: source.id, label: library.sourceName(source.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <SelectField
      ref={ref}
      label={label ?? t('statements.fields.source')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={[{ value: '', label: t('statements.fields.chooseSource') }, ...options]}
      error={error}
      disabled={disabled}
    />
  );
}

export function KindRadios({
  value,
  onChange,
  disabled,
}: {
  value: StatementKind;
  onChange: (kind: StatementKind) => void;
  disabled?: boolean;
}) {
  const name = useId();
  const t = useT();
  return (
    <fieldset className="field choice-group" disabled={disabled}>
      <legend className="field-label">{t('statements.fields.kind')}</legend>
      <div className="choice-row">
        {STATEMENT_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)} />
            {statementKindLabel(kind)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// A year as the placeholder of the year field: digits, the same in every language.
const YEAR_EXAMPLE = '2024';

// The common case first: the day it was said.
const PRECISIONS: { value: SaidOnPrecision; label: MessageId }[] = [
  { value: 'day', label: 'statements.fields.day' },
  { value: 'month', label: 'statements.fields.month' },
  { value: 'year', label: 'statements.fields.year' },
  { value: 'unknown', label: 'statements.fields.unknownDate' },
];

/** "Date said" with the precision the reporter actually knows: nothing, a year, a month or a day. */
export function SaidOnField({
  value,
  onChange,
  error,
  disabled,
}: {
  value: SaidOnDraft;
  onChange: (draft: SaidOnDraft) => void;
  error?: string | null;
  disabled?: boolean;
}) {
  const t = useT();
  const hint = value.precision === 'unknown' ? null : t('statement.saidOn.hint');
  const { id, errorId, hintId, described } = useFieldIds(hint, error);
  const inputProps = { disabled, 'aria-describedby': described, 'aria-invalid': error ? true : undefined } as const;
  return (
    <fieldset className="field said-on" disabled={disabled}>
      <legend className="field-label">{t('statements.fields.saidOn')}</legend>
      <div className="said-on-row">
        <div className="field said-on-precision">
          <label className="field-sublabel" htmlFor={`${id}-precision`}>
            {t('statements.fields.precision')}
          </label>
          <select
            id={`${id}-precision`}
            className="input select"
            value={value.precision}
            onChange={(event) => onChange(changePrecision(value, event.target.value as SaidOnPrecision))}
          >
            {PRECISIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </select>
        </div>
        {value.precision === 'year' ? (
          <div className="field">
            <label className="field-sublabel" htmlFor={`${id}-year`}>
              {t('statements.fields.year')}
            </label>
            <input
              id={`${id}-year`}
              className="input said-on-year"
              type="number"
              inputMode="numeric"
              min={1900}
              max={2200}
              placeholder={YEAR_EXAMPLE}
              value={value.year}
              onChange={(event) => onChange({ ...value, year: event.target.value })}
              {...inputProps}
            />
          </div>
        ) : value.precision === 'month' ? (
          <div className="field">
            <label className="field-sublabel" htmlFor={`${id}-month`}>
              {t('statements.fields.month')}
            </label>
            <input
              id={`${id}-month`}
              className="input"
              type="month"
              min="1900-01"
              max="2200-12"
              value={value.month}
              onChange={(event) => onChange({ ...value, month: event.target.value })}
              {...inputProps}
            />
          </div>
        ) : value.precision === 'day' ? (
          <div className="field">
            <label className="field-sublabel" htmlFor={`${id}-day`}>
              {t('statements.fields.day')}
            </label>
            <input
              id={`${id}-day`}
              className="input"
              type="date"
              min="1900-01-01"
              max="2200-12-31"
              value={value.day}
              onChange={(event) => onChange({ ...value, day: event.target.value })}
              {...inputProps}
            />
          </div>
        ) : null}
      </div>
      <FieldMessages hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </fieldset>
  );
}

export function ChannelSelect({ value, onChange, disabled }: { value: Channel; onChange: (channel: Channel) => void; disabled?: boolean }) {
  const t = useT();
  return (
    <SelectField
      label={t('statements.fields.channel')}
      value={value}
      onChange={(event) => onChange(event.target.value as Channel)}
      options={CHANNELS.map((channel) => ({ value: channel, label: channelLabel(channel) }))}
      disabled={disabled}
    />
  );
}

export function TagsField({
  value,
  onChange,
  error,
  disabled,
}: {
  value: string;
  onChange: (tags: string) => void;
  error?: string | null;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <Field
      label={t('statements.fields.tags')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      hint={t('statements.fields.tagsHint')}
      error={error}
      disabled={disabled}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
