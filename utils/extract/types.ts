/**
 * The data the reading core returns. Every field is plain data: strings are text (never markup)
 * except `content` and `Removal.html`, which have passed `sanitizeArticleHtml()`.
 */
import type { DetectionReason } from './detect-reasons.ts';
import type { ArticlePages } from './article-pages.ts';

export type { DetectionReason, ReasonCode } from './detect-reasons.ts';
export type { ArticlePages } from './article-pages.ts';

/** What kind of clutter a removed block was; the reader groups the "what was removed" list by it. */
export type RemovalKind =
  | 'app-banner'
  | 'logo'
  | 'empty-comments'
  | 'comments'
  | 'ai-promo'
  | 'newsletter'
  | 'share-bar'
  | 'cookie-notice'
  | 'interstitial'
  | 'advert'
  | 'related'
  | 'navigation'
  | 'duplicate-title'
  | 'other';

/** One block removed before extraction, so the reader can list it and put it back. */
export interface Removal {
  /** Stable within one result: `r0`, `r1`, … in document order. */
  id: string;
  kind: RemovalKind;
  /** The block's visible text, whitespace-collapsed and cut to about 120 characters. */
  text: string;
  /** Why it was judged clutter, in words a reader understands. */
  reason: string;
  /** The block itself, sanitized, for "put it back". Empty when there is nothing worth showing. */
  html: string;
  /**
   * Text of the nearest block before it that the article kept, so the reader can re-insert it in
   * place; null when it came before the article's first block.
   */
  anchorText: string | null;
}

/** One entry of the page's related / more-from / read-next blocks. All fields are plain text. */
export interface RelatedArticle {
  title: string;
  /** Absolute http(s) URL. */
  url: string;
  source: string | null;
  /** The time as the page wrote it ("27 minutes ago", "12-06-2025"). */
  timeText: string | null;
  /** ISO 8601 when the written time could be turned into a date, else null. */
  date: string | null;
  summary: string | null;
  /** Absolute http(s) URL of a thumbnail, or null. */
  thumbnail: string | null;
}

export interface Detection {
  isArticle: boolean;
  /** Why, most decisive first, as codes (`{ code: 'jsonld-article', value: 'NewsArticle' }`). */
  reasons: DetectionReason[];
}

/** Why no article could be produced. */
export type ReadFailure = 'too-large' | 'empty' | 'no-content';

export interface ReadResult extends Detection {
  /** The URL the page was read as (canonical or og:url if no URL was given and the page has one). */
  url: string;
  /**
   * The address the page states for itself (canonical link, else og:url) when it is on the same
   * site as `url`; null otherwise. The reading list's key for the story: the same article reached
   * with other parameters, or from an AMP or mobile host, is saved once.
   */
  canonicalUrl: string | null;
  /** Set when extraction did not produce an article; `message` says so in plain words. */
  failure: ReadFailure | null;
  message: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 (date, or date-time with offset when the page gives one). */
  publishedTime: string | null;
  /** BCP 47 language tag of the page, e.g. `en`, `es`, `ar`. */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Block-level text: paragraphs, headings and list items separated by newlines. */
  textContent: string;
  /** Sanitized article HTML. */
  content: string;
  related: RelatedArticle[];
  removed: Removal[];
  /**
   * When the story goes on over several pages, which one this is and where the others are;
   * null when it is all here.
   */
  pages: ArticlePages | null;
}
