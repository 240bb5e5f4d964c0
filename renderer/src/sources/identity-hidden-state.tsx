import type { Ref } from 'react';
import type { Source } from '../../../common/domain/source';
import { identitySummaryText } from '../library/names';
import { useT } from '../i18n/use-t';

const SPACE = ' ';

// What the identity panel shows while the terms are not on screen: the state line (away, hidden
// with its counts, or none recorded) and the Reveal…, Add identity… and Burn identity… actions.

export function IdentityStateLine({ source, away }: { source: Source; away: boolean }) {
  const t = useT();
  if (away) {
    return (
      <p className="identity-state">
        <span className="identity-hidden">{t('sources.identity.away')}</span>
        {SPACE}
        {t('travel.awayNote')}
      </p>
    );
  }
  if (source.identity.termCount > 0) {
    return (
      <p className="identity-state">
        <span className="identity-hidden">{t('sources.identity.hidden')}</span>
        {SPACE}
        <span className="identity-counts">{identitySummaryText(source.identity)}</span>
      </p>
    );
  }
  return <p className="identity-state">{t('sources.identity.none')}</p>;
}

interface IdentityHiddenActionsProps {
  source: Source;
  away: boolean;
  /** The Reveal… or Add identity… button, where focus returns when the terms are hidden. */
  revealButtonRef: Ref<HTMLButtonElement>;
  onReveal: () => void;
  onAdd: () => void;
  onBurn: () => void;
}

export function IdentityHiddenActions({ source, away, revealButtonRef, onReveal, onAdd, onBurn }: IdentityHiddenActionsProps) {
  const t = useT();
  return (
    <div className="button-row">
      {away ? null : source.identity.termCount > 0 ? (
        <button ref={revealButtonRef} type="button" className="button button-secondary" onClick={onReveal}>
          {t('sources.identity.reveal')}
        </button>
      ) : (
        <button ref={revealButtonRef} type="button" className="button button-secondary" onClick={onAdd}>
          {t('sources.identity.add')}
        </button>
      )}
      {source.identity.termCount > 0 ? (
        <button type="button" className="button button-secondary button-danger-text" onClick={onBurn}>
          {t('sources.identity.burn')}
        </button>
      ) : null}
    </div>
  );
}
