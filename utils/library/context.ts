import type { LibraryDb } from './db';
import { LibraryError, toLibraryError } from './errors';
import { fromRow, type ArticleRow } from './rows';
import type { ArticleBody, SavedArticle } from './types';

/** What every part of the library shares: the database and the clock and ids (fixed in tests). */
export interface LibraryContext {
  db: LibraryDb;
  now: () => number;
  newId: () => string;
}

/**
 * Run `work` as ONE read-write transaction over the article tables (security.md rule 9). If any
 * step throws, or IndexedDB aborts (quota, closed database), Dexie aborts the whole transaction:
 * nothing of it is written. The caller gets a LibraryError with a message for the user.
 */
export async function runWrite<T>(context: LibraryContext, work: () => Promise<T>): Promise<T> {
  const { db } = context;
  try {
    return await db.transaction('rw', [db.articles, db.bodies, db.changes], work);
  } catch (error) {
    throw toLibraryError(error);
  }
}

/** Reads fail for the same reasons as writes (closed database); they get the same messages. */
export async function runRead<T>(context: LibraryContext, work: () => Promise<T>): Promise<T> {
  const { db } = context;
  try {
    return await db.transaction('r', [db.articles, db.bodies, db.changes, db.meta], work);
  } catch (error) {
    throw toLibraryError(error);
  }
}

/** Inside a write: record that an article changed, for the search index to catch up. */
export async function logChange(context: LibraryContext, articleId: string): Promise<void> {
  await context.db.changes.add({ articleId } as never);
}

export function joinArticle(row: ArticleRow, body: ArticleBody | undefined): SavedArticle {
  return { ...fromRow(row), content: body?.content ?? '', textContent: body?.textContent ?? '' };
}

export async function requireRow(context: LibraryContext, id: string): Promise<ArticleRow> {
  const row = await context.db.articles.get(id);
  if (!row) throw new LibraryError('not-found');
  return row;
}
