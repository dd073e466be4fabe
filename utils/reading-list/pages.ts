import { browser } from 'wxt/browser';

/**
 * Lector's reading-list pages and how to get to them. The saved reader is the reader page in a
 * tab of its own with `?saved=<id>`; `from=library` when the library page opened it in its tab.
 */
// Resolved against the extension's base: Chrome's getURL('/reader.html') gives the per-session
// URL of the web-accessible reader page (use_dynamic_url), which a tab cannot be navigated to.
const getURL = (path: string) =>
  new URL(path, (browser.runtime.getURL as (path: string) => string)('/')).href;

export const libraryUrl = () => getURL('/library.html');

export function savedReaderUrl(id: string, from?: 'library'): string {
  const params = new URLSearchParams({ saved: id });
  if (from) params.set('from', from);
  return `${getURL('/reader.html')}?${params}`;
}

/** The id in `reader.html?saved=<id>`, or null for the overlay reader. */
export function savedIdFrom(search: string): string | null {
  const id = new URLSearchParams(search).get('saved');
  return id && id.length <= 200 ? id : null;
}

export async function openInNewTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/**
 * Leave the saved reader: back to the library when it came from there, else close its tab.
 */
export async function leaveSavedReader(win: Window = window): Promise<void> {
  const from = new URLSearchParams(win.location.search).get('from');
  if (from === 'library') {
    if (win.history.length > 1) win.history.back();
    else win.location.assign(libraryUrl());
    return;
  }
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else win.close();
}
