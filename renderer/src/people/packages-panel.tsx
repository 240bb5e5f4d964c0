import { useId, useState } from 'react';
import type { Contact } from '../../../common/domain/people';
import type { ReviewCopySummary } from '../../../common/domain/review-package';
import { callApi } from '../api';
import { shortDate } from './short-date';
import { FormError } from '../components/form-error';
import { TableHead } from '../components/table-head';
import { SendReviewDialog } from './send-review-dialog';
import type { DeskImportResult } from '../../../common/domain/desk';
import { DeskList } from '../desk/desk-list';
import { useDeskListing } from '../desk/use-desk-listing';
import { useT } from '../i18n/use-t';

interface PackagesPanelProps {
  contacts: Contact[];
  copies: ReviewCopySummary[];
  enabled: boolean;
  onChange: (status: string) => void;
  onOpenCopy: (copy: ReviewCopySummary) => void;
}

/** Sending drafts for review, importing packages and decisions, and the copies received. */
export function PackagesPanel({ contacts, copies, enabled, onChange, onOpenCopy }: PackagesPanelProps) {
  const t = useT();
  const headingId = useId();
  const copiesId = useId();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const desk = useDeskListing();
  const deskReady = !!desk.listing?.folder && desk.listing.reachable;

  async function run<T>(call: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, done: (value: T) => string | null) {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const message = done(result.value);
    if (message) onChange(message);
  }

  const importPackage = () =>
    run(
      () => callApi((api) => api.importReviewPackage({})),
      (value) => (value.copy ? t('people.packages.imported', { title: value.copy.title, name: value.copy.from.name }) : null),
    );
  const importDecisions = () =>
    run(
      () => callApi((api) => api.importReviewResponse({})),
      (value) => (value.draftId ? t('people.packages.decisionsImported', { editor: value.editor, count: value.decisions }) : null),
    );
  const saveDecisions = (copy: ReviewCopySummary) =>
    run(
      () => callApi((api) => api.saveReviewResponse({ copyId: copy.id })),
      (value) => (value.path ? t('people.packages.decisionsSaved', { title: copy.title, file: value.path.split(/[\\/]/).pop(), name: copy.from.name }) : null),
    );

  const sendDecisionsToDesk = (copy: ReviewCopySummary) =>
    run(
      () => callApi((api) => api.saveReviewResponse({ copyId: copy.id, toDesk: true })),
      (value) => (value.path ? t('desk.respond.sent', { title: copy.title, name: copy.from.name }) : null),
    );
  const importedFromDesk = (result: DeskImportResult) =>
    onChange(
      result.kind === 'package'
        ? t('desk.imported.package', { title: result.copy.title, name: result.copy.from.name })
        : t('desk.imported.response', { name: result.editor ?? '', count: result.decisions ?? 0 }),
    );

  const editors = contacts.filter((c) => c.role === 'editor');
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('people.packages')}
      </h2>
      <p className="panel-intro">{t('people.packages.intro')}</p>
      <div className="form-actions package-actions">
        <button type="button" className="button button-primary" disabled={!enabled || busy} onClick={() => setSending(true)}>
          {t('people.packages.sendOpen')}
        </button>
        <button type="button" className="button button-secondary" disabled={!enabled || busy} onClick={() => void importPackage()}>
          {t('people.packages.importPackage')}
        </button>
        <button type="button" className="button button-secondary" disabled={!enabled || busy} onClick={() => void importDecisions()}>
          {t('people.packages.importDecisions')}
        </button>
      </div>
      <FormError message={error} />

      <DeskList listing={desk.listing} enabled={enabled} onImported={importedFromDesk} refresh={desk.refresh} />

      <h3 id={copiesId} className="section-title">
        {t('people.packages.received')}
      </h3>
      {copies.length === 0 ? (
        <p className="empty-state">{t('people.packages.none')}</p>
      ) : (
        <table className="drafts-table people-table" aria-labelledby={copiesId}>
          <TableHead columns={[t('people.col.draft'), t('people.col.from'), t('people.col.imported'), t('people.col.identities')]} actions />
          <tbody>
            {copies.map((copy) => (
              <tr key={copy.id}>
                <th scope="row">
                  <button type="button" className="draft-open" onClick={() => onOpenCopy(copy)}>
                    {copy.title}
                  </button>
                </th>
                <td>{copy.from.name}</td>
                <td>{shortDate(copy.importedAt)}</td>
                <td>{copy.identitySourceCount > 0 ? t('people.packages.sealed', { count: copy.identitySourceCount }) : t('people.packages.notIncluded')}</td>
                <td className="draft-actions">
                  <button type="button" className="link-button" aria-label={t('people.packages.reviewLabel', { title: copy.title })} onClick={() => onOpenCopy(copy)}>
                    {t('people.packages.review')}
                  </button>
                  <button type="button" className="link-button" disabled={busy} aria-label={t('people.packages.saveDecisionsLabel', { title: copy.title })} onClick={() => void saveDecisions(copy)}>
                    {copy.responseSentAt ? t('people.packages.saveDecisionsAgain') : t('people.packages.saveDecisions')}
                  </button>
                  {deskReady ? (
                    <button type="button" className="link-button" disabled={busy} aria-label={t('desk.respond.label', { title: copy.title })} onClick={() => void sendDecisionsToDesk(copy)}>
                      {t('desk.respond')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sending ? (
        <SendReviewDialog
          editors={editors}
          onClose={() => setSending(false)}
          onSent={(message) => {
            setSending(false);
            onChange(message);
          }}
        />
      ) : null}
    </section>
  );
}
