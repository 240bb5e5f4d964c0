import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface VirtualListboxProps<T> {
  items: readonly T[];
  label: string;
  /** Every row has this height (px): it is what makes the window arithmetic exact. */
  rowHeight: number;
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  onOpen: (item: T) => void;
  /** Row to make active (and scroll to) when the list appears, e.g. the one just viewed. */
  initialKey?: string;
  autoFocus?: boolean;
  className?: string;
}

const OVERSCAN = 8;
// jsdom, and the first frame before layout, report no height: assume a common window.
const FALLBACK_VIEWPORT = 640;

/**
 * A listbox that renders only the rows in view (plus a few either side), so ten thousand
 * statements cost the same as fifty. Focus stays on the list; arrow keys move the active row
 * (aria-activedescendant), Enter opens it.
 */
export function VirtualListbox<T>({
  items,
  label,
  rowHeight,
  getKey,
  renderRow,
  onOpen,
  initialKey,
  autoFocus = false,
  className,
}: VirtualListboxProps<T>) {
  const idPrefix = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [activeKey, setActiveKey] = useState<string | null>(initialKey ?? null);

  const found = activeKey === null ? -1 : items.findIndex((item) => getKey(item) === activeKey);
  const active = found >= 0 ? found : items.length > 0 ? 0 : -1;

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight || FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // On arrival, bring the remembered row into view and focus the list if asked.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (initialKey) {
      const index = items.findIndex((item) => getKey(item) === initialKey);
      if (index >= 0) {
        const top = Math.max(0, index * rowHeight - (element.clientHeight || FALLBACK_VIEWPORT) / 2);
        element.scrollTop = top;
        setScrollTop(element.scrollTop);
      }
    }
    if (autoFocus) element.focus();
    // Only when the list mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function scrollToIndex(index: number) {
    const element = ref.current;
    if (!element) return;
    const height = element.clientHeight || viewport;
    const top = index * rowHeight;
    let next = element.scrollTop;
    if (top < next) next = top;
    else if (top + rowHeight > next + height) next = top + rowHeight - height;
    if (next !== element.scrollTop) {
      element.scrollTop = next;
      setScrollTop(element.scrollTop);
    }
  }

  function moveTo(index: number) {
    if (items.length === 0) return;
    const clamped = Math.min(items.length - 1, Math.max(0, index));
    setActiveKey(getKey(items[clamped]!));
    scrollToIndex(clamped);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if ((event.key === 'Enter' || event.key === ' ') && active >= 0) {
      event.preventDefault();
      onOpen(items[active]!);
    }
  }

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let index = first; index < last; index++) {
    const item = items[index]!;
    const key = getKey(item);
    rows.push(
      <div
        key={key}
        id={`${idPrefix}-${key}`}
        role="option"
        aria-selected={index === active}
        aria-posinset={index + 1}
        aria-setsize={items.length}
        className="vlist-row"
        // Row offsets are computed; React applies them through CSSOM, which the CSP allows.
        style={{ transform: `translateY(${index * rowHeight}px)`, height: rowHeight }}
        onClick={() => {
          setActiveKey(key);
          onOpen(item);
        }}
      >
        {renderRow(item, index)}
      </div>,
    );
  }

  // Only point at the active row while it is rendered; a dangling id would confuse screen readers.
  const activeItem = active >= first && active < last ? items[active] : undefined;
  return (
    <div
      ref={ref}
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeItem ? `${idPrefix}-${getKey(activeItem)}` : undefined}
      className={['vlist', className].filter(Boolean).join(' ')}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div className="vlist-inner" role="presentation" style={{ height: items.length * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
