import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/dispatch';
import type { SenderInfo } from '../messaging/guard';
import { failure, type PageSnapshot } from '../messaging/protocol';
import { sendToTab } from '../messaging/send';
import { showArticleState } from './action-icon';
import { pageTurns } from './page-turns';
import { readerTabs } from './reader-tabs';
import { snapshotPrefetch } from './snapshot-prefetch';
import { setTabState } from './tab-state';

const senderTab = (sender: SenderInfo) => sender.tab?.id;

/** Snapshot of a tab whose reader content script may or may not be there yet. */
async function snapshotOf(tabId: number): Promise<PageSnapshot | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/page-snapshot.js'],
    });
    const snapshot = injection?.result as PageSnapshot | undefined;
    return snapshot && typeof snapshot.html === 'string' ? snapshot : null;
  } catch {
    return null;
  }
}

export type BackgroundMessage =
  | 'reader-bg-get-snapshot'
  | 'reader-bg-close'
  | 'reader-bg-confirm-auto'
  | 'panel-bg-get-snapshot'
  | 'ui-bg-tab-article'
  | 'cs-bg-detected'
  | 'cs-bg-reader-closed'
  | 'reader-bg-open-page';

export interface BackgroundHooks {
  /** Replaces the default verdict handler (auto mode opens the reader on articles). */
  'cs-bg-detected'?: Handlers<'cs-bg-detected'>['cs-bg-detected'];
  /** A person closed the reader on this tab from inside it (close button, Esc). */
  onReaderClosed?: (tabId: number, sender: SenderInfo) => Promise<void>;
}

/** The background's handler table. Sender and shape are checked before any of these run. */
export function backgroundHandlers(extra: BackgroundHooks = {}): Handlers<BackgroundMessage> {
  const closed = async (tabId: number, sender: SenderInfo) => {
    readerTabs.delete(tabId);
    snapshotPrefetch.forget(tabId);
    await extra.onReaderClosed?.(tabId, sender).catch(() => {});
  };
  return {
    'reader-bg-get-snapshot': async (_request, sender) => {
      const tabId = senderTab(sender);
      if (tabId === undefined) return failure('no-tab', 'The reader is not shown in a tab.');
      const answer = await snapshotPrefetch.take(tabId);
      return answer.ok ? { ok: true, snapshot: answer.snapshot, tabId } : answer;
    },
    'reader-bg-close': async (_request, sender) => {
      const tabId = senderTab(sender);
      if (tabId === undefined) return failure('no-tab', 'The reader is not shown in a tab.');
      await closed(tabId, sender);
      return sendToTab(tabId, 'bg-cs-close', {});
    },
    // Not a close by a person: nothing is remembered, so auto mode may judge the page again.
    'reader-bg-confirm-auto': async ({ show }, sender) => {
      const tabId = senderTab(sender);
      if (tabId === undefined) return failure('no-tab', 'The reader is not shown in a tab.');
      const answer = await sendToTab(tabId, 'bg-cs-confirm-auto', { show });
      // Shown, the reader is open as if clicked open; removed, it never was.
      if (answer.ok && show) readerTabs.add(tabId);
      return answer;
    },
    'cs-bg-reader-closed': async (_request, sender) => {
      const tabId = senderTab(sender);
      if (tabId === undefined || sender.frameId !== 0) return failure('no-tab', 'Not a tab.');
      await closed(tabId, sender);
      return { ok: true };
    },
    // The page is the story's next (or previous) page, read from the page by the core; the
    // validator let only an http(s) address through. The reader reopens there (page-turns.ts).
    'reader-bg-open-page': async ({ url }, sender) => {
      const tabId = senderTab(sender);
      if (tabId === undefined) return failure('no-tab', 'The reader is not shown in a tab.');
      pageTurns.expect(tabId);
      try {
        await browser.tabs.update(tabId, { url });
      } catch (error) {
        pageTurns.forget(tabId);
        return failure('failed', error instanceof Error ? error.message : String(error));
      }
      return { ok: true };
    },
    'panel-bg-get-snapshot': async ({ tabId }) => {
      const snapshot = await snapshotOf(tabId);
      return snapshot
        ? { ok: true, snapshot }
        : failure(
            'no-access',
            'Lector has no access to this tab until you click its toolbar icon.',
          );
    },
    'ui-bg-tab-article': async ({ tabId, state }) => {
      await setTabState(tabId, state);
      await showArticleState(tabId, state.isArticle);
      return { ok: true };
    },
    'cs-bg-detected':
      extra['cs-bg-detected'] ??
      (async ({ detection }, sender) => {
        const tabId = senderTab(sender);
        if (tabId !== undefined) await showArticleState(tabId, detection.isArticle);
        return { ok: true, opened: false };
      }),
  };
}
