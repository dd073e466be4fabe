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
  /** Opened unseen (auto mode) and not shown yet: invisible, unfocusable, deaf to keys. */
  readonly isHidden: boolean;
  /** Show an unseen overlay and give it focus. */
  reveal(): void;
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

/**
 * `hidden`: open it unseen (auto mode), until `reveal()`. `visibility: hidden` rather than
 * `display: none` so that the reader page still loads and reads meanwhile; it also keeps the
 * frame out of the focus order and lets clicks through to the page.
 */
export function openOverlay(
  doc: Document,
  readerUrl: string,
  options: { title: string; onClose?: () => void; hidden?: boolean },
): Overlay {
  let previousFocus = doc.activeElement;
  const abort = new AbortController();
  const host = doc.createElement(OVERLAY_TAG);
  let hidden = options.hidden === true;
  host.setAttribute('style', hidden ? `${HOST_STYLE};visibility:hidden` : HOST_STYLE);
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
    get isHidden() {
      return open && hidden;
    },
    reveal() {
      if (!open || !hidden) return;
      hidden = false;
      previousFocus = doc.activeElement;
      host.setAttribute('style', HOST_STYLE);
      frame.focus();
    },
    close() {
      if (!open) return;
      open = false;
      abort.abort();
      host.remove();
      // An overlay never shown never took focus: the person may have moved on since.
      if (!hidden && previousFocus instanceof HTMLElement && previousFocus.isConnected) {
        previousFocus.focus({ preventScroll: true });
      }
      options.onClose?.();
    },
  };

  // Until the reader frame has focus, Esc pressed in the page closes the reader too (once shown).
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && !hidden) {
        event.stopPropagation();
        overlay.close();
      }
    },
    { capture: true, signal: abort.signal },
  );
  const focus = () => {
    if (!hidden) frame.focus();
  };
  frame.addEventListener('load', focus, { signal: abort.signal });
  doc.documentElement.append(host);
  focus();
  return overlay;
}
