import { useEffect } from 'preact/hooks';
import {
  createProgressReporter,
  scrollProgress,
  scrollTopFor,
} from '../../utils/reading-list/progress';
import type { ProgressPort } from '../../utils/reading-list/reader-port';

/**
 * A saved article's reading position: restored when it is shown, written as the reader scrolls
 * (throttled), and once more when the page is hidden or closed. Reading to the end marks the
 * article read (the library does that at 97%).
 */
export function useReadingProgress(port: ProgressPort | undefined, shown: boolean): void {
  useEffect(() => {
    if (!port || !shown) return;
    // The Reader's root is the scroller.
    const scroller = document.querySelector<HTMLElement>('[data-testid="reader-root"]');
    if (!scroller) return;
    const initial = port.initial();
    const reporter = createProgressReporter((progress) => void port.report(progress), {
      last: initial,
    });
    // Restored once the article is laid out (it can take a few frames to have its height).
    let frames = 0;
    let restoring = 0;
    const restore = () => {
      if (initial <= 0) return;
      if (scroller.scrollHeight > scroller.clientHeight || frames++ >= 60) {
        scroller.scrollTop = scrollTopFor(initial, scroller);
      } else {
        restoring = requestAnimationFrame(restore);
      }
    };
    restoring = requestAnimationFrame(restore);
    const onScroll = () => reporter.update(scrollProgress(scroller));
    const onHidden = () => {
      if (document.visibilityState === 'hidden') reporter.flush();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', reporter.flush);
    return () => {
      cancelAnimationFrame(restoring);
      scroller.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', reporter.flush);
      reporter.flush();
    };
  }, [port, shown]);
}
