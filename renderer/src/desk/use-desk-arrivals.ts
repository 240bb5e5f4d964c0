import { useEffect, useRef } from 'react';
import { useFrame } from '../frame/frame-context';
import { useT } from '../i18n/use-t';
import { useDeskListing } from './use-desk-listing';

// A notice when something addressed to this vault arrives on the desk (and once after unlock
// when something waits there already), with a button to the People screen where it is imported.

export function useDeskArrivals(): void {
  const { listing } = useDeskListing();
  const { notify, navigate } = useFrame();
  const t = useT();
  const seen = useRef<Set<string> | null>(null);

  useEffect(() => {
    if (!listing) return;
    const waiting = listing.items.filter((i) => !i.importedAt);
    const fresh = seen.current === null ? waiting : waiting.filter((i) => !seen.current!.has(i.name));
    seen.current = new Set(listing.items.map((i) => i.name));
    if (fresh.length === 0) return;
    notify(t('desk.arrived', { count: fresh.length }), { label: t('desk.arrived.show'), run: () => navigate({ page: 'people' }) });
  }, [listing, notify, navigate, t]);
}
