import { canonicalizeUrl } from './canonical-url';
import { joinArticle, runRead, type LibraryContext } from './context';
import { fromRow } from './rows';
import type { ArticleSummary, ListFilter, SavedArticle } from './types';

export interface NamedCount {
  name: string;
  count: number;
}

export function getArticle(context: LibraryContext, id: string): Promise<SavedArticle | undefined> {
  return runRead(context, async () => {
    const row = await context.db.articles.get(id);
    return row && joinArticle(row, await context.db.bodies.get(id));
  });
}

/**
 * The saved copy of a page, whatever tracking parameters or fragment its URL carries now: by the
 * page's canonical address when it names one (see save.ts), else by the address itself.
 */
export function getArticleByUrl(
  context: LibraryContext,
  url: string,
  canonicalUrl: string | null = null,
): Promise<SavedArticle | undefined> {
  return runRead(context, async () => {
    const byKey = (key: string) =>
      context.db.articles.where('canonicalUrl').equals(canonicalizeUrl(key)).first();
    const row = (canonicalUrl ? await byKey(canonicalUrl) : undefined) ?? (await byKey(url));
    return row && joinArticle(row, await context.db.bodies.get(row.id));
  });
}

export function getSummaries(context: LibraryContext, ids: string[]): Promise<ArticleSummary[]> {
  return runRead(context, async () => {
    const rows = await context.db.articles.bulkGet(ids);
    return rows.flatMap((row) => (row ? [fromRow(row)] : []));
  });
}

export function countArticles(
  context: LibraryContext,
  filter: ListFilter = 'all',
): Promise<number> {
  const { articles } = context.db;
  return runRead(context, () =>
    filter === 'all'
      ? articles.count()
      : articles.where('[status+savedAt]').between([filter, -Infinity], [filter, Infinity]).count(),
  );
}

/** Index keys with how often each occurs, most frequent first, then by name. */
function tally(keys: unknown[]): NamedCount[] {
  const counts = new Map<string, number>();
  for (const key of keys) {
    if (typeof key === 'string' && key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Array.from(counts, ([name, count]) => ({ name, count })).sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name),
  );
}

/** Every site in the list with its number of articles (reads index keys only, no rows). */
export function listSites(context: LibraryContext): Promise<NamedCount[]> {
  return runRead(context, async () => tally(await context.db.articles.orderBy('site').keys()));
}

export function listTags(context: LibraryContext): Promise<NamedCount[]> {
  return runRead(context, async () => tally(await context.db.articles.orderBy('tags').keys()));
}

/** Every article with its body, oldest first, read in one transaction (a consistent export). */
export function allArticles(context: LibraryContext): Promise<SavedArticle[]> {
  return runRead(context, async () => {
    const rows = await context.db.articles.orderBy('savedAt').toArray();
    const bodies = await context.db.bodies.bulkGet(rows.map((row) => row.id));
    return rows.map((row, i) => joinArticle(row, bodies[i]));
  });
}

/** The chosen articles with their bodies, in the order given (for an EPUB of a selection). */
export function articlesByIds(context: LibraryContext, ids: string[]): Promise<SavedArticle[]> {
  return runRead(context, async () => {
    const rows = await context.db.articles.bulkGet(ids);
    const bodies = await context.db.bodies.bulkGet(ids);
    return rows.flatMap((row, i) => (row ? [joinArticle(row, bodies[i])] : []));
  });
}
