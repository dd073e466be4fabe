import type { ReadResult } from '../extract/types';
import { LibraryError } from '../library/errors';
import type { Library } from '../library/library';
import { renderableContent } from '../library/render';
import type { SavedArticle } from '../library/types';
import type { DomWindow } from '../sanitize';
import type { ArticleSource } from './article-source';

/** A stored article in the reader's shape. The body is sanitized again (render.ts). */
export function savedResult(article: SavedArticle, win: DomWindow): ReadResult {
  return {
    isArticle: true,
    reasons: [],
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    failure: null,
    message: null,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
    excerpt: article.excerpt,
    leadImage: article.leadImage,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    textContent: article.textContent,
    content: article.linkOnly ? '' : renderableContent(article, win),
    related: article.related,
    removed: [],
    // The stored copy is the page that was saved; where the story went on is not kept.
    pages: null,
  };
}

export interface SavedSource extends ArticleSource {
  /** The article as last loaded (null before, or when it is gone). */
  readonly article: SavedArticle | null;
}

/**
 * A reading-list item, from the store, offline (`reader.html?saved=<id>`). Nothing is fetched:
 * the stored copy is all there is. A link-only item comes back with no content (the reader then
 * offers the original page).
 */
export function createSavedSource(deps: {
  library: Pick<Library, 'get'>;
  id: string;
  win: DomWindow;
  leave: () => Promise<void>;
}): SavedSource {
  let article: SavedArticle | null = null;
  return {
    get article() {
      return article;
    },
    async load() {
      try {
        article = (await deps.library.get(deps.id)) ?? null;
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      if (!article) return { ok: false, message: new LibraryError('not-found').message };
      return { ok: true, result: savedResult(article, deps.win) };
    },
    close: () => deps.leave(),
  };
}
