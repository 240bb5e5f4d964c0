import type { DeskOverview } from '../../domain/desk-overview';
import { method, noInput } from './fields';

// The desk page (overview area).

export const overviewMethods = {
  /** What needs the reporter or editor now: drafts and their blockers, packages, sources, safety; each list bounded. */
  getDesk: method<DeskOverview>()(noInput),
};
