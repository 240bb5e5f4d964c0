import { useId } from 'react';
import { RecoveryKeyText } from '../components/recovery-key-text';

interface TravelKeyStepProps {
  travelKey: string;
  stored: boolean;
  onStoredChange: (stored: boolean) => void;
}

/** The travel key, shown once, laid out and printed like the recovery key. */
export function TravelKeyStep({ travelKey, stored, onStoredChange }: TravelKeyStepProps) {
  const checkboxId = useId();
  return (
    <div className="travel-key">
      <ul className="notes">
        <li>It is shown only this once. Without it, the travel file cannot be opened by anyone, you included.</li>
        <li>Print it or write it down, and carry it apart from the travel file and from this laptop.</li>
      </ul>
      <div className="print-area">
        <p className="print-only print-title">Shieldnote travel key</p>
        <RecoveryKeyText recoveryKey={travelKey} label="Travel key" />
        <p className="print-only">Opens the travel file of one trip. Keep it apart from the file and from your computer.</p>
      </div>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <div className="checkbox">
        <input id={checkboxId} type="checkbox" checked={stored} onChange={(event) => onStoredChange(event.target.checked)} />
        <label htmlFor={checkboxId}>I have printed or written down the travel key</label>
      </div>
    </div>
  );
}
