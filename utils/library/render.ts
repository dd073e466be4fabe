import { sanitizeArticleHtml, type DomWindow, type SanitizeOptions } from '../sanitize';
import type { ArticleBody } from './types';

/**
 * The stored body, sanitized again for insertion (security.md: "Sanitize the output, at the sink,
 * every time it is rendered, including articles loaded back from storage"). What was stored may
 * predate today's sanitizer, or have been written into IndexedDB by something other than Lector.
 */
export function renderableContent(
  article: Pick<ArticleBody, 'content'>,
  win: DomWindow,
  options?: SanitizeOptions,
): string {
  return sanitizeArticleHtml(article.content, win, options);
}
