import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '../extract/types';
import { runDetection, type DetectMessage, type DetectWindow } from './detect-runner';

/**
 * The runner against jsdom's window with fake timers: a page that settles, then route changes
 * through the Navigation API (an EventTarget standing in for `navigation`) or, without it, a
 * URL poll. `history.pushState` changes jsdom's location as a browser's would.
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
) {
  const stop = runDetection({ ...windowLike(), ...win } as DetectWindow, detect, report, {
    settleMs: 500,
    pollMs: 1_000,
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
  addEventListener: window.addEventListener.bind(window),
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

  it('waits for load when the page is still loading, then for an idle moment', async () => {
    const idle = vi.fn((callback: () => void) => window.setTimeout(callback, 50));
    const loading = { ...document, readyState: 'loading' } as unknown as Document;
    const target = new EventTarget();
    start({
      document: loading,
      addEventListener: target.addEventListener.bind(target) as Window['addEventListener'],
      requestIdleCallback: idle,
    });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(detect).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(500);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 2_000 });
    expect(detect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(50);
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('notices an SPA route change through the Navigation API and judges the new route', async () => {
    const navigation = new EventTarget();
    start({ navigation });
    await vi.advanceTimersByTimeAsync(500);
    expect(messages.map((m) => m.detection.isArticle)).toEqual([false]);

    history.pushState(null, '', '/world/story-of-the-day');
    document.title = 'The story';
    navigation.dispatchEvent(new Event('navigatesuccess'));
    navigation.dispatchEvent(new Event('currententrychange'));
    await vi.advanceTimersByTimeAsync(500);
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({
      url: 'http://localhost:3000/world/story-of-the-day',
      detection: { isArticle: true, reasons: [{ code: 'og-other', value: 'The story' }] },
    });
  });

  it('without the Navigation API, polls the URL', async () => {
    start();
    await vi.advanceTimersByTimeAsync(500);
    history.pushState(null, '', '/story/2');
    await vi.advanceTimersByTimeAsync(999);
    expect(messages).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(messages.map((m) => m.url)).toEqual([
      'http://localhost:3000/',
      'http://localhost:3000/story/2',
    ]);
  });

  it('ignores #fragment changes and routes it has already judged', async () => {
    const navigation = new EventTarget();
    start({ navigation });
    await vi.advanceTimersByTimeAsync(500);
    history.pushState(null, '', '/#section-2');
    navigation.dispatchEvent(new Event('navigatesuccess'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(messages).toHaveLength(1);
  });

  it('judges only the last of quick route changes', async () => {
    const navigation = new EventTarget();
    start({ navigation });
    await vi.advanceTimersByTimeAsync(500);
    for (const path of ['/a', '/b', '/story/c']) {
      history.pushState(null, '', path);
      navigation.dispatchEvent(new Event('navigatesuccess'));
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(500);
    expect(messages.map((m) => new URL(m.url).pathname)).toEqual(['/', '/story/c']);
  });

  it('stops when the extension is gone (the report rejects), and when told to', async () => {
    const navigation = new EventTarget();
    start({ navigation }, () => Promise.reject(new Error('Extension context invalidated.')));
    await vi.advanceTimersByTimeAsync(500);
    expect(detect).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/story/next');
    navigation.dispatchEvent(new Event('navigatesuccess'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(detect).toHaveBeenCalledTimes(1);

    const stop = start({ navigation });
    stop();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(detect).toHaveBeenCalledTimes(1);
  });
});
