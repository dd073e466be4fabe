/**
 * A click the reader may handle itself: the main button, no key held. A click with a key held
 * (or the middle button) is the person asking for a new tab or window: the browser's to handle.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
