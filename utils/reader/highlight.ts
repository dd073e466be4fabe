/**
 * Marks the sentence being read. With the CSS Custom Highlight API the article's DOM is not
 * touched at all (a `Range` is registered under `HIGHLIGHT_NAME`, styled by `::highlight()`);
 * where the API is missing, the sentence's block gets a class instead.
 */

export const HIGHLIGHT_NAME = 'lector-speaking';
/** Class on the block being read when the Highlight API is missing. */
export const SPEAKING_BLOCK_CLASS = 'lector-speaking-block';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

type HighlightWindow = {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: new (...ranges: Range[]) => unknown;
};

export interface SentenceHighlighter {
  /** `native` when the CSS Custom Highlight API is used. */
  readonly mode: 'native' | 'block';
  show(range: Range, block: Element): void;
  clear(): void;
}

export function createSentenceHighlighter(win: Window): SentenceHighlighter {
  const { CSS: css, Highlight } = win as unknown as HighlightWindow;
  const registry = css?.highlights;
  if (registry && typeof Highlight === 'function') {
    return {
      mode: 'native',
      show: (range) => registry.set(HIGHLIGHT_NAME, new Highlight(range)),
      clear: () => void registry.delete(HIGHLIGHT_NAME),
    };
  }
  let marked: Element | null = null;
  const clear = () => {
    marked?.classList.remove(SPEAKING_BLOCK_CLASS);
    marked = null;
  };
  return {
    mode: 'block',
    show: (_range, block) => {
      if (marked !== block) clear();
      block.classList.add(SPEAKING_BLOCK_CLASS);
      marked = block;
    },
    clear,
  };
}

/**
 * Scroll `scroller` so the rectangle is comfortably in view: nothing happens while it is already
 * inside the visible band (below `topInset`, e.g. a sticky toolbar); otherwise it is brought to a
 * third of the way down. Returns the new scrollTop, or null when no scroll was needed.
 */
export function scrollRectIntoView(
  rect: Pick<DOMRect, 'top' | 'bottom'>,
  scroller: Pick<HTMLElement, 'scrollTop' | 'clientHeight' | 'getBoundingClientRect' | 'scrollTo'>,
  options: { topInset?: number; bottomInset?: number; smooth?: boolean } = {},
): number | null {
  const view = scroller.getBoundingClientRect();
  const top = view.top + (options.topInset ?? 0);
  const bottom = view.top + scroller.clientHeight - (options.bottomInset ?? 0);
  if (rect.top >= top && rect.bottom <= bottom) return null;
  const target = Math.max(0, scroller.scrollTop + rect.top - top - (bottom - top) / 3);
  scroller.scrollTo({ top: target, behavior: options.smooth ? 'smooth' : 'auto' });
  return target;
}
