import { describe, expect, it, vi } from 'vitest';
import { LinkMemo } from './link-memo';
import { withElementList } from './dom-walk';

describe('LinkMemo', () => {
  it('computes an answer once per (base, href), null answers included', () => {
    const memo = new LinkMemo<string | null>(10);
    const compute = vi.fn(() => null);
    expect(memo.answer('https://a.test/', '/x', compute)).toBeNull();
    expect(memo.answer('https://a.test/', '/x', compute)).toBeNull();
    expect(compute).toHaveBeenCalledTimes(1);
    // The same href against another base is another question.
    expect(memo.answer('https://b.test/', '/x', () => 'b')).toBe('b');
  });

  it('never holds more than its limit: emptied whole when full', () => {
    const memo = new LinkMemo<number>(3);
    for (let index = 0; index < 10; index++) memo.answer('base', String(index), () => index);
    expect(memo.size).toBeLessThanOrEqual(3);
    const compute = vi.fn(() => 0);
    memo.answer('base', '0', compute);
    expect(compute).toHaveBeenCalledTimes(1); // forgotten when the memo was emptied
  });

  it('keeps answers for one read only: the next read of a page asks again', () => {
    const memo = new LinkMemo<number>(10);
    const page = new DOMParser().parseFromString('<body><a href="/x">x</a></body>', 'text/html');
    const compute = vi.fn(() => 1);
    const read = () =>
      withElementList(page, () => [1, 2].map(() => memo.answer('b', '/x', compute)));
    expect(read()).toEqual([1, 1]);
    expect(compute).toHaveBeenCalledTimes(1);
    read();
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
