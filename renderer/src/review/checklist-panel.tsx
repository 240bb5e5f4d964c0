import { useId, useState } from 'react';
import type { ChecklistItemId } from '../../../common/domain/review';
import type { ChecklistResult } from '../../../common/review/checklist';
import type { ReviewView } from '../../../common/review/review-view';
import { FormError } from '../components/form-error';
import { TranslationChecklistItem } from './translation-compare';
import { useT } from '../i18n/use-t';
import { useMessage } from '../i18n/use-message';

const SPACE = ' ';
const DOT = '.';

interface ChecklistPanelProps {
  view: ReviewView;
  onTick: (item: ChecklistItemId, checked: boolean) => Promise<string | null>;
  onShowCitation: (key: string) => void;
}

/** DESIGN §4a: items decided from the data with their reasons, the rest as the editor's ticks. */
export function ChecklistPanel({ view, onTick, onShowCitation }: ChecklistPanelProps) {
  const ids = useId();
  const t = useT();
  const tm = useMessage();
  const [error, setError] = useState<string | null>(null);
  const canTick = view.viewer?.role === 'editor' && (view.readOnly || (view.status !== 'drafting' && view.status !== 'exported'));
  const numberOf = new Map(view.citations.map((c) => [c.key, c.number]));
  return (
    <section className="panel review-checklist" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="panel-title">
        {t('review.checklist.heading')}
      </h2>
      <p className="panel-intro">{t('review.checklist.intro')}</p>
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
                  <span className="checklist-number">{item.id}{DOT}</span>{SPACE}{t(`review.checklist.item.${item.id}`)}
                  {item.tick ? <span className="checklist-by">{t('review.checklist.tickedBy', { name: item.tick.by.name })}</span> : null}
                </span>
              </label>
            ) : (
              <div className="checklist-auto">
                <span className={`badge checklist-badge checklist-badge-${item.state}`}>{t(`review.checklist.${item.state}`)}</span>
                <span>
                  <span className="checklist-number">{item.id}{DOT}</span>{SPACE}{t(`review.checklist.item.${item.id}`)}
                </span>
              </div>
            )}
            {item.reasons.length > 0 ? (
              <ul className="checklist-reasons">
                {item.reasons.map((reason) => tm(reason)).map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ) : null}
            {item.state === 'fail' && item.citationKeys.length > 0 ? (
              <p className="checklist-links">
                {item.citationKeys.map((key) => (
                  <button key={key} type="button" className="link-button" onClick={() => onShowCitation(key)}>
                    {t('review.citationLink', { number: numberOf.get(key) ?? '?' })}
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
