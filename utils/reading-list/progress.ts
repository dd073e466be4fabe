/** Reading position from a scroller: 0 at the top, 1 at the end; a page that cannot scroll is 0. */
export function scrollProgress(scroller: {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}): number {
  const range = scroller.scrollHeight - scroller.clientHeight;
  if (range <= 0) return 0;
  return Math.round(Math.min(1, Math.max(0, scroller.scrollTop / range)) * 1000) / 1000;
}

/** Where a scroller must be to show `progress` (the inverse of scrollProgress). */
export function scrollTopFor(
  progress: number,
  scroller: { scrollHeight: number; clientHeight: number },
): number {
  return Math.max(0, progress * (scroller.scrollHeight - scroller.clientHeight));
}

export interface ProgressReporter {
  update(progress: number): void;
  /** Send the latest position now (page hidden, reader closed). */
  flush(): void;
}

/**
 * Writes the reading position at most once per `wait` milliseconds while the reader scrolls, and
 * only when it changed: scrolling fires many events a second, each would be a database write.
 */
export function createProgressReporter(
  report: (progress: number) => unknown,
  options: { wait?: number; last?: number } = {},
): ProgressReporter {
  const wait = options.wait ?? 1000;
  let sent = options.last ?? -1;
  let latest = sent;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const send = () => {
    timer = null;
    if (latest === sent) return;
    sent = latest;
    report(latest);
  };
  return {
    update(progress) {
      latest = progress;
      timer ??= setTimeout(send, wait);
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      send();
    },
  };
}
