import type { Detection } from '../extract/types';

/**
 * The detection script's logic (entrypoints/detect.ts is its wiring). It runs in every page of
 * an auto-mode site, so it is small and idle: wait for the page to settle (load, a short delay,
 * then an idle moment), judge it once, report; then watch for single-page-app route changes
 * (the Navigation API where there is one, else a cheap poll of the URL) and judge each new
 * route the same way. Changes of the #fragment alone are in-page jumps, not new pages.
 */
export interface DetectMessage {
  type: 'cs-bg-detected';
  url: string;
  detection: Detection;
}

/** What the runner needs from its page: `window` in the page, a fake one in tests. */
export type DetectWindow = Pick<
  Window,
  'document' | 'location' | 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'
> & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  navigation?: EventTarget;
  addEventListener: Window['addEventListener'];
};

export interface DetectOptions {
  /** Quiet time after `load` (and after a route change) before judging. */
  settleMs: number;
  /** How often to look at the URL where the Navigation API is missing. */
  pollMs: number;
}

const DEFAULTS: DetectOptions = { settleMs: 600, pollMs: 1_000 };

const withoutHash = (href: string) => href.split('#')[0]!;

/**
 * Start judging the page. `report` sends the verdict; if it throws or rejects (the extension
 * was reloaded or removed), the runner stops. Returns a function that stops it.
 */
export function runDetection(
  win: DetectWindow,
  detect: (doc: Document, url: string) => Detection,
  report: (message: DetectMessage) => unknown,
  options: Partial<DetectOptions> = {},
): () => void {
  const { settleMs, pollMs } = { ...DEFAULTS, ...options };
  const abort = new AbortController();
  let judged = '';
  let seen = withoutHash(win.location.href);
  let timer: number | undefined;

  const stop = () => {
    abort.abort();
    win.clearTimeout(timer);
  };

  const judge = () => {
    const url = win.location.href;
    if (abort.signal.aborted || withoutHash(url) === judged) return;
    judged = withoutHash(url);
    try {
      Promise.resolve(
        report({ type: 'cs-bg-detected', url, detection: detect(win.document, url) }),
      ).catch(stop);
    } catch {
      stop();
    }
  };

  const settle = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      if (win.requestIdleCallback) win.requestIdleCallback(judge, { timeout: 2_000 });
      else judge();
    }, settleMs);
  };

  const onRoute = () => {
    const now = withoutHash(win.location.href);
    if (now === seen) return;
    seen = now;
    settle();
  };

  if (win.document.readyState === 'complete') settle();
  else win.addEventListener('load', settle, { once: true, signal: abort.signal });

  if (win.navigation) {
    // pushState, replaceState, back/forward and intercepted navigations all end up here.
    for (const type of ['navigatesuccess', 'currententrychange']) {
      win.navigation.addEventListener(type, onRoute, { signal: abort.signal });
    }
  } else {
    const poll = win.setInterval(onRoute, pollMs);
    abort.signal.addEventListener('abort', () => win.clearInterval(poll));
  }
  return stop;
}
