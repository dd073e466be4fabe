/**
 * Answers about a link that depend on nothing but two strings (the page or base URL, and the
 * href). The same link is weighed many times in one read (for blocks, cards, teaser lists, the
 * story's own text) and pages repeat links, while parsing a URL is among the costliest things the
 * core does per link. Bounded, and emptied whole when full: a long-lived page or the CLI reading
 * a thousand pages never holds more than `limit` answers.
 */
export class LinkMemo<T> {
  private readonly answers = new Map<string, T>();

  constructor(private readonly limit: number) {}

  /**
   * The remembered answer for (base, href), or `compute()`'s, remembered. `base` is a serialized
   * URL, which never holds a space: "base href" names one pair, whatever the href holds.
   */
  answer(base: string, href: string, compute: () => T): T {
    const key = `${base} ${href}`;
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known as T;
    const value = compute();
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }

  get size(): number {
    return this.answers.size;
  }
}
