import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
/** What jsdom lacks and the UI uses: a ResizeObserver that never fires, scrollIntoView, Blob.arrayBuffer. Import first in each UI test. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof w.ResizeObserver !== 'function') w.ResizeObserver = NoResizeObserver;
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};
if (typeof Blob !== 'undefined' && !Blob.prototype.arrayBuffer)
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
const g = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
if (typeof g.TextDecoder !== 'function') g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder !== 'function') g.TextEncoder = NodeTextEncoder;
export {};
