// Where the unlocked app is. Plain data in the frame's state: gone with the frame on lock.

export type SourcesView =
  | { kind: 'list'; focusId?: string }
  | { kind: 'new' }
  | { kind: 'detail'; id: string; back?: Route }
  | { kind: 'edit'; id: string; back?: Route };

export type StatementsView =
  /** sourceId: start the list filtered to one source. */
  | { kind: 'list'; focusId?: string; sourceId?: string }
  | { kind: 'new'; sourceId?: string; back?: Route }
  | { kind: 'detail'; id: string; back?: Route }
  | { kind: 'edit'; id: string; back?: Route }
  | { kind: 'paste' }
  | { kind: 'import' };

/** A draft opened on the drafts page: which one, and which of its screens. */
export interface DraftPlace {
  id: string;
  screen: 'editor' | 'export' | 'review';
}

export type Route =
  | { page: 'overview' }
  | { page: 'settings' }
  | { page: 'sources'; view: SourcesView }
  | { page: 'statements'; view: StatementsView }
  | { page: 'search' }
  | { page: 'drafts'; open?: DraftPlace }
  // People and review packages
  | { page: 'people'; copyId?: string }
  | { page: 'audit' }
  | { page: 'travel' }
  | { page: 'backups' }
  | { page: 'help' };

export type FramePage = Route['page'];

export function routeFor(page: FramePage): Route {
  switch (page) {
    case 'sources':
      return { page, view: { kind: 'list' } };
    case 'statements':
      return { page, view: { kind: 'list' } };
    default:
      return { page };
  }
}

/** The words on a "Back" button leading to `route`. */
export function backLabel(route: Route): string {
  switch (route.page) {
    case 'search':
      return 'Back to search results';
    case 'sources':
      return route.view.kind === 'detail' ? 'Back to the source' : 'Back to sources';
    case 'statements':
      return route.view.kind === 'detail' ? 'Back to the statement' : 'Back to statements';
    case 'overview':
      return 'Back to the desk';
    case 'settings':
      return 'Back to vault settings';
    case 'drafts':
      return 'Back to drafts';
    // People and review packages
    case 'people':
      return 'Back to people';
    case 'audit':
      return 'Back to the audit log';
    case 'travel':
      return 'Back to travel mode';
    case 'backups':
      return 'Back to backups';
    case 'help':
      return 'Back to help';
  }
}
