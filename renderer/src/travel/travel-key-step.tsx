import { useId } from 'react';
import { RecoveryKeyText } from '../components/recovery-key-text';
import { useT } from '../i18n/use-t';

interface TravelKeyStepProps {
  travelKey: string;
  stored: boolean;
  onStoredChange: (stored: boolean) => void;
}

/** The travel key, shown once, laid out and printed like the recovery key. */
export function TravelKeyStep({ travelKey, stored, onStoredChange }: TravelKeyStepProps) {
  const t = useT();
  const checkboxId = useId();
  return (
    <div className="travel-key">
      <ul className="notes">
        <li>{t('travel.key.once')}</li>
        <li>{t('travel.key.carry')}</li>
      </ul>
      <div className="print-area">
        <p className="print-only print-title">{t('travel.key.printTitle')}</p>
        <RecoveryKeyText recoveryKey={travelKey} label={t('travel.key.label')} />
        <p className="print-only">{t('travel.key.printNote')}</p>
      </div>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('travel.key.print')}
        </button>
      </div>
      <div className="checkbox">
        <input id={checkboxId} type="checkbox" checked={stored} onChange={(event) => onStoredChange(event.target.checked)} />
        <label htmlFor={checkboxId}>{t('travel.key.stored')}</label>
      </div>
    </div>
  );
}
