import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useArticleList } from '../../components/reading-list/use-article-list';
import type { Library } from '../../utils/library/library';
import type { NamedCount } from '../../utils/library/read';
import type { ListFilter } from '../../utils/library/types';
import { DEFAULT_QUERY, type ArticleQuery } from '../../utils/reading-list/list-query';
import { watchLibrary } from '../../utils/reading-list/watch-library';

export const PAGE_SIZE = 50;

export interface LibraryFacts {
  counts: Partial<Record<ListFilter, number>>;
  sites: NamedCount[];
  tags: NamedCount[];
  remind: boolean;
}

const STATUS_FILTERS: readonly ListFilter[] = ['all', 'unread', 'read', 'archived'];

/** Counts per status, sites, tags and the export reminder: read again on every change. */
function useLibraryFacts(library: Library): LibraryFacts & { refresh: () => void } {
  const [facts, setFacts] = useState<LibraryFacts>({
    counts: {},
    sites: [],
    tags: [],
    remind: false,
  });
  const [revision, setRevision] = useState(0);
  const refresh = useCallback(() => setRevision((n) => n + 1), []);
  useEffect(() => watchLibrary(refresh), [refresh]);
  useEffect(() => {
    let current = true;
    void (async () => {
      const counts = await Promise.all(STATUS_FILTERS.map((filter) => library.count(filter)));
      const [sites, tags, remind] = await Promise.all([
        library.sites(),
        library.tags(),
        library.exportReminder.shouldShow(),
      ]);
      if (current)
        setFacts({
          counts: Object.fromEntries(STATUS_FILTERS.map((filter, i) => [filter, counts[i]])),
          sites,
          tags,
          remind,
        });
    })().catch(() => {});
    return () => {
      current = false;
    };
  }, [library, revision]);
  return { ...facts, refresh };
}

/**
 * The library page's state: the query (search, sort, filters, page), its articles, the facts
 * around them, and the selection (kept across pages and filters until cleared).
 */
export function useLibraryPage(library: Library) {
  const [query, setQueryState] = useState<ArticleQuery>({ ...DEFAULT_QUERY, limit: PAGE_SIZE });
  const list = useArticleList(library, query);
  const facts = useLibraryFacts(library);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  /** Any change but the page goes back to the first page. */
  const setQuery = useCallback(
    (change: Partial<ArticleQuery>) =>
      setQueryState((previous) => ({ ...previous, offset: 0, ...change })),
    [],
  );

  // A page past the end (the last articles of the last page were deleted): step back.
  useEffect(() => {
    if (!list.loading && query.offset > 0 && query.offset >= list.total)
      setQuery({ offset: Math.max(0, Math.floor((list.total - 1) / PAGE_SIZE) * PAGE_SIZE) });
  }, [list.loading, list.total, query.offset, setQuery]);

  const selection = useMemo(
    () => ({
      ids: selected,
      toggle: (id: string, on: boolean) =>
        setSelected((previous) => {
          const next = new Set(previous);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        }),
      setMany: (ids: string[], on: boolean) =>
        setSelected((previous) => {
          const next = new Set(previous);
          for (const id of ids) {
            if (on) next.add(id);
            else next.delete(id);
          }
          return next;
        }),
      clear: () => setSelected(new Set()),
    }),
    [selected],
  );

  return { query, setQuery, list, facts, selection };
}
