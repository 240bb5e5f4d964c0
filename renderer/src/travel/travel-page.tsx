import { useEffect, useId, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import type { SealedTo, TravelStatus } from '../../../common/domain/travel';
import { callApi } from '../api';
import { formatDate } from '../app/format';
import { recoveryKeyProblem } from '../app/recovery-key-check';
import { ConfirmDialog } from '../components/confirm-dialog';
import { FormError } from '../components/form-error';
import { KeyField } from '../components/key-field';
import { PathText } from '../components/path-text';
import { ScreenHeading } from '../components/screen-heading';
import { plural } from '../library/names';
import { TravelKeyStep } from './travel-key-step';

const KEY_NAME: Record<SealedTo, string> = { 'recovery-key': 'recovery key', 'travel-key': 'travel key' };
const reviewCopies = (count: number) => plural(count, 'review copy', 'review copies');

/** Travel mode: take every identity off this computer before a trip, and bring them back after. */
export function TravelPage({ onStatus }: { onStatus: (status: VaultStatus) => void }) {
  const [travel, setTravel] = useState<TravelStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let current = true;
    void callApi((api) => api.getTravelStatus({})).then((result) => {
      if (!current) return;
      if (result.ok) setTravel(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, []);

  // Identity panels elsewhere follow the vault status.
  async function changed(next: TravelStatus, note: string) {
    setTravel(next);
    setMessage(note);
    const status = await callApi((api) => api.getStatus({}));
    if (status.ok) onStatus(status.value);
  }

  return (
    <article className="page">
      <ScreenHeading className="page-title">Travel mode</ScreenHeading>
      <p className="page-subtitle">Take every identity off this computer before a trip; bring them back after.</p>
      <FormError message={error} />
      <p role="status" className="form-status travel-message">
        {message}
      </p>
      {travel === null ? null : travel.away ? (
        <AwayPanel travel={travel} onRestored={changed} />
      ) : (
        <EnterPanel travel={travel} onEntered={changed} />
      )}
      {travel && travel.filesOnDevice.length > 0 ? <FilesOnDevice travel={travel} /> : null}
    </article>
  );
}

function FilesOnDevice({ travel }: { travel: TravelStatus }) {
  const id = useId();
  return (
    <section className="panel panel-warning" aria-labelledby={id}>
      <h2 id={id} className="panel-title">
        Travel files on this computer
      </h2>
      <p className="panel-intro">
        {travel.away
          ? 'A travel file left on this computer travels with it. Move it to separate media you carry apart, then delete it here.'
          : 'These travel files still hold identities. Delete them when you no longer need them.'}
      </p>
      <ul className="travel-files">
        {travel.filesOnDevice.map((file) => (
          <li key={file.path} className="mono">
            <PathText path={file.path} /> <span className="badge badge-muted">sealed to the {KEY_NAME[file.sealedTo]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EnterPanel({ travel, onEntered }: { travel: TravelStatus; onEntered: (next: TravelStatus, note: string) => void }) {
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

function AwayPanel({ travel, onRestored }: { travel: TravelStatus; onRestored: (next: TravelStatus, note: string) => void }) {
  const ids = useId();
  const keyName = KEY_NAME[travel.sealedTo ?? 'recovery-key'];
  const [key, setKey] = useState('');
  const [deleteFile, setDeleteFile] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function restore(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problem = recoveryKeyProblem(key);
    if (problem) {
      setError(problem.replace(/recovery key/g, keyName));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await callApi((api) => api.restoreFromTravel({ key, deleteFile }));
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (!result.value.done) {
      setError('No file was chosen, so nothing changed.');
      return;
    }
    const { restored, skippedBurned, copiesRestored, fileDeleted } = result.value;
    setKey('');
    const notes = [`Identities of ${plural(restored, 'source')}${copiesRestored > 0 ? ` and of ${reviewCopies(copiesRestored)}` : ''} are back.`];
    if (skippedBurned > 0) notes.push(`${plural(skippedBurned, 'burned identity', 'burned identities')} stayed burned.`);
    notes.push(fileDeleted ? 'The travel file was deleted.' : 'The travel file is still where it was.');
    onRestored(result.value.status, notes.join(' '));
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="panel-title">
        Identities are away
      </h2>
      <dl className="facts travel-facts">
        <div>
          <dt>Since</dt>
          <dd>{formatDate(travel.since)}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>{plural(travel.sources, 'identity', 'identities')} in the travel file</dd>
        </div>
        {travel.reviewCopies > 0 ? (
          <div>
            <dt>Review copies</dt>
            <dd>The identities that came with {reviewCopies(travel.reviewCopies)}, in the same file</dd>
          </div>
        ) : null}
        <div>
          <dt>Sealed to</dt>
          <dd>The {keyName}</dd>
        </div>
      </dl>
      <p className="panel-intro">To bring them back, type the {keyName}, then choose the travel file.</p>
      <form className="form" onSubmit={(event) => void restore(event)} noValidate>
        <KeyField
          label={keyName.charAt(0).toUpperCase() + keyName.slice(1)}
          value={key}
          onChange={(event) => setKey(event.target.value)}
          disabled={busy}
          hint="Dashes and spaces are optional."
        />
        <div className="checkbox">
          <input id={`${ids}-delete`} type="checkbox" checked={deleteFile} disabled={busy} onChange={(event) => setDeleteFile(event.target.checked)} />
          <label htmlFor={`${ids}-delete`}>Delete the travel file after restoring</label>
        </div>
        <FormError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            Choose the travel file and restore…
          </button>
        </div>
      </form>
    </section>
  );
}
