import type { Ref } from 'react';
import type { IdentityTerm } from '../../../common/domain/identity';
import { IDENTITY_TERM_LABELS } from '../../../common/domain/source';

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
  return terms.length === 0 ? (
    <p className="identity-state">No identity terms.</p>
  ) : (
    <ul ref={termsRef} tabIndex={-1} className="identity-terms" aria-label="Identity terms">
      {terms.map((term, index) => (
        <li key={index} className="identity-term">
          <span className="identity-term-kind">{IDENTITY_TERM_LABELS[term.kind]}</span>{' '}
          <span className="identity-term-value" id={`${idPrefix}-term-${index}`}>
            {term.value}
          </span>{' '}
          {term.isPublic ? <span className="chip">Public figure</span> : null}
          <button
            type="button"
            className="button button-secondary button-small"
            aria-describedby={`${idPrefix}-term-${index}`}
            onClick={() => onCopy(index)}
          >
            Copy
          </button>
        </li>
      ))}
    </ul>
  );
}
