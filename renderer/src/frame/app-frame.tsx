import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CreatedVault, VaultStatus } from '../../../common/api/types';
import { callApi } from '../api';
import { DraftsPage } from '../drafts/drafts-page';
// People and review packages
import { AuditPage } from '../audit/audit-page';
import { PeoplePage } from '../people/people-page';
import { runBeforeLock } from '../editor/before-lock';
import { LibraryProvider } from '../library/library';
import { SearchPage } from '../search/search-page';
import { EMPTY_SEARCH, type SearchState } from '../search/search-query';
import { SourcesPage } from '../sources/sources-page';
import { QuickAddDialog } from '../statements/quick-add-dialog';
import { StatementsPage } from '../statements/statements-page';
import { FrameContext, type FrameActions, type NoticeAction } from './frame-context';
import { FrameHeader } from './frame-header';
import { MainNav } from './main-nav';
import { NoticeArea, type Notice } from './notices';
import { MergeNotices } from './merge-notices';
import { OverviewPage } from './overview-page';
import { SampleBanner } from './sample-banner';
import { rememberPlace, resumePlace } from './resume-place';
import { routeFor, type DraftPlace, type Route } from './routes';
import { useFrameShortcuts } from './use-frame-shortcuts';
import { useLockShortcut } from './use-lock-shortcut';
import { VaultSettingsPage } from './vault-settings-page';
import { FormError } from '../components/form-error';
import { IdentitiesAwayContext } from '../travel/identities-away';
import { TravelPage } from '../travel/travel-page';
// Backups, auto-lock
import { BackupsPage } from '../backups/backups-page';
import { useAutoLock } from '../app/use-auto-lock';
import { DeskArrivals } from '../desk/desk-arrivals';
// Shortcuts and help
import { HelpPage } from '../help/help-page';
import { ShortcutSheet } from '../help/shortcut-sheet';

interface AppFrameProps {
  status: VaultStatus;
  onStatus: (status: VaultStatus) => void;
  /** A replaced recovery key, to show once and confirm (Vault settings › Security). */
  onNewRecoveryKey?: (created: CreatedVault) => void;
}

export function AppFrame({ status, onStatus, onNewRecoveryKey = () => undefined }: AppFrameProps) {
  // Unlocking comes back to where the user was when this vault locked (page and open item).
  const [route, setRoute] = useState<Route>(() => resumePlace(status.path) ?? { page: 'overview' });
  useEffect(() => rememberPlace(status.path, route), [status.path, route]);
  const rememberDraft = useCallback(
    (open: DraftPlace | null) => rememberPlace(status.path, open ? { page: 'drafts', open } : { page: 'drafts' }),
    [status.path],
  );
  const [locking, setLocking] = useState(false);
  const [lockError, setLockError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [quickAddOpen, setQuickAddOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  // Kept here so a search survives opening one of its results and coming back.
  const [search, setSearch] = useState<SearchState>(EMPTY_SEARCH);
  const [searchFocus, setSearchFocus] = useState(0);
  // Drafts in the nav while a draft is open: counted, so the drafts page saves and shows its list.
  const [draftsListRequest, setDraftsListRequest] = useState(0);
  // A ref, not state, so a burst of Ctrl+L presses sends one lock request.
  const lockInFlight = useRef(false);
  const noticeId = useRef(0);

  const lock = useCallback(async () => {
    if (lockInFlight.current) return;
    lockInFlight.current = true;
    setLocking(true);
    setLockError(null);
    // Locking saves first: a draft's pending autosave must land before the keys are dropped.
    await runBeforeLock();
    const result = await callApi((api) => api.lock({}));
    lockInFlight.current = false;
    if (result.ok) {
      onStatus(result.value); // The app remounts without this tree.
      return;
    }
    setLocking(false);
    setLockError(result.error.message);
  }, [onStatus]);

  const requestLock = useCallback(() => void lock(), [lock]);
  useLockShortcut(requestLock);
  useAutoLock(requestLock, onStatus);

  const notify = useCallback((message: string, action?: NoticeAction) => {
    noticeId.current += 1;
    setNotice({ id: noticeId.current, message, action });
  }, []);
  const dismissNotice = useCallback((id: number) => setNotice((current) => (current?.id === id ? null : current)), []);
  const openQuickAdd = useCallback(() => setQuickAddOpen(true), []);
  const focusSearch = useCallback(() => {
    setRoute({ page: 'search' });
    setSearchFocus((n) => n + 1);
  }, []);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  useFrameShortcuts({ onQuickAdd: openQuickAdd, onSearch: focusSearch, onShortcutSheet: openShortcuts });

  const actions = useMemo<FrameActions>(
    () => ({ navigate: setRoute, notify, openQuickAdd }),
    [notify, openQuickAdd],
  );

  function page() {
    switch (route.page) {
      case 'overview':
        return <OverviewPage status={status} />;
      case 'settings':
        return <VaultSettingsPage status={status} onStatus={onStatus} onNewRecoveryKey={onNewRecoveryKey} />;
      case 'sources':
        return <SourcesPage view={route.view} />;
      case 'statements':
        return <StatementsPage view={route.view} />;
      case 'search':
        return <SearchPage state={search} onState={setSearch} focusRequest={searchFocus} />;
      case 'drafts':
        // Keyed by the item asked for: the desk opening a draft starts the page on it.
        return (
          <DraftsPage
            key={route.open ? `${route.open.screen}:${route.open.id}` : 'list'}
            initial={route.open}
            onPlace={rememberDraft}
            listRequest={draftsListRequest}
          />
        );
      // People and review packages
      case 'people':
        return <PeoplePage key={route.copyId ?? 'people'} initialCopyId={route.copyId} />;
      case 'audit':
        return <AuditPage />;
      case 'travel':
        return <TravelPage onStatus={onStatus} />;
      case 'backups':
        return <BackupsPage onStatus={onStatus} />;
      case 'help':
        return <HelpPage onShortcuts={openShortcuts} />;
    }
  }

  return (
    <LibraryProvider>
      <IdentitiesAwayContext value={status.identitiesAway === true}>
      <FrameContext value={actions}>
        <div className="frame">
          <FrameHeader status={status} page={route.page} locking={locking} onLock={requestLock} onQuickAdd={openQuickAdd} />
          {status.sample ? <SampleBanner onStatus={onStatus} /> : null}
          <div className="frame-body">
            <MainNav
              page={route.page}
              onNavigate={(next) => {
                setSearchFocus(0);
                // Already on Drafts: the page itself goes back to its list, saving an open draft
                // first (a new route would unmount the editor without waiting for its save).
                if (next === 'drafts' && route.page === 'drafts') setDraftsListRequest((n) => n + 1);
                else setRoute(routeFor(next));
              }}
            />
            <main className="frame-main">
              <FormError message={lockError} />
              <MergeNotices />
              {page()}
            </main>
          </div>
          <NoticeArea notice={notice} onDismiss={dismissNotice} />
          <DeskArrivals />
        </div>
        {quickAddOpen ? <QuickAddDialog onClose={() => setQuickAddOpen(false)} /> : null}
        {shortcutsOpen ? <ShortcutSheet onClose={() => setShortcutsOpen(false)} /> : null}
      </FrameContext>
      </IdentitiesAwayContext>
    </LibraryProvider>
  );
}
