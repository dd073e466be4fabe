import { isHttpUrl } from '../http-url';
import { LibraryError } from './errors';

/** The longest tag kept; longer ones are cut (a tag is a label, not a note). */
export const MAX_TAG_LENGTH = 100;

/** Trimmed, inner whitespace collapsed, empty ones dropped, duplicates (ignoring case) dropped. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const key = tag.toLocaleLowerCase('en');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/** 0..1; anything that is not a finite number reads as the top of the article. */
export function clampProgress(progress: number): number {
  if (!Number.isFinite(progress)) return 0;
  return Math.min(1, Math.max(0, progress));
}

/** A reading position this close to the end counts as read to the end (footers, comments). */
export const READ_TO_END = 0.97;

/** Only http(s) pages go into the list: it is a list of web articles, and its links are opened. */
export function assertWebUrl(url: string): void {
  if (!isHttpUrl(url)) {
    throw new LibraryError(
      'invalid-article',
      'Lector can only save web pages (addresses starting with http or https).',
    );
  }
}
