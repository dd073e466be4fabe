import type { Library } from '../library/library';
import { siteOf } from '../library/rows';
import type { ArticleSummary, ListFilter, ListSort } from '../library/types';

/** What a list view asks for: search text or a sorted list, narrowed and paged. */
export interface ArticleQuery {
  text: string;
  filter: ListFilter;
  sort: ListSort;
  site: string | null;
  tag: string | null;
  offset: number;
  limit: number;
}

export const DEFAULT_QUERY: ArticleQuery = {
  text: '',
  filter: 'all',
  sort: 'newest',
  site: null,
  tag: null,
  offset: 0,
  limit: 50,
};

export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
}

/** How many search results are narrowed and paged (a search names a few articles, not all). */
export const SEARCH_LIMIT = 500;

/** Search results narrowed by status, site and tag, as `list()` narrows the list. */
export function narrow(
  articles: ArticleSummary[],
  query: Pick<ArticleQuery, 'filter' | 'site' | 'tag'>,
): ArticleSummary[] {
  return articles.filter(
    (article) =>
      (query.filter === 'all' || article.status === query.filter) &&
      (query.site === null || siteOf(article) === query.site) &&
      (query.tag === null || article.tags.includes(query.tag)),
  );
}

function page(articles: ArticleSummary[], query: ArticleQuery): ArticlePage {
  const narrowed = narrow(articles, query);
  return {
    items: narrowed.slice(query.offset, query.offset + query.limit),
    total: narrowed.length,
  };
}

/**
 * One page of the list for a query. With search text: title matches at once from `quickSearch`
 * (`onQuick`, while a large full-text index may still be loading), then the full-text results,
 * best first. Without: the library's own sorted, indexed list.
 */
export async function loadArticles(
  library: Pick<Library, 'list' | 'search' | 'quickSearch'>,
  query: ArticleQuery,
  onQuick?: (page: ArticlePage) => void,
): Promise<ArticlePage> {
  const text = query.text.trim();
  if (!text) {
    return library.list({
      sort: query.sort,
      filter: query.filter,
      ...(query.site !== null ? { site: query.site } : {}),
      ...(query.tag !== null ? { tag: query.tag } : {}),
      offset: query.offset,
      limit: query.limit,
    });
  }
  if (onQuick) {
    const quick = await library.quickSearch(text, { limit: SEARCH_LIMIT });
    onQuick(page(quick, query));
  }
  const hits = await library.search(text, { limit: SEARCH_LIMIT });
  return page(
    hits.map((hit) => hit.article),
    query,
  );
}
