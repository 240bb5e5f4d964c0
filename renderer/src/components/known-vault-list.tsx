import { useId } from 'react';
import type { KnownVault } from '../../../common/api/types';
import { folderName, formatDate } from '../app/format';
import { PathText } from './path-text';
import { useT } from '../i18n/use-t';

interface KnownVaultListProps {
  vaults: KnownVault[];
  disabled: boolean;
  onSelect: (path: string) => void;
}

// Not text: the gap between the parts of a button's accessible name.
const GAP = ' ';

/** Other vault folders this computer has used. The names are encrypted, so folders are all we can show. */
export function KnownVaultList({ vaults, disabled, onSelect }: KnownVaultListProps) {
  const t = useT();
  const titleId = useId();
  if (vaults.length === 0) return null;
  return (
    <section className="known-vaults" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('knownVaults.heading')}
      </h2>
      <ul className="card-list">
        {vaults.map((vault) => (
          <li key={vault.path}>
            <button
              type="button"
              className="known-vault card-button"
              disabled={disabled || !vault.exists}
              onClick={() => onSelect(vault.path)}
            >
              {/* The spaces keep the button's accessible name readable: "Work /path Last opened …". */}
              <span className="known-vault-name">{folderName(vault.path)}</span>
              {GAP}
              {vault.sample ? (
                <>
                  <span className="badge badge-sample">{t('sample.badge')}</span>
                  {GAP}
                </>
              ) : null}
              <span className="known-vault-path">
                <PathText path={vault.path} />
              </span>
              {GAP}
              <span className="known-vault-meta">
                {!vault.exists
                  ? t('knownVaults.notFound')
                  : vault.lastOpenedAt
                    ? t('knownVaults.lastOpened', { date: formatDate(vault.lastOpenedAt) })
                    : t('knownVaults.notOpened')}
                {vault.isDefault ? t('knownVaults.default') : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
