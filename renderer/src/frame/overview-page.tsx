import { useId } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { formatDate, formatNumber } from '../app/format';
import { lockShortcut } from '../app/platform';
import { PathText } from '../components/path-text';
import { ScreenHeading } from '../components/screen-heading';

function keyDerivation(kdf: VaultStatus['kdf']): string {
  if (!kdf) return 'Argon2id';
  return `Argon2id (${kdf.opsLimit} ${kdf.opsLimit === 1 ? "pass" : "passes"}, ${formatNumber(kdf.memLimitMiB)} MiB, about ${formatNumber(kdf.calibratedMs)} ms)`;
}

export function OverviewPage({ status }: { status: VaultStatus }) {
  const protectionId = useId();
  return (
    <article className="page">
      <ScreenHeading className="page-title">{status.name}</ScreenHeading>
      <p className="page-subtitle">
        Created{' '}
        {status.createdAt ? <time dateTime={status.createdAt}>{formatDate(status.createdAt)}</time> : 'on an unknown date'}
      </p>

      <section className="panel" aria-labelledby={protectionId}>
        <h2 id={protectionId} className="panel-title">
          Protection
        </h2>
        <p className="panel-intro">
          Everything in this vault is encrypted before it is written to disk. Lock it whenever you step away.
        </p>
        <dl className="facts">
          <div>
            <dt>Encryption</dt>
            <dd>XChaCha20-Poly1305</dd>
          </div>
          <div>
            <dt>Key derivation</dt>
            <dd>{keyDerivation(status.kdf)}</dd>
          </div>
          <div>
            <dt>Location</dt>
            <dd className="mono">
              <PathText path={status.path} />
            </dd>
          </div>
          <div>
            <dt>Locking</dt>
            <dd>Lock with {lockShortcut.label}</dd>
          </div>
        </dl>
      </section>
    </article>
  );
}
