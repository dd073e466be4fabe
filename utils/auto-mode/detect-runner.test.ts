import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '../extract/types';
import { runDetection, type DetectMessage, type DetectWindow } from './detect-runner';

/**
 * The runner against jsdom's window with fake timers: a page that loads and settles, then route
 * changes noticed by its look at the URL. `history.pushState` changes jsdom's location as a
 * browser's would.
 */
let messages: DetectMessage[];
let stops: (() => void)[];
const detect = vi.fn((doc: Document, url: string): Detection => ({
  isArticle: url.includes('/story'),
  // The page's title as a reason's value, to tell which page was read.
  reasons: [{ code: 'og-other', value: doc.title }],
}));

beforeEach(() => {
  vi.useFakeTimers();
  messages = [];
  stops = [];
  detect.mockClear();
  history.replaceState(null, '', '/');
  document.title = 'A page';
});
afterEach(() => {
  stops.forEach((stop) => stop());
  vi.useRealTimers();
});

function start(
  win: Partial<DetectWindow> = {},
  report: (m: DetectMessage) => unknown = (m) => messages.push(m),
  pollMs = 1_000,
) {
  const stop = runDetection({ ...windowLike(), ...win } as DetectWindow, detect, report, {
    settleMs: 500,
    pollMs,
  });
  stops.push(stop);
  return stop;
}

const windowLike = (): DetectWindow => ({
  document,
  location: window.location,
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearInterval: window.clearInterval.bind(window),
});

describe('runDetection', () => {
  it('judges the page once it has settled, not before', async () => {
    history.replaceState(null, '', '/2026/11/29/story');
    start();
    await vi.advanceTimersByTimeAsync(499);
    expect(detect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(messages).toEqual([
      {
        type: 'cs-bg-detected',
        url: 'http://localhost:3000/2026/11/29/story',
        detection: { isArticle: true, reasons: [{ code: 'og-other', value: 'A page' }] },
      },
    ]);
  });

  it('waits for the page to load, then for an idle moment', async () => {
    const idle = vi.fn((callback: () => void) => window.setTimeout(callback, 50));
    const page = { readyState: 'loading' as DocumentReadyState };
    start({ document: page as Document, requestIdleCallback: idle });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(detect).not.toHaveBeenCalled();
    page.readyState = 'complete';
    await vi.advanceTimersByTimeAsync(1_000 + 500);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 2_000 });
    expect(detect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('notices an SPA route change and judges the new route', async () => {
    start();
    await vi.advanceTimersByTimeAsync(500);
    expect(messages.map((m) => m.detection.isArticle)).toEqual([false]);

    history.pushState(null, '', '/world/story-of-the-day');
    document.title = 'The story';
    await vi.advanceTimersByTimeAsync(999);
    expect(messages).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({
      url: 'http://localhost:3000/world/story-of-the-day',
      detection: { isArticle: true, reasons: [{ code: 'og-other', value: 'The story' }] },
    });
  });

  it('ignores #fragment changes: the route it has judged stays judged', async () => {
    start();
    await vi.advanceTimersByTimeAsync(500);
    history.pushState(null, '', '/#section-2');
    await vi.advanceTimersByTimeAsync(3_000);
    history.pushState(null, '', '/story/1');
    await vi.advanceTimersByTimeAsync(2_000);
    history.pushState(null, '', '/story/1#comments');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(messages.map((m) => new URL(m.url).pathname)).toEqual(['/', '/story/1']);
  });

  it('judges only the last of quick route changes', async () => {
    start({}, undefined, 100);
    await vi.advanceTimersByTimeAsync(500);
    for (const path of ['/a', '/b', '/story/c']) {
      history.pushState(null, '', path);
      await vi.advanceTimersByTimeAsync(200);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(messages.map((m) => new URL(m.url).pathname)).toEqual(['/', '/story/c']);
  });

  it('stops when the extension is gone (the report rejects), and when told to', async () => {
    start({}, () => Promise.reject(new Error('Extension context invalidated.')));
    await vi.advanceTimersByTimeAsync(500);
    expect(detect).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/story/next');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(detect).toHaveBeenCalledTimes(1);

    const stop = start();
    stop();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(detect).toHaveBeenCalledTimes(1);
  });
});
