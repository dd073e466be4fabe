import { browser } from 'wxt/browser';

/**
 * Pages a person closed the reader on, per tab, so auto mode does not open it again on reload or
 * on back/forward to them: they stay closed until the person opens the reader there themselves.
 * Kept in `storage.session` (survives the service worker sleeping, gone with the browser
 * session, unreadable by content scripts). URLs are kept without their #fragment; the newest
 * `MAX_PER_TAB` per tab.
 */
const PREFIX = 'auto-closed:';
const MAX_PER_TAB = 50;

const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

async function closedIn(tabId: number): Promise<string[]> {
  const key = keyOf(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  return Array.isArray(stored) ? stored.filter((item) => typeof item === 'string') : [];
}

export async function rememberClosed(tabId: number, url: string): Promise<void> {
  const page = pageKey(url);
  const list = (await closedIn(tabId)).filter((item) => item !== page);
  list.push(page);
  await browser.storage.session.set({ [keyOf(tabId)]: list.slice(-MAX_PER_TAB) });
}

export async function forgetClosed(tabId: number, url: string): Promise<void> {
  const page = pageKey(url);
  const list = await closedIn(tabId);
  if (list.includes(page)) {
    await browser.storage.session.set({ [keyOf(tabId)]: list.filter((item) => item !== page) });
  }
}

export async function wasClosed(tabId: number, url: string): Promise<boolean> {
  return (await closedIn(tabId)).includes(pageKey(url));
}

export async function clearClosed(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
