import { createContext, use } from 'react';
import { translate } from '../i18n/translate';

/** True while the identities are away (travel mode): identity actions are replaced by a note. */
export const IdentitiesAwayContext = createContext(false);

export function useIdentitiesAway(): boolean {
  return use(IdentitiesAwayContext);
}

/** The note shown where an identity action would be, in the interface language. */
export const awayNote = (): string => translate('travel.awayNote');

/** @deprecated English only; use awayNote(). */
export const AWAY_NOTE = 'Identities are away (travel mode).';
