import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import type { DeskImportResult, DeskItem, DeskListing } from '../../../common/domain/desk';
import { callApi } from '../api';
import { FormError } from '../components/form-error';
import { PathText } from '../components/path-text';
import { TableHead } from '../components/table-head';
import { useT } from '../i18n/use-t';

interface DeskListProps {
  listing: DeskListing | null;
  enabled: boolean;
  onImported: (result: DeskImportResult) => void;
  refresh: () => Promise<void>;
}

/** The packages and decisions waiting on the desk for this vault, each imported on a click. */
export function DeskList({ listing, enabled, onImported, refresh }: DeskListProps) {
  const t = useT();
  const intl = useIntl();
  const headingId = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function importItem(item: DeskItem) {
    setBusy(item.name);
    setError(null);
    const result = await callApi((api) => api.importFromDesk({ name: item.name }));
    setBusy(null);
    await refresh();
    if (!result.ok) return setError(result.error.message);
    onImported(result.value);
  }

  const when = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const kind = (item: DeskItem) => (item.kind === 'package' ? t('desk.kind.package') : t('desk.kind.response'));
  return (
    <>
      <h3 id={headingId} className="section-title">
        {t('desk.list.heading')}
      </h3>
      {!listing ? null : !listing.folder ? (
        <p className="empty-state">{t('desk.list.none')}</p>
      ) : !listing.reachable ? (
        <p className="empty-state">
          {t('desk.list.unreachable')} <PathText path={listing.folder} />
        </p>
      ) : listing.items.length === 0 ? (
        <p className="empty-state">{t('desk.list.empty')}</p>
      ) : (
        <table className="drafts-table people-table" aria-labelledby={headingId}>
          <TableHead columns={[t('desk.list.kind'), t('desk.list.arrived'), t('desk.list.size')]} actions />
          <tbody>
            {listing.items.map((item) => (
              <tr key={item.name}>
                <th scope="row">{kind(item)}</th>
                <td>{when(item.arrivedAt)}</td>
                <td>{t('desk.list.kb', { kb: intl.formatNumber(Math.max(1, Math.round(item.bytes / 1024))) })}</td>
                <td className="draft-actions">
                  {item.importedAt ? (
                    <span>{t('desk.list.imported')}</span>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      disabled={!enabled || busy !== null}
                      aria-label={t('desk.list.import.label', { kind: kind(item), arrived: when(item.arrivedAt) })}
                      onClick={() => void importItem(item)}
                    >
                      {t('desk.list.import')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormError message={error} />
    </>
  );
}
