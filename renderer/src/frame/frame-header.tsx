import type { VaultStatus } from '../../../common/api/types';
import { truncateMiddle } from '../app/format';
import { lockShortcut, quickAddShortcut } from '../app/platform';
import { useT } from '../i18n/use-t';
import { useLibrary } from '../library/library';
import { useFrame } from './frame-context';
import type { FramePage } from './routes';

interface FrameHeaderProps {
  status: VaultStatus;
  /** The page shown: on Sources, whose own "New source" is in view, an empty vault needs no second one. */
  page: FramePage;
  locking: boolean;
  onLock: () => void;
  onQuickAdd: () => void;
}

/** The primary action fits the vault: a statement needs a source, so an empty vault offers "New source". */
function PrimaryAction({ page, onQuickAdd }: { page: FramePage; onQuickAdd: () => void }) {
  const t = useT();
  const library = useLibrary();
  const { navigate } = useFrame();
  if (library.phase === 'ready' && library.sources.every((s) => s.archived)) {
    if (page === 'sources') return null;
    return (
      <button type="button" className="button button-primary button-small" onClick={() => navigate({ page: 'sources', view: { kind: 'new' } })}>
        {t('frame.primary.newSource')}
      </button>
    );
  }
  return (
    <button type="button" className="button button-primary button-small" aria-keyshortcuts={quickAddShortcut.aria} onClick={onQuickAdd}>
      {t('frame.primary.addStatement')}
      <kbd className="shortcut shortcut-on-accent" aria-hidden="true">
        {quickAddShortcut.label}
      </kbd>
    </button>
  );
}

export function FrameHeader({ status, page, locking, onLock, onQuickAdd }: FrameHeaderProps) {
  const t = useT();
  return (
    <header className="frame-header">
      <div className="frame-vault">
        <span className="frame-vault-name">
          {status.name}
          {status.sample ? <span className="badge badge-sample frame-sample-badge">{t('sample.badge')}</span> : null}
        </span>
        <span className="frame-vault-path" title={status.path}>
          {truncateMiddle(status.path)}
        </span>
      </div>
      <span className="badge badge-unlocked">{t('frame.unlocked')}</span>
      <PrimaryAction page={page} onQuickAdd={onQuickAdd} />
      <button
        type="button"
        className="button button-secondary button-small"
        aria-keyshortcuts={lockShortcut.aria}
        disabled={locking}
        onClick={onLock}
      >
        {t('frame.lock')}
        <kbd className="shortcut" aria-hidden="true">
          {lockShortcut.label}
        </kbd>
      </button>
    </header>
  );
}
