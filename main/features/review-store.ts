import { emptyReview, type CorroborationLink, type DraftReview } from '../../common/domain/review';
import type { CatalogData } from '../vault/catalog-adapter';
import type { Vault } from '../vault/vault';
import { collectionIn } from './collections';

// Where reviews and corroboration links sit in the catalog: one review per draft, one link per
// pair of statements. Kept apart from review.ts so drafts.ts can clear a sign-off without a cycle.

export const REVIEWS = 'reviews';
export const CORROBORATIONS = 'corroborations';

export function readReview(vault: Vault, draftId: string): DraftReview {
  return vault.collection<DraftReview>(REVIEWS)[draftId] ?? emptyReview(draftId);
}

/** The review inside a catalog write, created on first use. */
export function reviewIn(data: CatalogData, draftId: string): DraftReview {
  const reviews = collectionIn<DraftReview>(data, REVIEWS);
  reviews[draftId] ??= emptyReview(draftId);
  return reviews[draftId];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

export function readCorroborations(vault: Vault): CorroborationLink[] {
  return Object.values(vault.collection<CorroborationLink>(CORROBORATIONS));
}

/** Clears a sign-off when the reporter moves an approved draft back by hand. */
export function withdrawSignOff(data: CatalogData, draftId: string): void {
  const review = collectionIn<DraftReview>(data, REVIEWS)[draftId];
  if (review) review.signOff = null;
}
