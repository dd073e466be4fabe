import type { Handlers } from '../messaging/dispatch';
import type { ArticleData, SavedRef } from './article-data';
import type { BackgroundLibrary } from './background-library';
import { takeSaveIntent } from './save-intent';

export type ReadingListMessage = 'reader-bg-save' | 'reader-bg-sync';

/**
 * The saved copy of this page refreshed with what the reader just read, when the page is in the
 * list: a link-only item gets its content, a changed article its new text. The reader's own data
 * (status, position, tags, saved date) stays, as `save` keeps it. Null when it is not saved.
 */
export async function refreshIfSaved(
  library: BackgroundLibrary,
  article: ArticleData,
): Promise<SavedRef | null> {
  const existing = await library.getByUrl(article.url, article.canonicalUrl);
  if (!existing) return null;
  const changed =
    existing.linkOnly || existing.content !== article.content || existing.title !== article.title;
  if (changed) await library.save(article);
  return { id: existing.id, filled: existing.linkOnly };
}

/**
 * The background's reading-list messages, from the reader overlay. A LibraryError thrown here
 * reaches the reader as a failure carrying its message (dispatch.ts), which the reader shows.
 */
export function readingListHandlers(
  library: () => BackgroundLibrary,
): Handlers<ReadingListMessage> {
  return {
    'reader-bg-save': async ({ article }) => {
      const saved = await library().save(article);
      return { ok: true, saved: { id: saved.id, filled: false } };
    },
    'reader-bg-sync': async ({ url, article }, sender) => {
      const tabId = sender.tab?.id ?? null;
      const saveRequested = tabId === null ? false : await takeSaveIntent(tabId);
      const saved = article
        ? await refreshIfSaved(library(), article)
        : await library()
            .getByUrl(url)
            .then((found) => (found ? { id: found.id, filled: false } : null))
            .catch(() => null);
      return { ok: true, tabId, saved, saveRequested };
    },
  };
}
