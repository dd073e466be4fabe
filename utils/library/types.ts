import type { ReadResult } from '../extract/types';

/**
 * The reading list's data. Every string field is plain text (rendered as text nodes everywhere:
 * list, reader, exports) except `content`, which is sanitized HTML and is sanitized AGAIN when it
 * is rendered (see render.ts), because it may have been stored under an older sanitizer.
 */

export type ArticleStatus = 'unread' | 'read' | 'archived';
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['unread', 'read', 'archived'];

/** Where an article came from when it was imported rather than saved from a page. */
export type ImportSource =
  'pocket-csv' | 'pocket-html' | 'omnivore' | 'instapaper' | 'bookmarks' | 'lector-json';

export const IMPORT_SOURCES: readonly ImportSource[] = [
  'pocket-csv',
  'pocket-html',
  'omnivore',
  'instapaper',
  'bookmarks',
  'lector-json',
];

/** The page's own fields, exactly as the reading core returns them (ReadResult). */
export type PageFields = Pick<
  ReadResult,
  | 'url'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'publishedTime'
  | 'lang'
  | 'dir'
  | 'excerpt'
  | 'leadImage'
  | 'wordCount'
  | 'readingMinutes'
  | 'related'
>;

/** What the list view needs: everything but the bodies (kept in their own table, see schema.ts). */
export interface ArticleSummary extends PageFields {
  /** Stable id, kept across updates, exports and re-imports. */
  id: string;
  /**
   * The dedupe key: `canonicalizeUrl` of the canonical address the page states on its own site
   * (ReadResult.canonicalUrl), else of the address it was saved from.
   */
  canonicalUrl: string;
  tags: string[];
  status: ArticleStatus;
  /** Reading position, 0 (top) to 1 (end). */
  progress: number;
  /** Epoch milliseconds. */
  savedAt: number;
  updatedAt: number;
  readAt: number | null;
  /** Imported without content: gets it the next time the page is opened with Lector. */
  linkOnly: boolean;
  importedFrom: ImportSource | null;
  /** Highlights and notes brought in by an import (Omnivore, Instapaper), as plain Markdown text. */
  highlights: string | null;
}

/** The article's body: stored apart from the summary so the list never loads it. */
export interface ArticleBody {
  id: string;
  /** Sanitized article HTML ('' for a link-only article). */
  content: string;
  /** Block-level text, used for search. */
  textContent: string;
}

export type SavedArticle = ArticleSummary & Omit<ArticleBody, 'id'>;

export type ListSort = 'newest' | 'oldest' | 'title' | 'site';
export type ListFilter = ArticleStatus | 'all';
