import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ToggleOutcome } from '../background/reader-toggle';
import { saveFromTab } from './save-from-tab';
import { saveIntentKey, takeSaveIntent, watchSaveIntent } from './save-intent';

beforeEach(() => fakeBrowser.reset());

const pending = async (tabId: number) =>
  (await fakeBrowser.storage.session.get(saveIntentKey(tabId)))[saveIntentKey(tabId)];

function deps(outcomes: ToggleOutcome[], open = false) {
  const toggle = vi.fn(async () => outcomes.shift());
  return { isOpen: () => open, toggle };
}

describe('saveFromTab (context menu, keyboard command)', () => {
  it('leaves a request for the reader and opens it', async () => {
    const d = deps(['opened']);
    expect(await saveFromTab({ id: 3, windowId: 1 }, d)).toBe('opened');
    expect(d.toggle).toHaveBeenCalledWith({ id: 3, windowId: 1 });
    expect(await takeSaveIntent(3)).toBe(true);
  });

  it('only leaves the request when the reader is open: the reader takes it', async () => {
    const d = deps([], true);
    const heard = vi.fn();
    const stop = watchSaveIntent(3, heard);
    expect(await saveFromTab({ id: 3 }, d)).toBe('requested');
    expect(d.toggle).not.toHaveBeenCalled();
    expect(heard).toHaveBeenCalledOnce();
    stop();
  });

  it('opens the reader again when the toggle closed a reader it did not know about', async () => {
    const d = deps(['closed', 'opened']);
    expect(await saveFromTab({ id: 3 }, d)).toBe('opened');
    expect(d.toggle).toHaveBeenCalledTimes(2);
    expect(await pending(3)).toBeTypeOf('number');
  });

  it('drops the request when the page cannot be read', async () => {
    const d = deps(['unavailable']);
    expect(await saveFromTab({ id: 3 }, d)).toBe('unavailable');
    expect(await pending(3)).toBeUndefined();
  });

  it('does nothing without a tab', async () => {
    const d = deps([]);
    expect(await saveFromTab(undefined, d)).toBe('no-tab');
    expect(d.toggle).not.toHaveBeenCalled();
  });
});
