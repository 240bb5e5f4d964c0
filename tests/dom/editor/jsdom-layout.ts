// jsdom has no layout. ProseMirror asks for rectangles when it scrolls the selection into view
// or maps coordinates; zero-sized answers are enough for tests about behaviour.

const emptyRect = (): DOMRect => ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) }) as DOMRect;
const emptyRects = (): DOMRectList => {
  const list: DOMRect[] = [];
  return Object.assign(list, { item: (i: number) => list[i] ?? null }) as unknown as DOMRectList;
};

Range.prototype.getBoundingClientRect ??= emptyRect;
Range.prototype.getClientRects ??= emptyRects;
Element.prototype.scrollIntoView ??= () => {};
document.elementFromPoint ??= () => null;
