import { useId, useState, type FormEvent } from 'react';
import type { LeakReport } from '../../../common/domain/leak-report';
import { callApi } from '../api';
import { PassphraseField } from './passphrase-field';
import { useT } from '../i18n/use-t';

// Findings the leak guard held back: this session has shown its budget of identity terms, so
// main answers with a count only. The passphrase (checked by main) shows them; until then the
// export stays refused. The editor's leak panel and the export refusal both show this.

interface WithheldFindingsProps {
  draftId: string;
  count: number;
  /** Called with the draft's report once main has shown the held-back findings. */
  onRevealed: (report: LeakReport) => void;
}

export function WithheldFindings({ draftId, count, onRevealed }: WithheldFindingsProps) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  if (count <= 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) {
      setError(t('common.enterPassphrase'));
      return;
    }
    setBusy(true);
    const result = await callApi((api) => api.revealLeakFindings({ draftId, passphrase }));
    setBusy(false);
    setPassphrase('');
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    onRevealed(result.value);
  }

  return (
    <section className="withheld-findings" aria-labelledby={headingId}>
      <p id={headingId} className="withheld-count">
        {t('withheld.count', { count })}
      </p>
      <p className="field-hint">{t('withheld.hint')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField label={t('common.passphrase')} value={passphrase} error={error} onChange={(event) => setPassphrase(event.target.value)} disabled={busy} />
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy ? t('common.checking') : t('withheld.show')}
        </button>
      </form>
    </section>
  );
}
