import { translate } from '../i18n/translate';
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
      return translate('back.search');
    case 'sources':
      return route.view.kind === 'detail' ? translate('back.source') : translate('back.sources');
    case 'statements':
      return route.view.kind === 'detail' ? translate('back.statement') : translate('back.statements');
    case 'overview':
      return translate('back.overview');
    case 'settings':
      return translate('back.settings');
    case 'drafts':
      return translate('back.drafts');
    // People and review packages
    case 'people':
      return translate('back.people');
    case 'audit':
      return translate('back.audit');
    case 'travel':
      return translate('back.travel');
    case 'backups':
      return translate('back.backups');
    case 'help':
      return translate('back.help');
  }
}
