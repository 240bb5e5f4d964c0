import type { ReactNode } from 'react';

/** The calm centred card used by every screen outside an unlocked vault. */
export function CardScreen({ children, footer }: { children: ReactNode; footer?: ReactNode }) {
  return (
    <main className="card-screen">
      <div className="card">
        <p className="wordmark">Shieldnote</p>
        {children}
      </div>
      {footer ? <div className="card-footer">{footer}</div> : null}
    </main>
  );
}
