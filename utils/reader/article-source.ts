import type { ReadResult } from '../extract/types';

/**
 * Where the reader's article comes from. The overlay reads the visited page's snapshot (see
 * live-source.ts); a saved reading-list item will be another source, so the reader page never
 * knows which one it shows.
 */
export type ArticleLoad = { ok: true; result: ReadResult } | { ok: false; message: string };

export interface ArticleSource {
  /**
   * Start fetching what `load` will read, before the page has rendered anything, so the fetch
   * overlaps the reader's own start-up.
   */
  prefetch?(): void;
  /** Read the article; `force` extracts even a page that does not look like an article. */
  load(options: { force: boolean }): Promise<ArticleLoad>;
  /**
   * Go to another page of a story split over pages, in the reader's tab, where the reader opens
   * again (the live page only). False when the tab could not be taken there.
   */
  openPage?(url: string): Promise<boolean>;
  /** Leave the reader (the overlay asks its tab to remove it). */
  close(): Promise<void>;
}
