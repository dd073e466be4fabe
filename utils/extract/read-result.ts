/**
 * Building `ReadResult`s: the shape every outcome shares, and the failure results with their
 * plain-words messages (a failure's reason is its code; the message has the details).
 */
import type { Detection, ReadFailure, ReadResult } from './types.ts';
import type { PageMetadata } from './metadata.ts';

/** A result with no article: metadata where it is known, empty text and content. */
export function emptyResult(
  url: string,
  detection: Detection,
  metadata: Partial<PageMetadata> = {},
): ReadResult {
  return {
    ...detection,
    url,
    canonicalUrl: metadata.canonicalUrl ?? null,
    failure: null,
    message: null,
    title: metadata.title ?? '',
    byline: metadata.byline ?? null,
    siteName: metadata.siteName ?? null,
    publishedTime: metadata.publishedTime ?? null,
    lang: metadata.lang ?? null,
    dir: metadata.dir ?? 'ltr',
    excerpt: metadata.excerpt ?? null,
    leadImage: metadata.leadImage ?? null,
    wordCount: 0,
    readingMinutes: 0,
    textContent: '',
    content: '',
    related: [],
    removed: [],
    pages: null,
  };
}

export function failureResult(
  url: string,
  failure: ReadFailure,
  message: string,
  detection: Detection = { isArticle: false, reasons: [{ code: failure }] },
  metadata: Partial<PageMetadata> = {},
): ReadResult {
  return { ...emptyResult(url, detection, metadata), failure, message };
}

export const MESSAGES = {
  empty: 'This page is empty: it has no text to read.',
  noContent: 'Lector found no article text on this page.',
  notHtml: 'This is not an HTML page, so there is no article to read.',
  crashed: (detail: string) => `Lector could not read this page: ${detail}`,
} as const;
