import { Fragment, useId } from 'react';
import { combosOf, comboAria, comboLabel, SHORTCUT_SCOPES, SHORTCUTS, type ShortcutId } from '../app/shortcuts';
import { Dialog } from '../components/dialog';
import { useT } from '../i18n/use-t';

const IDS = Object.keys(SHORTCUTS) as ShortcutId[];

/** Every shortcut of the app (Ctrl/⌘+/), read from the same table the key handlers match against. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const t = useT();
  const introId = useId();
  const headingId = useId();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} className="shortcut-sheet" describedBy={introId}>
      <p id={introId} className="dialog-body">
        {t('shortcuts.intro')}
      </p>
      {/* Scrolls on a short window: a Tab stop, so the keyboard can scroll it too. */}
      <div className="shortcut-groups" tabIndex={0} role="group" aria-label={t('shortcuts.title')}>
        {SHORTCUT_SCOPES.map((scope) => (
          <section key={scope} className="shortcut-group" aria-labelledby={`${headingId}-${scope}`}>
            <h3 id={`${headingId}-${scope}`} className="shortcut-group-title">
              {t(`shortcuts.scope.${scope}`)}
            </h3>
            <table className="shortcut-table">
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t('shortcuts.keys')}</th>
                  <th scope="col">{t('shortcuts.action')}</th>
                </tr>
              </thead>
              <tbody>
                {IDS.filter((id) => SHORTCUTS[id].scope === scope).map((id) => (
                  <tr key={id}>
                    <td className="shortcut-keys">
                      {combosOf(id).map((combo, index) => (
                        <Fragment key={comboAria(combo)}>
                          {index > 0 ? <span className="shortcut-or">{t('shortcuts.or')}</span> : null}
                          <kbd aria-label={comboAria(combo)}>{comboLabel(combo)}</kbd>
                        </Fragment>
                      ))}
                    </td>
                    <td>{t(SHORTCUTS[id].description)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  );
}
