import { useId, useState, type FormEvent } from 'react';
import type { SealedTo, TravelStatus } from '../../../common/domain/travel';
import { callApi } from '../api';
import { recoveryKeyProblem } from '../app/recovery-key-check';
import { ConfirmDialog } from '../components/confirm-dialog';
import { FormError } from '../components/form-error';
import { KeyField } from '../components/key-field';
import { plural } from '../library/names';
import { TravelKeyStep } from './travel-key-step';
import { KEY_NAME, reviewCopies } from './travel-words';

/** While the identities are on this computer: what entering travel mode does, the key to seal to, and the confirmation. */
export function EnterPanel({ travel, onEntered }: { travel: TravelStatus; onEntered: (next: TravelStatus, note: string) => void }) {
  const ids = useId();
  const [sealTo, setSealTo] = useState<SealedTo>('recovery-key');
  const [key, setKey] = useState('');
  const [travelKey, setTravelKey] = useState<string | null>(null);
  const [stored, setStored] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function choose(next: SealedTo) {
    setSealTo(next);
    setKey('');
    setError(null);
  }

  async function createTravelKey() {
    setError(null);
    const result = await callApi((api) => api.createTravelKey({}));
    if (result.ok) {
      setTravelKey(result.value.travelKey);
      setStored(false);
      setKey('');
    } else {
      setError(result.error.message);
    }
  }

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let problem: string | null;
    if (sealTo === 'travel-key' && !travelKey) problem = 'Create the travel key first.';
    else if (sealTo === 'travel-key' && !stored) problem = 'Print or write down the travel key, then tick the box.';
    else problem = recoveryKeyProblem(key)?.replace(/recovery key/g, KEY_NAME[sealTo]) ?? null;
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setConfirming(true);
  }

  async function enter() {
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.enterTravelMode({ sealTo, key }));
    setBusy(false);
    setConfirming(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (!result.value.done) {
      setError('No file was chosen, so nothing changed.');
      return;
    }
    setKey('');
    setTravelKey(null);
    const withCopies = result.value.reviewCopies > 0 ? ` and of ${reviewCopies(result.value.reviewCopies)}` : '';
    onEntered(result.value.status, `Identities of ${plural(result.value.sources, 'source')}${withCopies} are away. The travel file is at ${result.value.path}.`);
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="panel-title">
        Identities are on this computer
      </h2>
      <p className="panel-intro">
        {plural(travel.sources, 'source')} {travel.sources === 1 ? 'has' : 'have'} an identity recorded.{' '}
        {travel.reviewCopies > 0 ? `The identities that came with ${reviewCopies(travel.reviewCopies)} from other reporters travel too. ` : ''}
        Entering travel mode:
      </p>
      <ol className="notes travel-steps">
        <li>seals every identity into a travel file, saved where you choose: a USB stick or card you carry apart from this laptop;</li>
        <li>removes them from this vault, and deletes every backup on this computer, writing one new backup without them;</li>
        <li>keeps labels, profiles, statements and drafts working (the leak guard cannot check for names until you restore);</li>
        <li>needs the travel file and its key to bring the identities back. Nothing on this computer can open them, not even your passphrase.</li>
      </ol>

      <form className="form" onSubmit={review} noValidate>
        <fieldset className="field choice-group" disabled={busy}>
          <legend className="field-label">Seal the travel file to</legend>
          <div className="choice-row">
            <label className="choice">
              <input type="radio" name={`${ids}-seal`} checked={sealTo === 'recovery-key'} onChange={() => choose('recovery-key')} />
              My recovery key
            </label>
            <label className="choice">
              <input type="radio" name={`${ids}-seal`} checked={sealTo === 'travel-key'} onChange={() => choose('travel-key')} />
              A new travel key, printed for this trip
            </label>
          </div>
        </fieldset>

        {sealTo === 'travel-key' ? (
          travelKey ? (
            <TravelKeyStep travelKey={travelKey} stored={stored} onStoredChange={setStored} />
          ) : (
            <div className="button-row">
              <button type="button" className="button button-secondary" onClick={() => void createTravelKey()}>
                Create travel key
              </button>
            </div>
          )
        ) : null}

        {sealTo === 'recovery-key' || (travelKey && stored) ? (
          <KeyField
            label={sealTo === 'recovery-key' ? 'Recovery key' : 'Type the travel key'}
            value={key}
            onChange={(event) => setKey(event.target.value)}
            disabled={busy}
            hint={sealTo === 'recovery-key' ? 'The key you saved when you created this vault.' : 'From your printed copy, to be sure it is right.'}
          />
        ) : null}

        {!confirming ? <FormError message={error} /> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Enter travel mode…
          </button>
        </div>
      </form>

      {confirming ? (
        <ConfirmDialog
          title="Enter travel mode?"
          confirmLabel="Enter travel mode"
          danger
          busy={busy}
          error={error}
          onConfirm={() => void enter()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            The identities of {plural(travel.sources, 'source')}
            {travel.reviewCopies > 0 ? `, and those that came with ${reviewCopies(travel.reviewCopies)},` : ''} will be sealed into a travel file to
            the {KEY_NAME[sealTo]}, then removed from this computer.
          </p>
          <p>All older backups of this vault will be deleted, and one new backup without identities written.</p>
          <p>To restore them you will need the travel file and the {KEY_NAME[sealTo]}. Next, choose where to save the file.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
