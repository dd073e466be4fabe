import type { SavedArticle } from '../types';

/**
 * Lector's own export: complete and re-importable (security.md rule 9). Documented field by
 * field in docs/export-format.md; a change of shape bumps LECTOR_EXPORT_VERSION and the importer
 * (import/lector-json.ts) keeps reading every older version.
 */
export const LECTOR_EXPORT_FORMAT = 'lector-export';
export const LECTOR_EXPORT_VERSION = 1;

/** An article in the file: as stored, with its times as ISO 8601 strings instead of epoch ms. */
export type ExportedArticle = Omit<SavedArticle, 'savedAt' | 'updatedAt' | 'readAt'> & {
  savedAt: string;
  updatedAt: string;
  readAt: string | null;
};

export interface LectorExport {
  format: typeof LECTOR_EXPORT_FORMAT;
  version: typeof LECTOR_EXPORT_VERSION;
  exportedAt: string;
  articles: ExportedArticle[];
}

/** Every field, in the order the file writes them (and docs/export-format.md lists them). */
export const EXPORTED_FIELDS = [
  'id',
  'url',
  'canonicalUrl',
  'title',
  'byline',
  'siteName',
  'publishedTime',
  'lang',
  'dir',
  'excerpt',
  'leadImage',
  'wordCount',
  'readingMinutes',
  'tags',
  'status',
  'progress',
  'savedAt',
  'updatedAt',
  'readAt',
  'linkOnly',
  'importedFrom',
  'highlights',
  'related',
  'textContent',
  'content',
] as const satisfies readonly (keyof SavedArticle)[];

/** Fails to compile when SavedArticle gains a field the export does not write. */
type Unexported = Exclude<keyof SavedArticle, (typeof EXPORTED_FIELDS)[number]>;
export const EXPORT_IS_COMPLETE: [Unexported] extends [never] ? true : never = true;

const iso = (time: number) => new Date(time).toISOString();

/** The article with its times as ISO strings and its keys in a fixed order (stable diffs). */
export function toExportedArticle(article: SavedArticle): ExportedArticle {
  const dated: ExportedArticle = {
    ...article,
    savedAt: iso(article.savedAt),
    updatedAt: iso(article.updatedAt),
    readAt: article.readAt === null ? null : iso(article.readAt),
  };
  return Object.fromEntries(EXPORTED_FIELDS.map((key) => [key, dated[key]])) as ExportedArticle;
}

/** The export file's text (UTF-8 JSON, indented so that a person can read and diff it). */
export function exportLectorJson(articles: SavedArticle[], now: number): string {
  const file: LectorExport = {
    format: LECTOR_EXPORT_FORMAT,
    version: LECTOR_EXPORT_VERSION,
    exportedAt: iso(now),
    articles: articles.map(toExportedArticle),
  };
  return JSON.stringify(file, null, 1);
}
