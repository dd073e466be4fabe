import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleReader } from './reader-toggle';

describe('toggleReader', () => {
  const setBadgeText = vi.fn(async () => {});
  beforeEach(() => {
    fakeBrowser.reset();
    setBadgeText.mockClear();
    fakeBrowser.action.setBadgeText = setBadgeText as never;
    fakeBrowser.action.setBadgeBackgroundColor = vi.fn(async () => {}) as never;
    fakeBrowser.action.setTitle = vi.fn(async () => {}) as never;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fakeBrowser.scripting.executeScript = (async () => {
      throw new Error('Cannot access contents of the page');
    }) as never;
  });

  it('flashes the icon when the reader cannot open on a tab someone clicked', async () => {
    expect(await toggleReader(7)).toBe('unavailable');
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '!' });
  });

  it('stays quiet when the reader reopening by itself after "Next page" cannot', async () => {
    expect(await toggleReader(7, { quiet: true })).toBe('unavailable');
    expect(setBadgeText).not.toHaveBeenCalled();
  });

  it('says what the injected script did', async () => {
    fakeBrowser.scripting.executeScript = (async () => [{ result: 'opened' }]) as never;
    expect(await toggleReader(7, { quiet: true })).toBe('opened');
  });
});
