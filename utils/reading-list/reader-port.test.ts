import { describe, expect, it, vi } from 'vitest';
import { fixtureResult } from '../reader/testing/fixture-result';
import { articleData } from './article-data';
import { createLivePort } from './reader-port';

describe('the overlay reader port', () => {
  it('sends only the fields the list keeps, and no article for a page without one', async () => {
    const send = vi.fn(async () => ({ ok: true, tabId: 4, saved: null, saveRequested: false }));
    const port = createLivePort(send as never);
    await port.sync(fixtureResult());
    expect(send).toHaveBeenCalledWith('reader-bg-sync', {
      url: fixtureResult().url,
      article: articleData(fixtureResult()),
    });
    expect(Object.keys(articleData(fixtureResult()))).not.toContain('removed');
    await port.sync(fixtureResult({ content: '', isArticle: false }));
    expect(send).toHaveBeenLastCalledWith('reader-bg-sync', {
      url: fixtureResult().url,
      article: null,
    });
  });

  it('watches save requests for the tab the background named', async () => {
    const watch = vi.fn(() => () => {});
    const send = vi.fn(async () => ({ ok: true, tabId: 9, saved: null, saveRequested: false }));
    const port = createLivePort(send as never, watch);
    port.watchRequests(() => {});
    expect(watch).not.toHaveBeenCalled();
    await port.sync(fixtureResult());
    port.watchRequests(() => {});
    expect(watch).toHaveBeenCalledWith(9, expect.any(Function));
  });

  it('passes a failure on with its message', async () => {
    const send = vi.fn(async () => ({ ok: false, error: 'failed', message: 'Storage is full.' }));
    const port = createLivePort(send as never);
    expect(await port.save(fixtureResult())).toEqual({ ok: false, message: 'Storage is full.' });
  });
});
