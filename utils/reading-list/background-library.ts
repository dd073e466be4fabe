import { openLibraryDb } from '../library/db';
import type { Library } from '../library/library';
import { getArticleByUrl } from '../library/read';
import { saveArticle } from '../library/save';

/** What the background does with the reading list: save the reader's article, look a page up. */
export type BackgroundLibrary = Pick<Library, 'save' | 'getByUrl'>;

let library: BackgroundLibrary | null = null;

/**
 * The background's slice of the library, opened on first use. Only save and look-up, not
 * createLibrary(): that brings the importers, exporters and search index, which would make the
 * service worker several times larger to load every time it wakes.
 */
export function backgroundLibrary(): BackgroundLibrary {
  if (!library) {
    const context = { db: openLibraryDb(), now: Date.now, newId: () => crypto.randomUUID() };
    library = {
      save: (input) => saveArticle(context, input),
      getByUrl: (url, canonicalUrl) => getArticleByUrl(context, url, canonicalUrl),
    };
  }
  return library;
}
