import type { DomWindow } from '../../sanitize';
import type { LibraryContext } from '../context';
import { recordExport } from '../export-reminder-store';
import { allArticles, articlesByIds } from '../read';
import { exportBookmarksHtml } from './bookmarks';
import { exportEpub } from './epub/package';
import { exportLectorJson } from './lector-json';
import { exportMarkdownZip } from './markdown';

export type ExportFormat = 'lector-json' | 'markdown' | 'bookmarks' | 'epub';

export interface ExportedFile {
  /** A suggested file name, e.g. `lector-2026-01-31.json`. */
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ExportOptions {
  /** Only these articles, in this order (an EPUB of a selection). Default: the whole list. */
  ids?: string[];
  /** For EPUB: the book's title. */
  title?: string;
}

const FORMATS: Record<ExportFormat, { extension: string; mimeType: string }> = {
  'lector-json': { extension: 'json', mimeType: 'application/json' },
  markdown: { extension: 'zip', mimeType: 'application/zip' },
  bookmarks: { extension: 'html', mimeType: 'text/html' },
  epub: { extension: 'epub', mimeType: 'application/epub+zip' },
};

/**
 * Export the list (or a selection) as a file for the user to keep. A whole-list export in a
 * format that keeps the articles (Lector JSON, Markdown) resets the export reminder.
 */
export async function exportFile(
  context: LibraryContext,
  format: ExportFormat,
  win: DomWindow,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const articles = options.ids
    ? await articlesByIds(context, options.ids)
    : await allArticles(context);
  const now = context.now();
  const encode = (text: string) => new TextEncoder().encode(text);
  const bytes =
    format === 'lector-json'
      ? encode(exportLectorJson(articles, now))
      : format === 'markdown'
        ? exportMarkdownZip(articles, win)
        : format === 'bookmarks'
          ? encode(exportBookmarksHtml(articles))
          : exportEpub(articles, win, { now, title: options.title });
  if (!options.ids && (format === 'lector-json' || format === 'markdown'))
    await recordExport(context);
  const { extension, mimeType } = FORMATS[format];
  const date = new Date(now).toISOString().slice(0, 10);
  return { name: `lector-${date}.${extension}`, mimeType, bytes };
}
