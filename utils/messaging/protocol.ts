import type { Detection, DetectionReason, RelatedArticle } from '../extract/types';
import type { ArticleData, SavedRef } from '../reading-list/article-data';

/**
 * Lector's message protocol, one entry per message. Names say the direction:
 * `cs` content script, `bg` background, `reader` the reader page, `panel` the side panel,
 * `ui` any extension page. What crosses a boundary is data, never markup (security.md, rule 5),
 * except the page snapshot, which is the visited page's own serialized HTML and is only ever
 * parsed into an inert document by the core.
 */

/** The visited page as the content script serialized it. */
export interface PageSnapshot {
  url: string;
  html: string;
  /** Where the page was scrolled, so "close" can be checked against it in tests. */
  scrollY: number;
  capturedAt: number;
}

/** The per-tab summary the side panel shows (kept in `storage.session`, see tab-state.ts). */
export interface TabArticleState {
  url: string;
  title: string;
  isArticle: boolean;
  reasons: DetectionReason[];
  related: RelatedArticle[];
  updatedAt: number;
}

export type Failure = {
  ok: false;
  error: 'no-access' | 'no-tab' | 'too-large' | 'failed';
  message: string;
};
export type Ok<T> = { ok: true } & T;
export type Result<T> = Ok<T> | Failure;

/** Who may send a message. Receivers check it against `sender` (see guard.ts). */
export type Origin = 'extension-page' | 'content-script' | 'background';

export interface Protocol {
  /** The reader overlay asks for the snapshot of the tab it is shown in. */
  'reader-bg-get-snapshot': {
    from: 'extension-page';
    request: Record<string, never>;
    response: Result<{ snapshot: PageSnapshot; tabId: number }>;
  };
  /** The reader asks the tab's content script to close the overlay (Esc, close button). */
  'reader-bg-close': {
    from: 'extension-page';
    request: Record<string, never>;
    response: Result<object>;
  };
  /**
   * The reader auto mode opened unseen has read its page: show it (the core found an article)
   * or remove it unseen (it did not, or reading failed). See utils/reader/auto-open.ts.
   */
  'reader-bg-confirm-auto': {
    from: 'extension-page';
    request: { show: boolean };
    response: Result<object>;
  };
  /** Background to the reader content script: show the unseen overlay, or remove it. */
  'bg-cs-confirm-auto': {
    from: 'background';
    request: { show: boolean };
    response: Result<object>;
  };
  /** Background to the reader content script: take a snapshot of the page. */
  'bg-cs-get-snapshot': {
    from: 'background';
    request: Record<string, never>;
    response: Result<{ snapshot: PageSnapshot }>;
  };
  /** Background to the reader content script: remove the overlay. */
  'bg-cs-close': { from: 'background'; request: Record<string, never>; response: Result<object> };
  /** The side panel asks for a snapshot of a tab, to extract its related articles itself. */
  'panel-bg-get-snapshot': {
    from: 'extension-page';
    request: { tabId: number };
    response: Result<{ snapshot: PageSnapshot }>;
  };
  /** An extension page that extracted a tab's page reports what the side panel should show. */
  'ui-bg-tab-article': {
    from: 'extension-page';
    request: { tabId: number; state: TabArticleState };
    response: Result<object>;
  };
  /**
   * The reader overlay saves the article it shows to the reading list. The background holds the
   * list for the overlay: a frame inside a visited page may get partitioned storage, the
   * background never does. `article.content` is the core's sanitized HTML, sanitized again
   * whenever it is shown (security.md rule 2).
   */
  'reader-bg-save': {
    from: 'extension-page';
    request: { article: ArticleData };
    response: Result<{ saved: SavedRef }>;
  };
  /**
   * The reader overlay, once it has read its page: is it in the list (then its saved copy is
   * refreshed with what was just read: a link-only item gets its content), and did the context
   * menu or the keyboard command ask to save it? `article` is null when there is no article.
   */
  'reader-bg-sync': {
    from: 'extension-page';
    request: { url: string; article: ArticleData | null };
    response: Result<{ tabId: number | null; saved: SavedRef | null; saveRequested: boolean }>;
  };
  /**
   * The reader's "Next page" (or previous page) of a story split over pages: the background takes
   * the tab to that page and opens the reader there once it has loaded (reader-page-turn.ts).
   */
  'reader-bg-open-page': {
    from: 'extension-page';
    request: { url: string };
    response: Result<object>;
  };
  /** The overlay closed itself (Esc pressed in the page before the reader frame had focus). */
  'cs-bg-reader-closed': {
    from: 'content-script';
    request: Record<string, never>;
    response: Result<object>;
  };
  /** The auto-mode detection script reports its verdict for the page it runs in. */
  'cs-bg-detected': {
    from: 'content-script';
    request: { url: string; detection: Detection };
    response: Result<{ opened: boolean }>;
  };
}

export type MessageType = keyof Protocol;
export type Request<T extends MessageType> = { type: T } & Protocol[T]['request'];
export type Response<T extends MessageType> = Protocol[T]['response'];
export type AnyRequest = { [T in MessageType]: Request<T> }[MessageType];

export const failure = (error: Failure['error'], message: string): Failure => ({
  ok: false,
  error,
  message,
});
