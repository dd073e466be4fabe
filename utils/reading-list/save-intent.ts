import { browser } from 'wxt/browser';

/**
 * "Save this tab's article", asked by the context menu or the keyboard command, for the reader
 * shown in that tab to carry out (it has the article; the background has no DOM to read one).
 * Kept in `storage.session`, which the reader frame can read and watch, keyed by tab.
 */
const PREFIX = 'save-intent:';

/** A request older than this was not for the page the reader shows now. */
export const SAVE_INTENT_MAX_AGE_MS = 60_000;

export const saveIntentKey = (tabId: number) => `${PREFIX}${tabId}`;

export async function requestSave(tabId: number, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [saveIntentKey(tabId)]: now });
}

export async function clearSaveIntent(tabId: number): Promise<void> {
  await browser.storage.session.remove(saveIntentKey(tabId));
}

/** Whether a fresh request is pending for the tab; it is removed either way (taken once). */
export async function takeSaveIntent(tabId: number, now = Date.now()): Promise<boolean> {
  const key = saveIntentKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  if (stored === undefined) return false;
  await browser.storage.session.remove(key);
  return typeof stored === 'number' && now - stored >= 0 && now - stored < SAVE_INTENT_MAX_AGE_MS;
}

/** Calls back when a request for the tab arrives. Returns the unsubscribe function. */
export function watchSaveIntent(tabId: number, callback: () => void): () => void {
  const key = saveIntentKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && changes[key]?.newValue !== undefined) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
