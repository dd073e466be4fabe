import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SenderInfo } from '../messaging/guard';
import { backgroundHandlers } from './handlers';
import { pageTurns } from './page-turns';

const readerFrame = (tabId?: number): SenderInfo => ({
  id: 'lector',
  url: 'chrome-extension://lector/reader.html',
  ...(tabId === undefined ? {} : { tab: { id: tabId }, frameId: 3 }),
});

describe("the reader's next page", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    pageTurns.forget(7);
  });

  it('takes the tab there and opens the reader when that page has loaded', async () => {
    const update = vi.fn(async () => ({}) as never);
    fakeBrowser.tabs.update = update as never;
    const open = backgroundHandlers()['reader-bg-open-page'];
    const url = 'https://news.test/review/?page=2';
    expect(await open({ type: 'reader-bg-open-page', url }, readerFrame(7))).toEqual({ ok: true });
    expect(update).toHaveBeenCalledWith(7, { url });
    pageTurns.loading(7);
    expect(pageTurns.take(7)).toBe(true);
  });

  it('says why when there is no tab, or the tab cannot go there', async () => {
    const open = backgroundHandlers()['reader-bg-open-page'];
    const url = 'https://news.test/review/?page=2';
    expect(await open({ type: 'reader-bg-open-page', url }, readerFrame())).toMatchObject({
      ok: false,
      error: 'no-tab',
    });
    fakeBrowser.tabs.update = (async () => {
      throw new Error('No tab with id: 7');
    }) as never;
    expect(await open({ type: 'reader-bg-open-page', url }, readerFrame(7))).toEqual({
      ok: false,
      error: 'failed',
      message: 'No tab with id: 7',
    });
    pageTurns.loading(7);
    expect(pageTurns.take(7)).toBe(false);
  });
});
