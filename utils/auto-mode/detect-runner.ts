import type { Detection } from '../extract/types';

/**
 * The detection script's logic (entrypoints/detect.ts is its wiring). It runs in every page of
 * an auto-mode site, so it is small and idle: it looks at the page's URL every `pollMs`, and once
 * the page has loaded and its URL is one it has not judged, waits for the page to settle (a short
 * delay, then an idle moment), judges it once and reports. A single-page app's route change is a
 * new URL like any other; changes of the #fragment alone are in-page jumps, not new pages. (One
 * look at a string twice a second costs nothing; a load listener and the Navigation API, which
 * this used before, cost a tenth of the script's 5 KB.)
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
};

export interface DetectOptions {
  /** Quiet time after the page has loaded (or changed route) before judging. */
  settleMs: number;
  /** How often to look at the URL and the page's loading state. */
  pollMs: number;
}

const withoutHash = (href: string) => href.split('#')[0]!;

/**
 * Start judging the page. `report` sends the verdict; if it throws or rejects (the extension
 * was reloaded or removed), the runner stops. Returns a function that stops it.
 */
export function runDetection(
  win: DetectWindow,
  detect: (doc: Document, url: string) => Detection,
  report: (message: DetectMessage) => unknown,
  { settleMs = 600, pollMs = 500 }: Partial<DetectOptions> = {},
): () => void {
  let seen = '';
  let judged = '';
  let stopped = false;
  let timer: number | undefined;

  const judge = () => {
    const url = win.location.href;
    if (stopped || withoutHash(url) === judged) return;
    judged = withoutHash(url);
    try {
      Promise.resolve(
        report({ type: 'cs-bg-detected', url, detection: detect(win.document, url) }),
      ).catch(stop);
    } catch {
      stop();
    }
  };

  const look = () => {
    const url = withoutHash(win.location.href);
    if (win.document.readyState !== 'complete' || url === seen) return;
    seen = url;
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      if (win.requestIdleCallback) win.requestIdleCallback(judge, { timeout: 2_000 });
      else judge();
    }, settleMs);
  };

  const poll = win.setInterval(look, pollMs);
  const stop = () => {
    stopped = true;
    win.clearInterval(poll);
    win.clearTimeout(timer);
  };
  look();
  return stop;
}
