import { memo } from 'preact/compat';
import type { Ref } from 'preact';
import { useEffect } from 'preact/hooks';
import { t } from '../utils/i18n';
import { ARTICLE_PAINTED_MARK } from '../utils/reader/performance-marks';
import { sanitizeArticleHtml } from '../utils/sanitize';
import './article.css';

interface ArticleBodyProps {
  /** Article HTML: the core's sanitized content, possibly with removed blocks put back. */
  html: string;
  /** The element the sentences are read from (text-to-speech). */
  containerRef?: Ref<HTMLDivElement>;
}

/**
 * The article's text, images, tables and code; appears once the article is read (or "try anyway").
 *
 * THE ONLY place in Lector where HTML enters a page (security.md rule 2; eslint enforces it). The
 * HTML is sanitized here, right before insertion, on every render, even though the core sanitized
 * it already: what was safe under an older sanitizer may not be under this one, and blocks that
 * were put back were re-parsed since. `memo` keeps unrelated re-renders (speech progress, panels)
 * from sanitizing again; when the HTML string is the same, Preact leaves the DOM alone.
 */
function ArticleBodyImpl({ html, containerRef }: ArticleBodyProps) {
  const clean = sanitizeArticleHtml(html, window, { embedLabel: t('readerEmbedLink') });
  // Preact runs effects after the browser has painted: this mark is when the article is on
  // screen. The Chromium bench reads it (scripts/bench/section-chromium.ts).
  useEffect(() => {
    performance.mark(ARTICLE_PAINTED_MARK);
  }, [clean]);
  return (
    <div
      ref={containerRef}
      class="article-body"
      data-testid="article-body"
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}

export const ArticleBody = memo(ArticleBodyImpl);
