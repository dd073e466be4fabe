import { describe, expect, it, vi } from 'vitest';
import {
  createSentenceHighlighter,
  HIGHLIGHT_NAME,
  scrollRectIntoView,
  SPEAKING_BLOCK_CLASS,
} from './highlight';

describe('createSentenceHighlighter', () => {
  it('uses the CSS Custom Highlight API when present, leaving the DOM alone', () => {
    const registry = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    const win = { CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as Window;
    const highlighter = createSentenceHighlighter(win);
    const block = document.createElement('p');
    block.textContent = 'Hello.';
    const range = document.createRange();
    range.selectNodeContents(block);
    highlighter.show(range, block);
    expect(highlighter.mode).toBe('native');
    expect((registry.get(HIGHLIGHT_NAME) as FakeHighlight).ranges).toEqual([range]);
    expect(block.className).toBe('');
    highlighter.clear();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('falls back to marking the block (jsdom has no Highlight API)', () => {
    const highlighter = createSentenceHighlighter(window);
    expect(highlighter.mode).toBe('block');
    const [a, b] = [document.createElement('p'), document.createElement('p')];
    const range = document.createRange();
    highlighter.show(range, a);
    expect(a.classList.contains(SPEAKING_BLOCK_CLASS)).toBe(true);
    highlighter.show(range, b);
    expect(a.classList.contains(SPEAKING_BLOCK_CLASS)).toBe(false);
    expect(b.classList.contains(SPEAKING_BLOCK_CLASS)).toBe(true);
    highlighter.clear();
    expect(b.className).toBe('');
  });
});

describe('scrollRectIntoView', () => {
  const scroller = (scrollTop = 1000) => ({
    scrollTop,
    clientHeight: 600,
    getBoundingClientRect: () => ({ top: 0 }) as DOMRect,
    scrollTo: vi.fn(),
  });

  it('does nothing while the sentence is in view', () => {
    const s = scroller();
    expect(scrollRectIntoView({ top: 100, bottom: 140 }, s, { topInset: 50 })).toBeNull();
    expect(s.scrollTo).not.toHaveBeenCalled();
  });

  it('brings a sentence below the view to a third of the way down', () => {
    const s = scroller();
    expect(scrollRectIntoView({ top: 900, bottom: 940 }, s, { topInset: 0, smooth: true })).toBe(
      1700,
    );
    expect(s.scrollTo).toHaveBeenCalledWith({ top: 1700, behavior: 'smooth' });
  });

  it('treats a sentence under the sticky toolbar as hidden, and never scrolls above the top', () => {
    const s = scroller(0);
    expect(scrollRectIntoView({ top: 20, bottom: 60 }, s, { topInset: 50 })).toBe(0);
    expect(s.scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'auto' });
  });
});
