import type { RelatedArticle } from '../../extract/types';
import { isHttpUrl, sanitizeArticleHtml, type DomWindow } from '../../sanitize';
import { canonicalizeUrl } from '../canonical-url';
import {
  EXPORTED_FIELDS,
  LECTOR_EXPORT_FORMAT,
  LECTOR_EXPORT_VERSION,
  type ExportedArticle,
} from '../export/lector-json';
import { ARTICLE_STATUSES, IMPORT_SOURCES, type SavedArticle } from '../types';
import { ProblemList, type ParsedImport } from './draft';

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isNullableString: Check = (v) => v === null || typeof v === 'string';
const isCount: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isProgress: Check = (v) => typeof v === 'number' && v >= 0 && v <= 1;
const isIsoDate: Check = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));

const isRelated: Check = (value) => {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<keyof RelatedArticle, unknown>;
  return (
    isString(r.title) &&
    isString(r.url) &&
    ['source', 'timeText', 'date', 'summary', 'thumbnail'].every((k) =>
      isNullableString(r[k as keyof RelatedArticle]),
    )
  );
};

/** Every field of an exported article and what it must be; the message names the field. */
const FIELDS: Record<(typeof EXPORTED_FIELDS)[number], [Check, string]> = {
  id: [(v) => isString(v) && (v as string).length > 0, 'a non-empty text'],
  url: [(v) => isString(v) && isHttpUrl(v as string), 'a web address (http or https)'],
  canonicalUrl: [isString, 'text'],
  title: [isString, 'text'],
  byline: [isNullableString, 'text or null'],
  siteName: [isNullableString, 'text or null'],
  publishedTime: [isNullableString, 'text or null'],
  lang: [isNullableString, 'text or null'],
  dir: [(v) => v === 'ltr' || v === 'rtl', '"ltr" or "rtl"'],
  excerpt: [isNullableString, 'text or null'],
  leadImage: [isNullableString, 'text or null'],
  wordCount: [isCount, 'a number'],
  readingMinutes: [isCount, 'a number'],
  content: [isString, 'text'],
  textContent: [isString, 'text'],
  related: [(v) => Array.isArray(v) && v.every(isRelated), 'a list of related articles'],
  tags: [(v) => Array.isArray(v) && v.every(isString), 'a list of texts'],
  status: [(v) => ARTICLE_STATUSES.includes(v as never), '"unread", "read" or "archived"'],
  progress: [isProgress, 'a number from 0 to 1'],
  savedAt: [isIsoDate, 'an ISO 8601 date'],
  updatedAt: [isIsoDate, 'an ISO 8601 date'],
  readAt: [(v) => v === null || isIsoDate(v), 'an ISO 8601 date or null'],
  linkOnly: [(v) => typeof v === 'boolean', 'true or false'],
  importedFrom: [
    (v) => v === null || IMPORT_SOURCES.includes(v as never),
    'an import source or null',
  ],
  highlights: [isNullableString, 'text or null'],
};

/**
 * A Lector export, checked field by field before anything is written. Article HTML is sanitized
 * again on the way in (the file may have been edited, or made by an older Lector).
 */
export function parseLectorJson(json: string, win: DomWindow): ParsedImport {
  const problems = new ProblemList();
  let file: Record<string, unknown>;
  try {
    file = JSON.parse(json.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch (error) {
    problems.add('The file', `it is not valid JSON (${(error as Error).message})`);
    return { source: 'lector-json', articles: [], problems: problems.problems, skipped: [] };
  }
  if (file?.format !== LECTOR_EXPORT_FORMAT || !Array.isArray(file.articles)) {
    problems.add('The file', 'it is JSON, but not a Lector export');
  } else if (typeof file.version !== 'number' || file.version > LECTOR_EXPORT_VERSION) {
    problems.add(
      'The file',
      `it was made by a newer Lector (format version ${String(file.version)}); update Lector, then import it`,
    );
  }
  if (problems.problems.length) {
    return { source: 'lector-json', articles: [], problems: problems.problems, skipped: [] };
  }
  const articles: SavedArticle[] = [];
  (file.articles as unknown[]).forEach((item, index) => {
    const where = `Article ${index + 1}`;
    if (!item || typeof item !== 'object')
      return problems.add(where, 'it is not an article record');
    const record = item as Record<string, unknown>;
    const bad = Object.entries(FIELDS).filter(([name, [check]]) => !check(record[name]));
    for (const [name, [, expected]] of bad) problems.add(where, `"${name}" should be ${expected}`);
    if (bad.length) return;
    // Checked above: every field has its type; only the known fields are kept.
    const known = Object.fromEntries(EXPORTED_FIELDS.map((key) => [key, record[key]]));
    const fields = known as unknown as ExportedArticle;
    articles.push({
      ...fields,
      canonicalUrl: canonicalizeUrl(fields.canonicalUrl || fields.url),
      content: fields.content ? sanitizeArticleHtml(fields.content, win) : '',
      savedAt: Date.parse(fields.savedAt),
      updatedAt: Date.parse(fields.updatedAt),
      readAt: fields.readAt === null ? null : Date.parse(fields.readAt),
    });
  });
  return { source: 'lector-json', articles, problems: problems.problems, skipped: [] };
}
