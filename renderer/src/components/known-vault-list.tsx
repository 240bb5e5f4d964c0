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

/** Other vault folders this computer has used. The names are encrypted, so folders are all we can show. */
export function KnownVaultList({ vaults, disabled, onSelect }: KnownVaultListProps) {
  const titleId = useId();
  const t = useT();
  if (vaults.length === 0) return null;
  return (
    <section className="known-vaults" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        Other vaults on this computer
      </h2>
      <ul className="known-vaults-list">
        {vaults.map((vault) => (
          <li key={vault.path}>
            <button
              type="button"
              className="known-vault"
              disabled={disabled || !vault.exists}
              onClick={() => onSelect(vault.path)}
            >
              {/* The spaces keep the button's accessible name readable: "Work /path Last opened …". */}
              <span className="known-vault-name">{folderName(vault.path)}</span>{' '}
              {vault.sample ? <span className="badge badge-sample">{t('sample.badge')}</span> : null}{' '}
              <span className="known-vault-path">
                <PathText path={vault.path} />
              </span>{' '}
              <span className="known-vault-meta">
                {!vault.exists
                  ? 'Folder not found'
                  : vault.lastOpenedAt
                    ? `Last opened ${formatDate(vault.lastOpenedAt)}`
                    : 'Not opened yet'}
                {vault.isDefault ? ' · Default' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
