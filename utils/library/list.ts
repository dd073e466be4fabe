import { Dexie } from 'dexie';
import { runRead, type LibraryContext } from './context';
import { fromRow, type ArticleRow } from './rows';
import type { ArticleSummary, ListFilter, ListSort } from './types';

export interface ListQuery {
  sort?: ListSort;
  filter?: ListFilter;
  /** Only articles of this site (as `sites()` names it). */
  site?: string;
  /** Only articles with this tag (exact, as `tags()` names it). */
  tag?: string;
  offset?: number;
  limit?: number;
}

export interface ListPage {
  items: ArticleSummary[];
  /** How many articles match the query in all (for "12 of 340"). */
  total: number;
}

export const DEFAULT_PAGE_SIZE = 50;

const SORT_INDEX: Record<ListSort, 'savedAt' | 'titleSort' | 'siteSort'> = {
  newest: 'savedAt',
  oldest: 'savedAt',
  title: 'titleSort',
  site: 'siteSort',
};

function compareRows(sort: ListSort): (a: ArticleRow, b: ArticleRow) => number {
  const key = SORT_INDEX[sort];
  const direction = sort === 'newest' ? -1 : 1;
  return (a, b) => (a[key] < b[key] ? -direction : a[key] > b[key] ? direction : 0);
}

/**
 * The common case (a status filter and a sort, no site or tag) walks one compound index from
 * the offset and reads `limit` summaries, whatever the size of the list. A site or tag narrows
 * the list first through its own index; that subset is sorted in memory.
 */
export function listArticles(context: LibraryContext, query: ListQuery = {}): Promise<ListPage> {
  const sort = query.sort ?? 'newest';
  const filter = query.filter ?? 'all';
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE));
  const { articles } = context.db;

  return runRead(context, async () => {
    if (query.site !== undefined || query.tag !== undefined) {
      const narrowed: ReturnType<typeof context.db.articles.toCollection> =
        query.site !== undefined
          ? articles.where('site').equals(query.site)
          : articles.where('tags').equals(query.tag!);
      const rows = (await narrowed.toArray()).filter(
        (row) =>
          (filter === 'all' || row.status === filter) &&
          (query.tag === undefined || row.tags.includes(query.tag)),
      );
      rows.sort(compareRows(sort));
      return { items: rows.slice(offset, offset + limit).map(fromRow), total: rows.length };
    }

    const index = SORT_INDEX[sort];
    let collection: ReturnType<typeof context.db.articles.toCollection> =
      filter === 'all'
        ? articles.orderBy(index)
        : articles
            .where(`[status+${index}]`)
            .between([filter, Dexie.minKey], [filter, Dexie.maxKey], true, true);
    if (sort === 'newest') collection = collection.reverse();
    const total = await (filter === 'all' ? articles.count() : collection.clone().count());
    const rows = await collection.offset(offset).limit(limit).toArray();
    return { items: rows.map(fromRow), total };
  });
}
