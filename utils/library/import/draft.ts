import { isHttpUrl } from '../../http-url';
import type { ImportProblem } from '../errors';
import type { ArticleStatus, ImportSource, SavedArticle } from '../types';
import { readImportDate } from './dates';

/**
 * One article as a third-party export describes it, checked and ready to merge into the list.
 * Strings are plain text; `content` has passed sanitizeArticleHtml.
 */
export interface ImportDraft {
  /** Where it was in the file ("Line 14", "Entry 3 of metadata_0_to_49.json"). */
  where: string;
  url: string;
  title: string;
  tags: string[];
  status: ArticleStatus;
  /** Epoch ms, or null when the file gave none (the import time is used). */
  savedAt: number | null;
  readAt?: number | null;
  progress?: number;
  publishedTime?: string | null;
  byline?: string | null;
  excerpt?: string | null;
  leadImage?: string | null;
  /** Sanitized HTML; absent for link-only items. */
  content?: string;
  highlights?: string | null;
}

/**
 * What a parser hands back: drafts (third-party) or whole articles (Lector's own export), the
 * problems that make the file malformed (any → nothing is imported), and entries left out on
 * purpose (a bookmark to `place:`, an item deleted in Omnivore), which the user is told about.
 */
export type ParsedImport = {
  problems: ImportProblem[];
  skipped: ImportProblem[];
} & (
  | { source: Exclude<ImportSource, 'lector-json'>; drafts: ImportDraft[] }
  | { source: 'lector-json'; articles: SavedArticle[] }
);

/**
 * Collects the problems of a file while its entries are read, so that ALL of them are reported
 * at once and nothing is imported while there is any.
 */
export class ProblemList {
  readonly problems: ImportProblem[] = [];

  add(where: string, problem: string): void {
    this.problems.push({ where, problem });
  }

  /** The URL, checked: absent → "the URL is missing", not http(s) → says so. */
  url(where: string, value: string | null | undefined): string | null {
    const url = (value ?? '').trim();
    if (!url) this.add(where, 'the URL is missing');
    else if (!isHttpUrl(url))
      this.add(where, `"${url.slice(0, 80)}" is not a web address (http or https)`);
    else return url;
    return null;
  }

  /** Epoch ms or null; a date that cannot be read is a problem. */
  date(where: string, value: unknown): number | null {
    const reading = readImportDate(value);
    if (reading.ok) return reading.time;
    this.add(where, reading.problem);
    return null;
  }
}

/** "a|b", "a,b": the tag list a file wrote, split and trimmed (normalised again on write). */
export function splitTags(value: string | null | undefined, separator: string | RegExp): string[] {
  return (value ?? '')
    .split(separator)
    .map((tag) => tag.trim())
    .filter(Boolean);
}
