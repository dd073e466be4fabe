import type { ReadResult } from '../extract/types';
import type { PageSnapshot, TabArticleState } from '../messaging/protocol';
import { parseSnapshot } from '../page/snapshot';
import type { ReadPage } from '../reader/live-source';
import type { DomWindow } from '../sanitize';

/** What the side panel keeps of a read page: data only, no article body. */
export function tabArticleState(result: ReadResult, pageUrl: string, now: number): TabArticleState {
  return {
    url: result.url || pageUrl,
    title: result.title,
    isArticle: result.isArticle,
    reasons: result.reasons,
    related: result.related,
    updatedAt: now,
  };
}

/** Read a tab's snapshot with the core, for the side panel. */
export function readSnapshot(
  snapshot: PageSnapshot,
  readPage: ReadPage,
  win: DomWindow,
  now: number,
) {
  const result = readPage(parseSnapshot(snapshot, win), snapshot.url, { window: win });
  return tabArticleState(result, snapshot.url, now);
}
