import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountReader } from './reader-harness';
import { cleanup, click, press } from './render';

const scrollBy = vi.fn();

beforeEach(() => {
  scrollBy.mockReset();
  // jsdom lays nothing out: give the scroller a size and record its scrolling.
  HTMLElement.prototype.scrollBy = scrollBy as never;
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const lastScroll = () => (scrollBy.mock.lastCall?.[0] as ScrollToOptions | undefined)?.top;

describe('Reader keyboard', () => {
  it('j/k and the arrows scroll by three lines of the current text size', () => {
    const view = mountReader({ settings: { fontSize: 20, lineHeight: 1.5 } });
    const root = view.get('reader-root');
    press('j', root);
    expect(lastScroll()).toBe(90);
    press('ArrowDown', root);
    expect(lastScroll()).toBe(90);
    press('k', root);
    expect(lastScroll()).toBe(-90);
    press('ArrowUp', root);
    expect(lastScroll()).toBe(-90);
  });

  it('Space and Shift+Space page, keeping two lines of overlap', () => {
    const view = mountReader({ settings: { fontSize: 20, lineHeight: 1.5 } });
    const root = view.get('reader-root');
    const event = press(' ', root);
    expect(event.defaultPrevented).toBe(true);
    expect(lastScroll()).toBe(800 - 60);
    press(' ', root, { shiftKey: true });
    expect(lastScroll()).toBe(-(800 - 60));
  });

  it('works from anywhere in the article, even when focus left the reader', () => {
    mountReader();
    press('j', document.body);
    expect(scrollBy).toHaveBeenCalledOnce();
  });

  it('Esc closes the reader', () => {
    const view = mountReader();
    press('Escape', view.get('reader-root'));
    expect(view.onClose).toHaveBeenCalledOnce();
  });

  it('ignores keys while typing in a field, and leaves arrows to sliders', () => {
    const view = mountReader({
      props: { saveControl: <input data-testid="note" aria-label="Note" /> },
    });
    const field = view.get('note');
    for (const key of ['j', ' ', 'Escape']) {
      expect(press(key, field).defaultPrevented).toBe(false);
    }
    click(view.get('toggle-typography'));
    expect(press('ArrowUp', view.get('reader-font-size')).defaultPrevented).toBe(false);
    expect(scrollBy).not.toHaveBeenCalled();
    expect(view.onClose).not.toHaveBeenCalled();
  });

  it('leaves Space to a focused button, and ignores keys with modifiers', () => {
    const view = mountReader();
    press(' ', view.get('toggle-typography'));
    press('j', view.get('reader-root'), { ctrlKey: true });
    press('k', view.get('reader-root'), { metaKey: true });
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('every toolbar control is reachable with Tab (no negative tabindex)', () => {
    const view = mountReader();
    const controls = view.get('reader-toolbar').querySelectorAll('button, a[href]');
    expect(controls.length).toBeGreaterThanOrEqual(6);
    for (const control of controls) {
      expect((control as HTMLElement).tabIndex).toBeGreaterThanOrEqual(0);
      expect(control.hasAttribute('disabled')).toBe(false);
    }
  });
});
