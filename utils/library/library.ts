import type { LibraryContext } from './context';
import type { LibraryDb } from './db';
import {
  dismissExportReminder,
  recordExport,
  shouldShowExportReminder,
} from './export-reminder-store';
import { exportFile, type ExportFormat, type ExportOptions } from './export/export-file';
import { importFile } from './import/import-file';
import type { ImportFile } from './import/detect';
import { listArticles, type ListQuery } from './list';
import {
  allArticles,
  articlesByIds,
  countArticles,
  getArticle,
  getArticleByUrl,
  listSites,
  listTags,
} from './read';
import { saveArticle, type SaveInput } from './save';
import { createQuickSearch } from './search/quick-search';
import { createSearch, type SearchQuery } from './search/search';
import { deleteArticle, restoreArticle, setProgress, setStatus, setTags } from './update';
import type { DomWindow } from '../sanitize';
import type { ArticleStatus, ListFilter, SavedArticle } from './types';

export interface LibraryOptions {
  /** Epoch milliseconds; fixed in tests. */
  now?: () => number;
  newId?: () => string;
}

/**
 * The reading list's API, over one database. Every method that writes is one all-or-nothing
 * transaction and rejects with a LibraryError whose message can be shown to the user as is.
 */
export function createLibrary(db: LibraryDb, options: LibraryOptions = {}) {
  const context: LibraryContext = {
    db,
    now: options.now ?? Date.now,
    newId: options.newId ?? (() => crypto.randomUUID()),
  };
  const searchIndex = createSearch(context);
  return {
    context,
    /** Full-text search over titles, bodies, bylines, sites and tags; results as you type. */
    search: (text: string, query?: SearchQuery) => searchIndex.search(text, query),
    /** Title matches without the full-text index: for the keystrokes before warmUp() is done. */
    quickSearch: createQuickSearch(context),
    /** persistIfStale() when idle; warmUp() when the search box gets focus. */
    searchIndex,
    save: (input: SaveInput) => saveArticle(context, input),
    get: (id: string) => getArticle(context, id),
    getByUrl: (url: string, canonicalUrl?: string | null) =>
      getArticleByUrl(context, url, canonicalUrl),
    list: (query?: ListQuery) => listArticles(context, query),
    count: (filter?: ListFilter) => countArticles(context, filter),
    sites: () => listSites(context),
    tags: () => listTags(context),
    setStatus: (id: string, status: ArticleStatus) => setStatus(context, id, status),
    setTags: (id: string, tags: string[]) => setTags(context, id, tags),
    setProgress: (id: string, progress: number) => setProgress(context, id, progress),
    /** Resolves to the deleted article: keep it for "Undo" and pass it to `restore`. */
    delete: (id: string) => deleteArticle(context, id),
    restore: (article: SavedArticle) => restoreArticle(context, article),
    /** Import an export file (any supported format); all of it or, on any problem, nothing. */
    importFile: (file: ImportFile, win: DomWindow) => importFile(context, file, win),
    /** The list (or `options.ids`) as a file: Lector JSON, Markdown zip, bookmarks HTML, EPUB. */
    exportFile: (format: ExportFormat, win: DomWindow, options?: ExportOptions) =>
      exportFile(context, format, win, options),
    all: () => allArticles(context),
    byIds: (ids: string[]) => articlesByIds(context, ids),
    exportReminder: {
      shouldShow: () => shouldShowExportReminder(context),
      /** Call once the user has an export file in hand. */
      recordExport: () => recordExport(context),
      dismiss: () => dismissExportReminder(context),
    },
  };
}

export type Library = ReturnType<typeof createLibrary>;
