/** Set by the reader once the article body has been painted; the Chromium bench reads it. */
export const ARTICLE_PAINTED_MARK = 'lector:article-painted';
