import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Response } from '../messaging/protocol';
import { createSnapshotPrefetch } from './snapshot-prefetch';

type Answer = Response<'bg-cs-get-snapshot'>;

/** A page that answers with a snapshot naming how many times it was asked. */
function fakePage() {
  const asked: number[] = [];
  const askPage = vi.fn(async (tabId: number): Promise<Answer> => {
    asked.push(tabId);
    return {
      ok: true,
      snapshot: {
        url: `https://news.test/${tabId}`,
        html: `<p>capture ${asked.length}</p>`,
        scrollY: 0,
        capturedAt: asked.length,
      },
    };
  });
  return { askPage, asked };
}

const htmlOf = (answer: Answer) => (answer.ok ? answer.snapshot.html : answer.error);

describe('the snapshot asked for when the reader opens', () => {
  afterEach(() => vi.useRealTimers());

  it('is asked of the page at once and handed to the reader of that tab, once', async () => {
    const { askPage, asked } = fakePage();
    const prefetch = createSnapshotPrefetch(askPage);
    prefetch.start(4);
    expect(asked).toEqual([4]); // before the reader page has asked for anything
    expect(htmlOf(await prefetch.take(4))).toBe('<p>capture 1</p>');
    expect(asked).toEqual([4]);
    // A second request (a retry after a failure) reads the page as it is now.
    expect(htmlOf(await prefetch.take(4))).toBe('<p>capture 2</p>');
    expect(asked).toEqual([4, 4]);
  });

  it('is never handed to the reader of another tab', async () => {
    const { askPage, asked } = fakePage();
    const prefetch = createSnapshotPrefetch(askPage);
    prefetch.start(4);
    const other = await prefetch.take(9);
    expect(other.ok && other.snapshot.url).toBe('https://news.test/9');
    expect(asked).toEqual([4, 9]);
  });

  it('without a prefetch, the reader’s request asks the page', async () => {
    const { askPage, asked } = fakePage();
    expect(htmlOf(await createSnapshotPrefetch(askPage).take(2))).toBe('<p>capture 1</p>');
    expect(asked).toEqual([2]);
  });

  it('is dropped when the tab’s page changes or its reader closes', async () => {
    const { askPage, asked } = fakePage();
    const prefetch = createSnapshotPrefetch(askPage);
    prefetch.start(4);
    prefetch.forget(4);
    expect(htmlOf(await prefetch.take(4))).toBe('<p>capture 2</p>');
    expect(asked).toEqual([4, 4]);
  });

  it('opening again replaces an unclaimed one with the page as it is now', async () => {
    const { askPage } = fakePage();
    const prefetch = createSnapshotPrefetch(askPage);
    prefetch.start(4);
    prefetch.start(4);
    expect(htmlOf(await prefetch.take(4))).toBe('<p>capture 2</p>');
  });

  it('is not kept for ever when no reader claims it', async () => {
    vi.useFakeTimers();
    const { askPage, asked } = fakePage();
    const prefetch = createSnapshotPrefetch(askPage, 1_000);
    prefetch.start(4);
    vi.advanceTimersByTime(999);
    expect(htmlOf(await prefetch.take(4))).toBe('<p>capture 1</p>');
    prefetch.start(4);
    vi.advanceTimersByTime(1_000);
    expect(htmlOf(await prefetch.take(4))).toBe('<p>capture 3</p>');
    expect(asked).toEqual([4, 4, 4]);
  });

  it('passes a page’s refusal on as it came', async () => {
    const prefetch = createSnapshotPrefetch(async () => ({
      ok: false,
      error: 'too-large',
      message: 'This page is too large to read.',
    }));
    prefetch.start(1);
    expect(await prefetch.take(1)).toEqual({
      ok: false,
      error: 'too-large',
      message: 'This page is too large to read.',
    });
  });
});
