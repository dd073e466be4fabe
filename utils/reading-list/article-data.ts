import type { ReadResult } from '../extract/types';
import type { PageFields } from '../library/types';

/**
 * What the reader hands over to save an article: the fields of a ReadResult the reading list
 * keeps (the library's SaveInput, every field present), and nothing else: no removal log, no
 * detection reasons. Data only, except `content`, the core's sanitized HTML.
 */
export type ArticleData = PageFields & Pick<ReadResult, 'canonicalUrl' | 'content' | 'textContent'>;

/** Every key of ArticleData; the message validator checks a request has exactly these. */
export const ARTICLE_KEYS = [
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
  'content',
  'textContent',
  'related',
] as const satisfies readonly (keyof ArticleData)[];

// Compile-time check that ARTICLE_KEYS names every field of ArticleData.
type MissingKey = Exclude<keyof ArticleData, (typeof ARTICLE_KEYS)[number]>;
const _allKeysListed: MissingKey extends never ? true : MissingKey = true;

/** A saved item as the reader needs to know it. */
export interface SavedRef {
  id: string;
  /** This save or refresh gave a link-only item its content. */
  filled: boolean;
}

export function articleData(result: ReadResult): ArticleData {
  const data = {} as Record<string, unknown>;
  for (const key of ARTICLE_KEYS) data[key] = result[key];
  return data as ArticleData;
}

/** A result the reading list can keep: read without failure, with content to show. */
export function isSavable(result: ReadResult): boolean {
  return result.failure === null && result.content.trim() !== '' && /^https?:/i.test(result.url);
}
