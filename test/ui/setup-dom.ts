/** What jsdom lacks and Fluent UI uses: a ResizeObserver that never fires, scrollIntoView. Import first in each UI test. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof w.ResizeObserver !== 'function') w.ResizeObserver = NoResizeObserver;
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};
export {};
