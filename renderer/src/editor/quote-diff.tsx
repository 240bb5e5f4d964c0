import type { Editor } from '@tiptap/core';
import { createPortal } from 'react-dom';
import { diffWords } from '../../../common/attribution/quote-fidelity';
import { restoreQuote } from './citation-commands';
import type { QuoteRange } from './extensions/quote-source';
import { usePopoverPosition } from './citation-popover';
import { useT } from '../i18n/use-t';

/** The word-by-word difference between what the source said and what the draft quotes. */
export function QuoteDiff({ quote }: { quote: Pick<QuoteRange, 'original' | 'text'> }) {
  const changes = diffWords(quote.original, quote.text);
  return (
    <p className="quote-diff">
      {changes.map((change, index) => {
        const space = index > 0 ? ' ' : '';
        if (change.type === 'removed') {
          return (
            <span key={index}>
              {space}
              <del>{change.text}</del>
            </span>
          );
        }
        if (change.type === 'added') {
          return (
            <span key={index}>
              {space}
              <ins>{change.text}</ins>
            </span>
          );
        }
        return (
          <span key={index}>
            {space}
            {change.text}
          </span>
        );
      })}
    </p>
  );
}

interface QuotePopoverProps {
  editor: Editor;
  quote: QuoteRange;
  anchor: DOMRect | null;
}

/** Shown while the cursor is in a quote that no longer matches its statement. */
export function QuotePopover({ editor, quote, anchor }: QuotePopoverProps) {
  const t = useT();
  const { ref, style } = usePopoverPosition(anchor);
  return createPortal(
    <div ref={ref} role="dialog" aria-modal="false" aria-label={t('editor.quotes.differs')} className="popover quote-popover" style={style}>
      <p className="popover-title" aria-hidden="true">
        {t('editor.quotes.differs')}
      </p>
      <QuoteDiff quote={quote} />
      <button
        type="button"
        className="button button-secondary button-small"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          restoreQuote(editor, quote);
          editor.view.focus();
        }}
      >
        {t('editor.quotes.restore')}
      </button>
    </div>,
    document.body,
  );
}
