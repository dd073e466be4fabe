import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressReporter, scrollProgress, scrollTopFor } from './progress';

describe('scrollProgress', () => {
  it.each([
    [0, 2000, 1000, 0],
    [500, 2000, 1000, 0.5],
    [1000, 2000, 1000, 1],
    [1200, 2000, 1000, 1],
    [0, 800, 1000, 0],
  ])('scrollTop %d of %d (view %d) → %d', (scrollTop, scrollHeight, clientHeight, expected) => {
    expect(scrollProgress({ scrollTop, scrollHeight, clientHeight })).toBe(expected);
  });

  it('is the inverse of scrollTopFor', () => {
    const box = { scrollHeight: 5000, clientHeight: 1000 };
    expect(scrollProgress({ ...box, scrollTop: scrollTopFor(0.25, box) })).toBe(0.25);
  });
});

describe('createProgressReporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes at most once per interval, the latest position, and only when it changed', () => {
    const report = vi.fn();
    const reporter = createProgressReporter(report, { wait: 1000, last: 0.1 });
    reporter.update(0.2);
    reporter.update(0.3);
    expect(report).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(report).toHaveBeenCalledExactlyOnceWith(0.3);
    reporter.update(0.3);
    vi.advanceTimersByTime(1000);
    expect(report).toHaveBeenCalledOnce();
  });

  it('flushes at once (page hidden, reader closed)', () => {
    const report = vi.fn();
    const reporter = createProgressReporter(report, { wait: 1000 });
    reporter.update(0.98);
    reporter.flush();
    expect(report).toHaveBeenCalledExactlyOnceWith(0.98);
    vi.advanceTimersByTime(2000);
    expect(report).toHaveBeenCalledOnce();
  });
});
