import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/** The calm centred card used by every screen outside an unlocked vault. */
export function CardScreen({ children, footer }: { children: ReactNode; footer?: ReactNode }) {
  const t = useT();
  return (
    <main className="card-screen">
      <div className="card">
        <p className="wordmark">{t('common.wordmark')}</p>
        {children}
      </div>
      {footer ? <div className="card-footer">{footer}</div> : null}
    </main>
  );
}
