import { useState } from 'react';
import type { VaultStatus } from '../../../common/api/types';
import { ConfirmRecoveryKeyStep } from './confirm-recovery-key-step';
import { SaveRecoveryKeyStep } from './save-recovery-key-step';

interface RecoveryKeyScreenProps {
  /** null after a reload: main no longer hands the key out, so the user types it from paper. */
  recoveryKey: string | null;
  /** The key replaces an older one (Vault settings), rather than belonging to a new vault. */
  replacing?: boolean;
  onConfirmed: (status: VaultStatus) => void;
}

export function RecoveryKeyScreen({ recoveryKey, replacing = false, onConfirmed }: RecoveryKeyScreenProps) {
  const [step, setStep] = useState<'save' | 'confirm'>(recoveryKey ? 'save' : 'confirm');
  const [stored, setStored] = useState(false);

  if (step === 'save' && recoveryKey) {
    return (
      <SaveRecoveryKeyStep
        recoveryKey={recoveryKey}
        replacing={replacing}
        stored={stored}
        onStoredChange={setStored}
        onContinue={() => setStep('confirm')}
      />
    );
  }
  return (
    <ConfirmRecoveryKeyStep
      keyWasShown={recoveryKey !== null}
      onBack={recoveryKey ? () => setStep('save') : undefined}
      onConfirmed={onConfirmed}
    />
  );
}
