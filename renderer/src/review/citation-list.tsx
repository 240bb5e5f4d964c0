import { matches } from '../app/shortcuts';
import { useId, type KeyboardEvent, type Ref } from 'react';
import { useT } from '../i18n/use-t';
import type { ReviewCitation } from '../../../common/review/review-view';

interface CitationListProps {
  citations: ReviewCitation[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
  /** Enter: go to the selected citation's detail. */
  onOpen: () => void;
  ref?: Ref<HTMLDivElement>;
  /** The draft's language: the attributions are marked with it. */
  language?: string;
}


/**
 * Every citation in story order. Focus stays on the list; j/k or the arrow keys move the
 * selection (aria-activedescendant), Home/End jump, Enter goes to the detail.
 */
export function CitationList({ citations, selectedKey, onSelect, onOpen, ref, language }: CitationListProps) {
  const idPrefix = useId();
  const t = useT();
  const index = Math.max(0, citations.findIndex((c) => c.key === selectedKey));
  const optionId = (key: string) => `${idPrefix}-${key}`;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    let next = -1;
    if (matches('reviewNext', event)) next = Math.min(citations.length - 1, index + 1);
    else if (matches('reviewPrevious', event)) next = Math.max(0, index - 1);
    else if (matches('reviewFirst', event)) next = 0;
    else if (matches('reviewLast', event)) next = citations.length - 1;
    else if (matches('reviewOpen', event)) {
      event.preventDefault();
      onOpen();
      return;
    } else return;
    event.preventDefault();
    const target = citations[next];
    if (target) {
      onSelect(target.key);
      document.getElementById(optionId(target.key))?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  const selected = citations[index];
  return (
    <div
      ref={ref}
      role="listbox"
      tabIndex={0}
      aria-label={t('review.list.label')}
      aria-activedescendant={selected ? optionId(selected.key) : undefined}
      aria-describedby={`${idPrefix}-keys`}
      className="review-list"
      onKeyDown={onKeyDown}
    >
      <span id={`${idPrefix}-keys`} className="visually-hidden">
        {t('review.list.keys')}
      </span>
      {citations.map((c) => (
        <div
          key={c.key}
          id={optionId(c.key)}
          role="option"
          aria-selected={c.key === selected?.key}
          className="review-option"
          onClick={() => onSelect(c.key)}
        >
          <span className="review-option-number" aria-hidden="true">
            {c.number}
          </span>
          <span className="review-option-text">
            <span className="visually-hidden">{t('review.list.citation', { number: c.number })}</span>
            <span lang={language}>{c.attribution}</span>
          </span>
          <span className={`badge review-state review-state-${c.decision.state}`}>{t(`review.state.${c.decision.state}`)}</span>
        </div>
      ))}
    </div>
  );
}
