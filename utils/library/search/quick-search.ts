import { runRead, type LibraryContext } from '../context';
import { fromRow, sortKey } from '../rows';
import type { ArticleSummary } from '../types';

/**
 * Title matches straight from the `titleSort` index, with no search index: what the search box
 * shows on the first keystrokes while the full-text index is still loading (a few seconds at
 * 10,000 articles, see the bench). Every typed word must occur in the title, ignoring case and
 * accents. Reads index keys only, then the summaries of the first `limit` matches.
 */
export function quickSearch(
  context: LibraryContext,
  text: string,
  { limit = 50 }: { limit?: number } = {},
): Promise<ArticleSummary[]> {
  const words = sortKey(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return Promise.resolve([]);
  const { articles } = context.db;
  return runRead(context, async () => {
    const titles = (await articles.orderBy('titleSort').keys()) as string[];
    const ids = (await articles.orderBy('titleSort').primaryKeys()) as string[];
    const matching: string[] = [];
    for (let i = 0; i < titles.length && matching.length < limit; i++) {
      if (words.every((word) => titles[i]!.includes(word))) matching.push(ids[i]!);
    }
    const rows = await articles.bulkGet(matching);
    return rows.flatMap((row) => (row ? [fromRow(row)] : []));
  });
}
