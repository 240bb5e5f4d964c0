import { useId, useState } from 'react';
import type { ChecklistItemId } from '../../../common/domain/review';
import type { ChecklistResult } from '../../../common/review/checklist';
import type { ReviewView } from '../../../common/review/review-view';
import { FormError } from '../components/form-error';
import { TranslationChecklistItem } from './translation-compare';

const STATE_LABELS = { pass: 'Pass', fail: 'Check', manual: 'To tick' } as const;

interface ChecklistPanelProps {
  view: ReviewView;
  onTick: (item: ChecklistItemId, checked: boolean) => Promise<string | null>;
  onShowCitation: (key: string) => void;
}

/** DESIGN §4a: items decided from the data with their reasons, the rest as the editor's ticks. */
export function ChecklistPanel({ view, onTick, onShowCitation }: ChecklistPanelProps) {
  const ids = useId();
  const [error, setError] = useState<string | null>(null);
  const canTick = view.viewer?.role === 'editor' && (view.readOnly || (view.status !== 'drafting' && view.status !== 'exported'));
  const numberOf = new Map(view.citations.map((c) => [c.key, c.number]));
  return (
    <section className="panel review-checklist" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="panel-title">
        Checklist
      </h2>
      <p className="panel-intro">Items marked Pass or Check are decided from the draft and its sources; the editor ticks the others.</p>
      <FormError message={error} />
      <ol className="checklist">
        {view.checklist.map((item: ChecklistResult) => (
          <li key={item.id} className={`checklist-item checklist-${item.state}`}>
            {item.state === 'manual' ? (
              <label className="checkbox checklist-tick">
                <input
                  type="checkbox"
                  checked={!!item.tick?.checked}
                  disabled={!canTick}
                  onChange={async (event) => setError(await onTick(item.id, event.target.checked))}
                />
                <span>
                  <span className="checklist-number">{`${item.id}.`}</span> {item.text}
                  {item.tick ? <span className="checklist-by">{` Ticked by ${item.tick.by.name}.`}</span> : null}
                </span>
              </label>
            ) : (
              <div className="checklist-auto">
                <span className={`badge checklist-badge checklist-badge-${item.state}`}>{STATE_LABELS[item.state]}</span>
                <span>
                  <span className="checklist-number">{`${item.id}.`}</span> {item.text}
                </span>
              </div>
            )}
            {item.reasons.length > 0 ? (
              <ul className="checklist-reasons">
                {item.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ) : null}
            {item.state === 'fail' && item.citationKeys.length > 0 ? (
              <p className="checklist-links">
                {item.citationKeys.map((key) => (
                  <button key={key} type="button" className="link-button" onClick={() => onShowCitation(key)}>
                    {`Citation ${numberOf.get(key) ?? '?'}`}
                  </button>
                ))}
              </p>
            ) : null}
          </li>
        ))}
        <TranslationChecklistItem translations={view.translations} />
      </ol>
    </section>
  );
}
