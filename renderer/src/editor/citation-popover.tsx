import type { Editor } from '@tiptap/core';
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { channelLabel } from '../library/labels';
import { useT } from '../i18n/use-t';
import type { CitationContext } from './citation-data';
import { citationAt } from './citation-commands';
import { citationLabelAt } from './extensions/citation-labels';
import { formatSaidOn, sourceLabel } from './format';
import { ReliabilityFacts } from '../sources/reliability-facts';
import { LanguageNotice } from './language-notice';

interface CitationPopoverProps {
  id: string;
  editor: Editor;
  context: CitationContext;
  pos: number;
  anchor: DOMRect | null;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** Where a popover goes: under its anchor, kept inside the window. */
export function usePopoverPosition(anchor: DOMRect | null): { ref: React.RefObject<HTMLDivElement | null>; style: CSSProperties } {
  const ref = useRef<HTMLDivElement>(null);
  const [style, setStyle] = useState<CSSProperties>({ top: 0, left: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !anchor) return;
    const width = element.offsetWidth || 360;
    const height = element.offsetHeight || 0;
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    const below = anchor.bottom + 6;
    const top = below + height > window.innerHeight && anchor.top - height - 6 > 0 ? anchor.top - height - 6 : below;
    setStyle({ top, left });
  }, [anchor]);
  return { ref, style };
}

/** Hover or focus on a chip: what it cites, without opening anything. */
export function CitationPopover({ id, editor, context, pos, anchor, onPointerEnter, onPointerLeave }: CitationPopoverProps) {
  const t = useT();
  const { ref, style } = usePopoverPosition(anchor);
  const attrs = citationAt(editor, pos);
  const label = citationLabelAt(editor.state, pos);
  if (!attrs) return null;
  const statements = attrs.statementIds.map((sid) => ({ id: sid, statement: context.statements.get(sid) }));
  return createPortal(
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className="popover citation-popover"
      style={style}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <p className="popover-title">{label?.unresolved ? t('editor.popover.sourceMissing') : (label?.label ?? t('editor.popover.citation'))}</p>
      <LanguageNotice context={context} missingLabel={!!label?.missingLabel} ambiguous={!!label?.ambiguous} />
      {statements.map(({ id: sid, statement }) => {
        if (!statement) {
          return (
            <p key={sid} className="popover-missing">
              {t('editor.popover.statementGone')}
            </p>
          );
        }
        const source = context.sources.get(statement.sourceId);
        return (
          <div key={sid} className="popover-statement">
            <blockquote className="popover-quote">{statement.text}</blockquote>
            <dl className="popover-facts">
              <div>
                <dt>{t('editor.popover.said')}</dt>
                <dd>
                  {t('editor.popover.saidVia', { date: formatSaidOn(statement.saidOn), channel: channelLabel(statement.channel) })}
                </dd>
              </div>
              <div>
                <dt>{t('editor.popover.source')}</dt>
                <dd>{sourceLabel(source)}</dd>
              </div>
              {source ? (
                <>
                  {source.access ? (
                    <div>
                      <dt>{t('editor.popover.access')}</dt>
                      <dd>{source.access}</dd>
                    </div>
                  ) : null}
                  {source.anonymityReason ? (
                    <div>
                      <dt>{t('editor.popover.anonymity')}</dt>
                      <dd>{source.anonymityReason}</dd>
                    </div>
                  ) : null}
                  <ReliabilityFacts source={source} />
                </>
              ) : null}
            </dl>
          </div>
        );
      })}
      <p className="popover-hint">{t('editor.popover.hint')}</p>
    </div>,
    document.body,
  );
}
