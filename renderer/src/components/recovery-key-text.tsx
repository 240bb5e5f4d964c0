import { useT } from '../i18n/use-t';
const DASH = '-';

/**
 * The key in large monospace groups. The dashes stay in the text (visually hidden) so that
 * selecting or reading it yields the same "XXXX-XXXX-…" form the user will type back.
 */
export function RecoveryKeyText({ recoveryKey, label }: { recoveryKey: string; label?: string }) {
  const t = useT();
  const groups = recoveryKey.split('-');
  return (
    <div role="group" aria-label={label ?? t('common.recoveryKey')} className="recovery-key">
      {groups.map((group, index) => (
        <span key={index} className="recovery-key-group">
          {group}
          {index < groups.length - 1 ? <span className="visually-hidden">{DASH}</span> : null}
        </span>
      ))}
    </div>
  );
}
