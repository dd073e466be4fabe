/**
 * Answers about a link that depend on nothing but two strings (the page or base URL, and the
 * href). The same link is weighed many times in one read (for blocks, cards, teaser lists, the
 * story's own text), while parsing a URL is among the costliest things the core does per link.
 * Kept for one read (see readNumber): the extension reads a page once, and answers carried over
 * from an earlier read would only flatter a benchmark that reads the same page twice. Bounded
 * too, and emptied whole when full: a long-lived page never holds more than `limit` answers.
 */
import { readNumber } from './dom-walk.ts';

export class LinkMemo<T> {
  /**
   * Answers by base, then by href. Not one map keyed by "base href": joining the two made a new
   * string to hash on every question, where the page's href strings (and the one base) are the
   * same strings each time, their hashes already known.
   */
  private readonly answers = new Map<string, Map<string, T>>();
  private count = 0;
  /** The read the answers belong to. */
  private read = readNumber();

  constructor(private readonly limit: number) {}

  /** The remembered answer for (base, href), or `compute()`'s, remembered. */
  answer(base: string, href: string, compute: () => T): T {
    if (this.read !== readNumber()) this.forget();
    const known = this.answers.get(base);
    if (known) {
      const value = known.get(href);
      if (value !== undefined || known.has(href)) return value as T;
    }
    const value = compute();
    if (this.count >= this.limit) this.forget();
    let forBase = this.answers.get(base);
    if (!forBase) this.answers.set(base, (forBase = new Map()));
    forBase.set(href, value);
    this.count++;
    return value;
  }

  private forget(): void {
    this.answers.clear();
    this.count = 0;
    this.read = readNumber();
  }

  get size(): number {
    return this.count;
  }
}
