import { useId, useRef } from 'react';
import { IDENTITY_TERM_KINDS, IDENTITY_TERM_LABELS, type IdentityTermKind } from '../../../common/domain/source';
import { useT } from '../i18n/use-t';

// Who the source is, typed on the New source form: saved to the identity compartment right
// after the profile, then hidden like any identity (only the counts stay on screen).

export interface NewTerm {
  key: number;
  kind: IdentityTermKind;
  value: string;
}

interface NewIdentityFieldsProps {
  terms: NewTerm[];
  onChange: (terms: NewTerm[]) => void;
  error?: string | null;
}

export function NewIdentityFields({ terms, onChange, error }: NewIdentityFieldsProps) {
  const t = useT();
  const ids = useId();
  const nextKey = useRef(terms.length + 1);
  const change = (key: number, patch: Partial<NewTerm>) => onChange(terms.map((term) => (term.key === key ? { ...term, ...patch } : term)));
  return (
    <fieldset className="label-fields new-identity">
      <legend className="field-label">{t('sources.newIdentity.legend')}</legend>
      <p className="field-hint">{t('sources.newIdentity.hint')}</p>
      <ol className="term-rows" aria-label={t('sources.newIdentity.legend')}>
        {terms.map((term, index) => (
          <li key={term.key}>
            <fieldset className="term-row">
              <legend className="visually-hidden">{t('sources.newIdentity.term', { number: index + 1 })}</legend>
              <div className="field term-kind">
                <label className="field-sublabel" htmlFor={`${ids}-${term.key}-kind`}>
                  {t('sources.newIdentity.kind')}
                </label>
                <select
                  id={`${ids}-${term.key}-kind`}
                  className="input select"
                  value={term.kind}
                  onChange={(event) => change(term.key, { kind: event.target.value as IdentityTermKind })}
                >
                  {IDENTITY_TERM_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {IDENTITY_TERM_LABELS[kind]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field term-value">
                <label className="field-sublabel" htmlFor={`${ids}-${term.key}-value`}>
                  {t('sources.newIdentity.value')}
                </label>
                <input
                  id={`${ids}-${term.key}-value`}
                  className="input"
                  value={term.value}
                  maxLength={300}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) => change(term.key, { value: event.target.value })}
                />
              </div>
              {terms.length > 1 ? (
                <button type="button" className="button button-secondary button-small term-remove" onClick={() => onChange(terms.filter((x) => x.key !== term.key))}>
                  {t('sources.newIdentity.remove')}
                </button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      {error ? <p className="field-error">{error}</p> : null}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => onChange([...terms, { key: nextKey.current++, kind: 'name', value: '' }])}
      >
        {t('sources.newIdentity.add')}
      </button>
    </fieldset>
  );
}
