import { useId, useState, type FormEvent } from 'react';
import type { LeakReport } from '../../../common/domain/leak-report';
import { callApi } from '../api';
import { PassphraseField } from './passphrase-field';

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
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  if (count <= 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) {
      setError('Enter the passphrase.');
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
        {count === 1 ? '1 more' : `${count} more`}: type your passphrase to see {count === 1 ? 'it' : 'them'}.
      </p>
      <p className="field-hint">This session has already shown the leak guard’s share of identity terms. Until you see the rest, exports stay refused.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField label="Passphrase" value={passphrase} error={error} onChange={(event) => setPassphrase(event.target.value)} disabled={busy} />
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy ? 'Checking…' : 'Show them'}
        </button>
      </form>
    </section>
  );
}
