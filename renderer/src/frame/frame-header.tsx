import type { VaultStatus } from '../../../common/api/types';
import { truncateMiddle } from '../app/format';
import { lockShortcut, quickAddShortcut } from '../app/platform';

interface FrameHeaderProps {
  status: VaultStatus;
  locking: boolean;
  onLock: () => void;
  onQuickAdd: () => void;
}

export function FrameHeader({ status, locking, onLock, onQuickAdd }: FrameHeaderProps) {
  return (
    <header className="frame-header">
      <div className="frame-vault">
        <span className="frame-vault-name">{status.name}</span>
        <span className="frame-vault-path" title={status.path}>
          {truncateMiddle(status.path)}
        </span>
      </div>
      <span className="badge badge-unlocked">Unlocked</span>
      <button
        type="button"
        className="button button-primary button-small"
        aria-keyshortcuts={quickAddShortcut.aria}
        onClick={onQuickAdd}
      >
        Add statement
        <kbd className="shortcut shortcut-on-accent" aria-hidden="true">
          {quickAddShortcut.label}
        </kbd>
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-keyshortcuts={lockShortcut.aria}
        disabled={locking}
        onClick={onLock}
      >
        Lock
        <kbd className="shortcut" aria-hidden="true">
          {lockShortcut.label}
        </kbd>
      </button>
    </header>
  );
}
