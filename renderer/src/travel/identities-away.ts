import { createContext, use } from 'react';

/** True while the identities are away (travel mode): identity actions are replaced by a note. */
export const IdentitiesAwayContext = createContext(false);

export function useIdentitiesAway(): boolean {
  return use(IdentitiesAwayContext);
}

export const AWAY_NOTE = 'Identities are away (travel mode).';
