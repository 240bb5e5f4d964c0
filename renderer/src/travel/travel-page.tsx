import { useEffect, useId, useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import type { TravelStatus } from '../../../common/domain/travel';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { PathText } from '../components/path-text';
import { ScreenHeading } from '../components/screen-heading';
import { AwayPanel } from './travel-away-panel';
import { EnterPanel } from './travel-enter-panel';
import { useT } from '../i18n/use-t';
import { keyName } from './travel-words';

// Not text: the gap between a path and its badge.
const GAP = ' ';

/** Travel mode: take every identity off this computer before a trip, and bring them back after. */
export function TravelPage({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const t = useT();
  const [travel, setTravel] = useState<TravelStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let current = true;
    void callApi((api) => api.getTravelStatus({})).then((result) => {
      if (!current) return;
      if (result.ok) setTravel(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, []);

  // Identity panels elsewhere follow the vault status.
  async function changed(next: TravelStatus, note: string) {
    setTravel(next);
    setMessage(note);
    const status = await callApi((api) => api.getStatus({}));
    if (status.ok) onStatus(status.value);
  }

  return (
    <article className="page">
      <ScreenHeading className="page-title">{t('nav.travel')}</ScreenHeading>
      <p className="page-subtitle">{t('travel.subtitle')}</p>
      <FormError message={error} />
      <p role="status" className="form-status travel-message">
        {message}
      </p>
      {travel === null ? null : travel.away ? (
        <AwayPanel travel={travel} onRestored={changed} />
      ) : (
        <EnterPanel travel={travel} onEntered={changed} />
      )}
      {travel && travel.filesOnDevice.length > 0 ? <FilesOnDevice travel={travel} /> : null}
    </article>
  );
}

function FilesOnDevice({ travel }: { travel: TravelStatus }) {
  const t = useT();
  const id = useId();
  return (
    <section className="panel panel-warning" aria-labelledby={id}>
      <h2 id={id} className="panel-title">
        {t('travel.files.heading')}
      </h2>
      <p className="panel-intro">{travel.away ? t('travel.files.away') : t('travel.files.home')}</p>
      <ul className="travel-files">
        {travel.filesOnDevice.map((file) => (
          <li key={file.path} className="mono">
            <PathText path={file.path} />
            {GAP}
            <span className="badge badge-muted">{t('travel.files.sealedTo', { key: keyName(file.sealedTo) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
