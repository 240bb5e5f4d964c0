import { useState, type ReactNode } from 'react';
import { useLibrary } from './library';
import { useT } from '../i18n/use-t';

/** Shows the library's loading and failure states; the pages below it can assume it is there. */
export function LibraryGate({ children }: { children: ReactNode }) {
  const t = useT();
  const library = useLibrary();
  const [retrying, setRetrying] = useState(false);
  if (library.phase === 'loading') {
    return (
      <p role="status" className="loading">
        {t('library.opening')}
      </p>
    );
  }
  if (library.phase === 'failed') {
    return (
      <div className="page">
        <p role="alert" className="form-error">
          {library.error}
        </p>
        <button
          type="button"
          className="button button-secondary"
          disabled={retrying}
          onClick={async () => {
            setRetrying(true);
            await library.reload();
            setRetrying(false);
          }}
        >
          {t('library.retry')}
        </button>
      </div>
    );
  }
  return children;
}
