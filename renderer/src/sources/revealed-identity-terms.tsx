import type { Ref } from 'react';
import type { IdentityTerm } from '../../../common/domain/identity';
import { termKindLabel } from '../library/labels';
import { useT } from '../i18n/use-t';

const SPACE = ' ';

// The terms of a revealed identity, each with its Copy button (main copies it and clears the
// clipboard).

interface RevealedIdentityTermsProps {
  terms: readonly IdentityTerm[];
  termsRef: Ref<HTMLUListElement>;
  /** Prefix of the ids that tie each Copy button to its term. */
  idPrefix: string;
  onCopy: (index: number) => void;
}

export function RevealedIdentityTerms({ terms, termsRef, idPrefix, onCopy }: RevealedIdentityTermsProps) {
  const t = useT();
  return terms.length === 0 ? (
    <p className="identity-state">{t('sources.identity.noTerms')}</p>
  ) : (
    <ul ref={termsRef} tabIndex={-1} className="identity-terms" aria-label={t('sources.identity.terms')}>
      {terms.map((term, index) => (
        <li key={index} className="identity-term">
          <span className="identity-term-kind">{termKindLabel(term.kind)}</span>
          {SPACE}
          <span className="identity-term-value" id={`${idPrefix}-term-${index}`}>
            {term.value}
          </span>
          {SPACE}
          {term.isPublic ? <span className="chip">{t('sources.identity.publicFigure')}</span> : null}
          <button
            type="button"
            className="button button-secondary button-small"
            aria-describedby={`${idPrefix}-term-${index}`}
            onClick={() => onCopy(index)}
          >
            {t('sources.identity.copy')}
          </button>
        </li>
      ))}
    </ul>
  );
}
