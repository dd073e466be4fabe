import { browser } from 'wxt/browser';
import type { TabArticleState } from '../messaging/protocol';

/**
 * What Lector knows about each tab's page (article or not, its related articles), kept in
 * `storage.session`: it survives the service worker going to sleep, is cleared with the browser
 * session, and is readable by extension pages (the side panel watches it) but not content scripts.
 */
const PREFIX = 'tab-article:';

export const tabStateKey = (tabId: number) => `${PREFIX}${tabId}`;

export async function setTabState(tabId: number, state: TabArticleState): Promise<void> {
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
}

export async function getTabState(tabId: number): Promise<TabArticleState | null> {
  const key = tabStateKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabArticleState | undefined) ?? null;
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
}

/** Calls back with a tab's new state (or null when cleared). Returns the unsubscribe function. */
export function watchTabState(
  tabId: number,
  callback: (state: TabArticleState | null) => void,
): () => void {
  const key = tabStateKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key in changes) {
      callback((changes[key]?.newValue as TabArticleState | undefined) ?? null);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
