import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Library } from '../../utils/library/library';
import type { ArticleSummary } from '../../utils/library/types';
import { loadArticles, type ArticleQuery } from '../../utils/reading-list/list-query';
import { watchLibrary } from '../../utils/reading-list/watch-library';

export interface ArticleListState {
  items: ArticleSummary[];
  total: number;
  /** Nothing shown yet for this query. */
  loading: boolean;
  /** Title matches are shown; the full-text results are on their way. */
  searching: boolean;
  /** The library's message when the list could not be read. */
  error: string | null;
}

/**
 * The articles for a query, kept current: read again when the query changes and whenever the
 * reading list changes, here or in another Lector page (a save from the reader, an import).
 */
export function useArticleList(
  library: Library,
  query: ArticleQuery,
): ArticleListState & { reload: () => void } {
  const [state, setState] = useState<ArticleListState>({
    items: [],
    total: 0,
    loading: true,
    searching: false,
    error: null,
  });
  const [revision, setRevision] = useState(0);

  useEffect(() => watchLibrary(() => setRevision((n) => n + 1)), []);

  useEffect(() => {
    let current = true;
    const show = (items: ArticleSummary[], total: number, searching: boolean) => {
      if (current) setState({ items, total, loading: false, searching, error: null });
    };
    loadArticles(library, query, (quick) => show(quick.items, quick.total, true))
      .then((page) => show(page.items, page.total, false))
      .catch((error: unknown) => {
        if (current)
          setState((previous) => ({
            ...previous,
            loading: false,
            searching: false,
            error: error instanceof Error ? error.message : String(error),
          }));
      });
    return () => {
      current = false;
    };
    // The query's fields, not its identity: a re-render with the same query reads nothing.
  }, [
    library,
    revision,
    query.text,
    query.filter,
    query.sort,
    query.site,
    query.tag,
    query.offset,
    query.limit,
  ]);

  const reload = useCallback(() => setRevision((n) => n + 1), []);
  return { ...state, reload };
}
