import { joinArticle, logChange, requireRow, runWrite, type LibraryContext } from './context';
import { LibraryError } from './errors';
import { clampProgress, normalizeTags, READ_TO_END } from './normalize';
import { putWholeArticle } from './put-whole';
import { fromRow, toRow, type ArticleRow } from './rows';
import {
  ARTICLE_STATUSES,
  type ArticleStatus,
  type ArticleSummary,
  type SavedArticle,
} from './types';

/** Change one article's summary in one transaction; `logged` changes reach the search index. */
async function updateSummary(
  context: LibraryContext,
  id: string,
  change: (row: ArticleRow, now: number) => Partial<ArticleSummary>,
  logged: boolean,
): Promise<ArticleSummary> {
  return runWrite(context, async () => {
    const row = await requireRow(context, id);
    const now = context.now();
    const next = toRow({ ...fromRow(row), ...change(row, now), updatedAt: now });
    await context.db.articles.put(next);
    if (logged) await logChange(context, id);
    return fromRow(next);
  });
}

/** Marking read stamps `readAt` (once); marking unread clears it; archiving keeps it. */
export function setStatus(
  context: LibraryContext,
  id: string,
  status: ArticleStatus,
): Promise<ArticleSummary> {
  if (!ARTICLE_STATUSES.includes(status)) {
    return Promise.reject(
      new LibraryError('invalid-article', `Unknown status: ${String(status)}.`),
    );
  }
  return updateSummary(
    context,
    id,
    (row, now) => ({
      status,
      readAt: status === 'unread' ? null : status === 'read' ? (row.readAt ?? now) : row.readAt,
    }),
    false,
  );
}

export function setTags(
  context: LibraryContext,
  id: string,
  tags: string[],
): Promise<ArticleSummary> {
  return updateSummary(context, id, () => ({ tags: normalizeTags(tags) }), true);
}

/** Reading to the end marks an unread article read; the position is kept for reopening. */
export function setProgress(
  context: LibraryContext,
  id: string,
  progress: number,
): Promise<ArticleSummary> {
  return updateSummary(
    context,
    id,
    (row, now) => {
      const clamped = clampProgress(progress);
      const finished = clamped >= READ_TO_END && row.status === 'unread';
      return finished
        ? { progress: clamped, status: 'read', readAt: row.readAt ?? now }
        : { progress: clamped };
    },
    false,
  );
}

/** Delete an article and hand back all of it, so that "Undo" can put it back with `restore`. */
export async function deleteArticle(context: LibraryContext, id: string): Promise<SavedArticle> {
  return runWrite(context, async () => {
    const row = await requireRow(context, id);
    const body = await context.db.bodies.get(id);
    await context.db.articles.delete(id);
    await context.db.bodies.delete(id);
    await logChange(context, id);
    return joinArticle(row, body);
  });
}

/**
 * Put a deleted article back as it was. If the same page was saved again in the meantime, the
 * restored copy replaces that newer one: undo means "as before I deleted it".
 */
export function restoreArticle(
  context: LibraryContext,
  article: SavedArticle,
): Promise<SavedArticle> {
  return runWrite(context, () => putWholeArticle(context, article));
}
