import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A stand-in canvas whose pixels name the image drawn on it, so a test can tell icons apart. */
function stubDecoding() {
  const fetched: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      fetched.push(path);
      return { blob: async () => path };
    }),
  );
  vi.stubGlobal(
    'createImageBitmap',
    vi.fn(async (blob: string) => ({ source: blob, close: () => {} })),
  );
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      private drawn = '';
      constructor(
        readonly width: number,
        readonly height: number,
      ) {}
      getContext() {
        return {
          drawImage: (bitmap: { source: string }) => (this.drawn = bitmap.source),
          getImageData: () => ({ drawn: this.drawn, width: this.width }),
        };
      }
    },
  );
  return fetched;
}

async function freshModule() {
  vi.resetModules();
  return import('./action-icon');
}

describe('the toolbar icon', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('is set from pixels decoded once, not from paths the browser decodes on every call', async () => {
    const fetched = stubDecoding();
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue();
    const { showArticleState } = await freshModule();
    await showArticleState(3, true);
    await showArticleState(3, false);
    await showArticleState(4, true);
    expect(fetched.sort()).toEqual([
      '/icon/16.png',
      '/icon/32.png',
      '/icon/48.png',
      '/icon/muted-16.png',
      '/icon/muted-32.png',
      '/icon/muted-48.png',
    ]);
    expect(setIcon.mock.calls.map(([details]) => details)).toEqual([
      {
        tabId: 3,
        imageData: {
          16: { drawn: '/icon/16.png', width: 16 },
          32: { drawn: '/icon/32.png', width: 32 },
          48: { drawn: '/icon/48.png', width: 48 },
        },
      },
      {
        tabId: 3,
        imageData: {
          16: { drawn: '/icon/muted-16.png', width: 16 },
          32: { drawn: '/icon/muted-32.png', width: 32 },
          48: { drawn: '/icon/muted-48.png', width: 48 },
        },
      },
      expect.objectContaining({ tabId: 4 }),
    ]);
  });

  it('falls back to the paths where pixels cannot be made or are refused', async () => {
    const setIcon = vi.spyOn(fakeBrowser.action, 'setIcon').mockResolvedValue();
    let { showArticleState } = await freshModule(); // no OffscreenCanvas here
    await showArticleState(3, false);
    expect(setIcon).toHaveBeenLastCalledWith({
      tabId: 3,
      path: { 16: '/icon/muted-16.png', 32: '/icon/muted-32.png', 48: '/icon/muted-48.png' },
    });

    stubDecoding();
    setIcon.mockReset();
    setIcon.mockRejectedValueOnce(new Error('imageData is not valid')).mockResolvedValue();
    ({ showArticleState } = await freshModule());
    await showArticleState(3, true);
    expect(setIcon).toHaveBeenCalledTimes(2);
    expect(setIcon).toHaveBeenLastCalledWith({
      tabId: 3,
      path: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' },
    });
  });

  it('says nothing when the tab has gone', async () => {
    vi.spyOn(fakeBrowser.action, 'setIcon').mockRejectedValue(new Error('No tab with id: 3'));
    const { showArticleState } = await freshModule();
    await expect(showArticleState(3, true)).resolves.toBeUndefined();
  });
});
