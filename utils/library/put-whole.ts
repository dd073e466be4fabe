import { canonicalizeUrl } from './canonical-url';
import { joinArticle, logChange, type LibraryContext } from './context';
import { toRow } from './rows';
import type { SavedArticle } from './types';

/**
 * Inside a write transaction: store a whole article as given (undo of a delete, a Lector backup
 * being restored). Another article with the same canonical URL but another id gives way to it,
 * since the list keeps one article per page.
 */
export async function putWholeArticle(
  context: LibraryContext,
  article: SavedArticle,
): Promise<SavedArticle> {
  const { db } = context;
  const { content, textContent, ...summary } = article;
  const canonicalUrl = canonicalizeUrl(summary.canonicalUrl);
  const clash = await db.articles.where('canonicalUrl').equals(canonicalUrl).first();
  if (clash && clash.id !== summary.id) {
    await db.articles.delete(clash.id);
    await db.bodies.delete(clash.id);
    await logChange(context, clash.id);
  }
  const row = toRow({ ...summary, canonicalUrl });
  const body = { id: row.id, content, textContent };
  await db.articles.put(row);
  await db.bodies.put(body);
  await logChange(context, row.id);
  return joinArticle(row, body);
}
