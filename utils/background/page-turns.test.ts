import { describe, expect, it } from 'vitest';
import { createPageTurns } from './page-turns';

describe('page turns', () => {
  it('opens the reader on the page the tab loads after "Next page", once', () => {
    const turns = createPageTurns();
    turns.expect(7, 1_000);
    // The page the reader was shown over is loaded already: its late events are not the turn.
    expect(turns.take(7, 1_100)).toBe(false);
    turns.loading(7);
    expect(turns.take(7, 2_000)).toBe(true);
    turns.loading(7);
    expect(turns.take(7, 3_000)).toBe(false);
  });

  it('is per tab, expires, and is forgotten with its tab', () => {
    const turns = createPageTurns();
    turns.expect(1, 0);
    turns.expect(2, 0);
    turns.loading(1);
    turns.loading(2);
    expect(turns.take(3, 10)).toBe(false);
    expect(turns.take(1, 61_000)).toBe(false);
    turns.forget(2);
    expect(turns.take(2, 10)).toBe(false);
  });
});
