import type { ReadResult } from '../extract/types';
import type { MessageType, Request, Response } from '../messaging/protocol';
import type { DomWindow } from '../sanitize';
import type { ArticleSource } from './article-source';
import { parseSnapshot } from '../page/snapshot';
import { tabArticleState } from '../panel/tab-article';

type Send = <T extends MessageType>(
  type: T,
  payload: Omit<Request<T>, 'type'>,
) => Promise<Response<T>>;

export type ReadPage = (
  doc: Document,
  url: string | null,
  options?: { window?: DomWindow; force?: boolean },
) => ReadResult;

export interface LiveSourceDeps {
  /** `sendToBackground` (utils/messaging/send.ts), or a fake in tests. */
  send: Send;
  readPage: ReadPage;
  win: DomWindow;
  now?: () => number;
  /** Auto mode opened the overlay unseen: after the first read, tell it to show or go. */
  autoOpened?: boolean;
}

/**
 * The article of the tab the overlay is shown over: the background hands over the content
 * script's snapshot, which is parsed into an inert document (DOMParser runs no script and loads
 * nothing) and read by the core. The snapshot is kept, so "try anyway" reads it again with
 * `force` without asking the page twice. After each read the side panel is told what the tab
 * holds (its related articles); that report is best effort. A reader auto mode opened unseen is
 * shown only when the first read finds an article, and removed unseen otherwise (auto-open.ts).
 */
export function createLiveSource({
  send,
  readPage,
  win,
  now = Date.now,
  autoOpened = false,
}: LiveSourceDeps): ArticleSource {
  let snapshot: Promise<Response<'reader-bg-get-snapshot'>> | null = null;
  let awaitingConfirmation = autoOpened;
  const confirm = (show: boolean) => {
    if (!awaitingConfirmation) return;
    awaitingConfirmation = false;
    void send('reader-bg-confirm-auto', { show });
  };

  return {
    prefetch() {
      snapshot ??= send('reader-bg-get-snapshot', {});
    },
    async load({ force }) {
      snapshot ??= send('reader-bg-get-snapshot', {});
      const answer = await snapshot;
      if (!answer.ok) {
        snapshot = null; // a later retry may succeed (e.g. the page finished loading)
        confirm(false);
        return { ok: false, message: answer.message };
      }
      const { url } = answer.snapshot;
      let result: ReadResult;
      try {
        result = readPage(parseSnapshot(answer.snapshot, win), url, { window: win, force });
      } catch (error) {
        confirm(false);
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      void send('ui-bg-tab-article', {
        tabId: answer.tabId,
        state: tabArticleState(result, url, now()),
      });
      confirm(result.isArticle && result.failure === null);
      return { ok: true, result };
    },
    async openPage(url) {
      const answer = await send('reader-bg-open-page', { url });
      return answer.ok;
    },
    async close() {
      await send('reader-bg-close', {});
    },
  };
}
