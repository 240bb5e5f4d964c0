import { use, useEffect, useState } from 'react';
import { useRequest } from '../app/use-request';
import type { Draft } from '../../../common/domain/draft';
import { FrameContext } from '../frame/frame-context';
import { useT } from '../i18n/use-t';
import type { DraftPlace } from '../frame/routes';
import { DraftEditor } from '../editor/draft-editor';
import { ExportScreen } from '../export/export-screen';
import { ImportDraft } from '../imports/import-draft';
// Where the list's Send for review dialog (people.css) was imported, so the stylesheets keep their order.
import { DraftList } from './draft-list';
import { ReviewPage } from '../review/review-page';
import '../styles/prosemirror.css';
import '../styles/drafts-list.css';
import '../styles/editor-screen.css';
import '../styles/editor-text.css';
import '../styles/editor-side-panel.css';
import '../styles/editor-popovers.css';
import '../styles/reader-preview.css';

// Drafts: the list of stories being written, and the editor for one of them. The page owns the
// navigation between the two, so the frame only needs to show it.

/** `from`: where the Export and Review screens go back to (the editor, or the list). */
type Open =
  | { id: string; initial?: Draft; screen: 'editor' }
  | { id: string; screen: 'export'; from: 'editor' | 'list' }
  | { id: string; screen: 'review'; from: 'editor' | 'list'; citationKey?: string | undefined };

function openFrom(place: DraftPlace | undefined): Open | null {
  if (!place) return null;
  if (place.screen === 'editor') return { id: place.id, screen: 'editor' };
  return { id: place.id, screen: place.screen, from: 'list' };
}

interface DraftsPageProps {
  /** Start on this draft (from the desk, or where the user was when the vault locked). */
  initial?: DraftPlace | undefined;
  /** Told which draft is open, so unlocking can come back to it. */
  onPlace?: (place: DraftPlace | null) => void;
  /** Counts the main nav's Drafts clicks: each one brings the list back (an open draft saves first). */
  listRequest?: number;
}

export function DraftsPage({ initial, onPlace, listRequest }: DraftsPageProps = {}) {
  const [open, setOpen] = useState<Open | null>(() => openFrom(initial));
  useEffect(() => onPlace?.(open ? { id: open.id, screen: open.screen } : null), [open?.id, open?.screen, onPlace]); // eslint-disable-line react-hooks/exhaustive-deps
  const [importing, setImporting] = useState(false);
  const frame = use(FrameContext);
  const t = useT();
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const backToList = (id: string) => {
    setLastOpened(id);
    setOpen(null);
  };
  // The editor answers the request itself (it saves, then calls onBack); the other screens hold
  // nothing unsaved.
  useRequest(listRequest, () => {
    setImporting(false);
    if (open && open.screen !== 'editor') backToList(open.id);
  });

  if (open?.screen === 'export' || open?.screen === 'review') {
    const back = () => (open.from === 'editor' ? setOpen({ id: open.id, screen: 'editor' }) : backToList(open.id));
    const backLabel = open.from === 'editor' ? t('drafts.backToDraft') : t('back.drafts');
    if (open.screen === 'export') return <ExportScreen key={open.id} draftId={open.id} backLabel={backLabel} onBack={back} />;
    return (
      <ReviewPage
        key={`review-${open.id}`}
        subject={{ draftId: open.id }}
        initialKey={open.citationKey}
        backLabel={backLabel}
        onBack={back}
        onEdit={() => setOpen({ id: open.id, screen: 'editor' })}
      />
    );
  }
  if (importing) {
    return (
      <ImportDraft
        notify={(message, action) => frame?.notify(message, action)}
        onCancel={() => setImporting(false)}
        onOpen={(id) => {
          setImporting(false);
          setOpen({ id, screen: 'editor' });
        }}
      />
    );
  }
  if (open) {
    return (
      <DraftEditor
        key={open.id}
        draftId={open.id}
        initialDraft={open.initial}
        leaveRequest={listRequest}
        onBack={() => backToList(open.id)}
        onExport={() => setOpen({ id: open.id, screen: 'export', from: 'editor' })}
        onReview={(citationKey) => setOpen({ id: open.id, screen: 'review', from: 'editor', citationKey })}
        onOpenDraft={(draft) => setOpen({ id: draft.meta.id, initial: draft, screen: 'editor' })}
      />
    );
  }
  return (
    <DraftList
      focusId={lastOpened}
      onOpen={(id, initial) => setOpen({ id, initial, screen: 'editor' })}
      onExport={(id) => setOpen({ id, screen: 'export', from: 'list' })}
      onReview={(id) => setOpen({ id, screen: 'review', from: 'list' })}
      onImport={() => setImporting(true)}
    />
  );
}
