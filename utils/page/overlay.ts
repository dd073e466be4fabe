import { OVERLAY_TAG } from './snapshot';

/**
 * The reader shown over the visited page, in the same tab. The page gets exactly one element of
 * Lector's: a host with a closed shadow root holding an iframe of the extension's reader page.
 * Article HTML is never rendered in the visited page itself (security.md, rule 1). Closing
 * removes the host and every listener, and gives focus back, so the page is as it was.
 */
export interface Overlay {
  close(): void;
  readonly isOpen: boolean;
}

const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: 0',
  'width: 100vw',
  'height: 100vh',
  'z-index: 2147483647',
  'display: block',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'background: transparent',
].join(';');

const FRAME_STYLE = 'width: 100%; height: 100%; border: 0; display: block; color-scheme: normal';

export function openOverlay(
  doc: Document,
  readerUrl: string,
  options: { title: string; onClose?: () => void },
): Overlay {
  const previousFocus = doc.activeElement;
  const abort = new AbortController();
  const host = doc.createElement(OVERLAY_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.setAttribute('style', FRAME_STYLE);
  frame.setAttribute('title', options.title);
  frame.src = readerUrl;
  shadow.append(frame);

  let open = true;
  const overlay: Overlay = {
    get isOpen() {
      return open;
    },
    close() {
      if (!open) return;
      open = false;
      abort.abort();
      host.remove();
      if (previousFocus instanceof HTMLElement && previousFocus.isConnected) {
        previousFocus.focus({ preventScroll: true });
      }
      options.onClose?.();
    },
  };

  // Until the reader frame has focus, Esc pressed in the page closes the reader too.
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        overlay.close();
      }
    },
    { capture: true, signal: abort.signal },
  );
  frame.addEventListener('load', () => frame.focus(), { signal: abort.signal });
  doc.documentElement.append(host);
  frame.focus();
  return overlay;
}
