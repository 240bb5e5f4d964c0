import { useCallback, useEffect, useRef, useState } from 'react';
import type { Contact, MyProfile } from '../../../common/domain/people';
import type { ReviewCopySummary } from '../../../common/domain/review-package';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { ScreenHeading } from '../components/screen-heading';
import { ReviewPage } from '../review/review-page';
import { ContactsPanel } from './contacts-panel';
import { PackagesPanel } from './packages-panel';
import { ProfilePanel } from './profile-panel';
import '../styles/prosemirror.css';
import '../styles/drafts-list.css';
import '../styles/editor-screen.css';
import '../styles/editor-text.css';
import '../styles/editor-side-panel.css';
import '../styles/editor-popovers.css';
import '../styles/reader-preview.css';
import '../styles/people.css';
import { useT } from '../i18n/use-t';

async function fetchPeople() {
  const [me, people, received] = await Promise.all([
    callApi((api) => api.getMyProfile({})),
    callApi((api) => api.listContacts({})),
    callApi((api) => api.listReviewCopies({})),
  ]);
  return { me, people, received };
}
type Loaded = Awaited<ReturnType<typeof fetchPeople>>;

/** People: my profile and keys, my contacts, and the review packages exchanged with them. */
export function PeoplePage({ initialCopyId }: { initialCopyId?: string | undefined } = {}) {
  const t = useT();
  const [profile, setProfile] = useState<MyProfile | null | undefined>(undefined);
  const [contacts, setContacts] = useState<Contact[]>([]);
  const [copies, setCopies] = useState<ReviewCopySummary[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [openCopy, setOpenCopy] = useState<ReviewCopySummary | null>(null);
  const copyOpened = useRef(false);

  const apply = useCallback((loaded: Loaded) => {
    if (!loaded.me.ok) return setLoadError(loaded.me.error.message);
    setProfile(loaded.me.value.profile);
    if (loaded.people.ok) setContacts(loaded.people.value);
    if (loaded.received.ok) {
      setCopies(loaded.received.value);
      // Opened from the desk on one copy: its review, once the list says what it is (once only).
      const asked = loaded.received.value.find((c) => c.id === initialCopyId);
      if (asked && !copyOpened.current) {
        copyOpened.current = true;
        setOpenCopy(asked);
      }
    }
  }, [initialCopyId]);

  useEffect(() => {
    let live = true;
    void fetchPeople().then((loaded) => live && apply(loaded));
    return () => {
      live = false;
    };
  }, [apply]);

  if (openCopy) {
    return <ReviewPage subject={{ copyId: openCopy.id }} backLabel={t('back.people')} onBack={() => setOpenCopy(null)} />;
  }

  const changed = (message: string) => {
    setStatus(message);
    void fetchPeople().then(apply);
  };
  return (
    <article className="page people-page">
      <ScreenHeading className="page-title">{t('nav.people')}</ScreenHeading>
      <p className="page-subtitle">{t('people.subtitle')}</p>
      <p role="status" className="people-status">
        {status}
      </p>
      <FormError message={loadError} />
      {profile === undefined && !loadError ? <p role="status">{t('people.loading')}</p> : null}
      {profile !== undefined ? (
        <>
          <ProfilePanel key={profile ? 'set' : 'new'} profile={profile} onSaved={(saved) => setProfile(saved)} />
          <ContactsPanel contacts={contacts} enabled={!!profile} onChange={changed} />
          <PackagesPanel contacts={contacts} copies={copies} enabled={!!profile} onChange={changed} onOpenCopy={setOpenCopy} />
        </>
      ) : null}
    </article>
  );
}
