import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { callApi } from '../api';
import { recoveryKeyProblem } from '../app/recovery-key-check';
import { useKnownVaults } from '../app/use-known-vaults';
import { useVaultPicker } from '../app/use-vault-picker';
import { CardScreen } from '../components/card-screen';
import { KeyField } from '../components/key-field';
import { KnownVaultList } from '../components/known-vault-list';
import { PassphraseField } from '../components/passphrase-field';
import { PathText } from '../components/path-text';
import { SampleVaultNote } from './sample-vault-note';
import { ProgressBar } from '../components/progress-bar';
import { ScreenHeading } from '../components/screen-heading';
// Damaged vault, rollback
import { DamagedVaultPanel, RollbackPanel, type UnlockSecretInput } from './vault-trouble-panels';
import { useT } from '../i18n/use-t';

interface UnlockScreenProps {
  status: VaultStatus;
  onStatus: (status: VaultStatus) => void;
}

type Method = 'passphrase' | 'recoveryKey';

// A recovery key skips Argon2id, so it opens almost at once.
const EXPECTED_RECOVERY_MS = 400;
const FALLBACK_KDF_MS = 1500;

export function UnlockScreen({ status, onStatus }: UnlockScreenProps) {
  const t = useT();
  const [method, setMethod] = useState<Method>('passphrase');
  const [secret, setSecret] = useState('');
  const [reveal, setReveal] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const [trouble, setTrouble] = useState<{ kind: 'damaged'; secret: UnlockSecretInput } | { kind: 'rollback' } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const picker = useVaultPicker(onStatus);
  const otherVaults = useKnownVaults(status.path);
  const busy = unlocking || picker.busy;

  // The field is the point of this screen: focus it on arrival, after a method switch and after a
  // failed attempt (once it is enabled again). What was typed is kept and selected: typing replaces
  // it, an arrow key keeps it to correct one character.
  useEffect(() => {
    if (unlocking) return;
    inputRef.current?.focus();
    if (failures > 0) inputRef.current?.select();
  }, [unlocking, method, failures]);

  function switchMethod() {
    setMethod((current) => (current === 'passphrase' ? 'recoveryKey' : 'passphrase'));
    setSecret('');
    setError(null);
  }

  async function unlock(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const problem = method === 'passphrase' ? (secret === '' ? t('settings.recovery.passphraseMissing') : null) : recoveryKeyProblem(secret);
    if (problem) {
      setError(problem);
      setFailures((n) => n + 1);
      return;
    }
    setUnlocking(true);
    setError(null);
    setTrouble(null);
    setNotice(null);
    const given: UnlockSecretInput = method === 'passphrase' ? { method, passphrase: secret } : { method, recoveryKey: secret };
    const result = await callApi((api) => api.unlock(given));
    if (result.ok) {
      onStatus(result.value);
      return;
    }
    // CONFLICT is also "open in another window": only a held older copy gets the rollback panel.
    const rollback = result.error.code === 'CONFLICT' ? await callApi((api) => api.getRollbackWarning({})) : null;
    setUnlocking(false);
    if (rollback?.ok && rollback.value.warning) {
      setTrouble({ kind: 'rollback' });
    } else {
      setError(result.error.message);
      if (result.error.code === 'VAULT_DAMAGED') setTrouble({ kind: 'damaged', secret: given });
    }
    setFailures((n) => n + 1);
  }

  const expectedMs = method === 'recoveryKey' ? EXPECTED_RECOVERY_MS : (status.kdf?.calibratedMs ?? FALLBACK_KDF_MS);

  return (
    <CardScreen
      footer={
        <div className="switch-vault">
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void picker.choose()}
          >
            {t('screens.unlock.another')}
          </button>
          <KnownVaultList vaults={otherVaults} disabled={busy} onSelect={(path) => void picker.select(path)} />
        </div>
      }
    >
      <ScreenHeading focusOnMount={false}>{t('screens.unlock.title')}</ScreenHeading>
      {status.sample ? <SampleVaultNote /> : null}
      <p className="screen-path" title={status.path}>
        <PathText path={status.path} />
      </p>

      <form className="form" onSubmit={(event) => void unlock(event)} noValidate>
        {method === 'passphrase' ? (
          <PassphraseField
            key="passphrase"
            ref={inputRef}
            label={t('common.passphrase')}
            reveal={reveal}
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            disabled={unlocking}
          >
            <button type="button" className="link-button field-aside" onClick={() => setReveal((shown) => !shown)}>
              {reveal ? t('screens.hidePassphrase') : t('screens.showPassphrase')}
            </button>
          </PassphraseField>
        ) : (
          <KeyField
            key="recovery-key"
            ref={inputRef}
            label={t('common.recoveryKey')}
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
            disabled={unlocking}
            hint={t('screens.unlock.keyHint')}
          />
        )}

        {(error ?? picker.error) ? (
          <p role="alert" className="form-error">
            {error ?? picker.error}
          </p>
        ) : null}

        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {t('screens.unlock.submit')}
        </button>
        {unlocking ? <ProgressBar label={t('screens.deriving')} expectedMs={expectedMs} /> : null}

        <button type="button" className="link-button" disabled={unlocking} onClick={switchMethod}>
          {method === 'passphrase' ? t('screens.unlock.useKey') : t('screens.unlock.usePassphrase')}
        </button>
      </form>
      {notice ? (
        <p role="status" className="form-status">
          {notice}
        </p>
      ) : null}
      {trouble?.kind === 'damaged' ? <DamagedVaultPanel secret={trouble.secret} onStatus={onStatus} /> : null}
      {trouble?.kind === 'rollback' ? (
        <RollbackPanel
          onStatus={onStatus}
          onDone={(message) => {
            setTrouble(null);
            setNotice(message);
          }}
        />
      ) : null}
    </CardScreen>
  );
}
