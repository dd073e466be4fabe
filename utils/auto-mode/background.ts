import { browser } from 'wxt/browser';
import { showArticleState } from '../background/action-icon';
import type { ToggleOutcome } from '../background/reader-toggle';
import type { SenderInfo } from '../messaging/guard';
import type { Request, Response } from '../messaging/protocol';
import { clearClosed, forgetClosed, rememberClosed, wasClosed } from './closed-pages';
import { pageOrigin, siteKeyOfUrl } from './hosts';
import { builtInSiteOf } from './news-sites';
import { openReaderOnly } from './open-reader';
import { grantedOrigins } from './permissions';
import { reconcileRules } from './reconcile';
import { syncDetectionScript } from './registration';
import { loadAutoMode, ruleFor, watchAutoMode, type AutoModeState } from './site-rules';

export type AutoOpenDecision =
  'open' | 'not-article' | 'off' | 'not-allowed' | 'never' | 'no-access' | 'closed-by-user';

/**
 * Should auto mode open the reader on this page? Only on an article, with auto mode on, on a site
 * allowed by an `always` rule or the built-in list (and no `never`), where Lector holds the host
 * permission, and not on a page the person closed the reader on in this tab.
 */
export async function autoOpenDecision(
  tabId: number,
  url: string,
  isArticle: boolean,
  state?: AutoModeState,
): Promise<AutoOpenDecision> {
  if (!isArticle) return 'not-article';
  const current = state ?? (await loadAutoMode());
  if (!current.enabled) return 'off';
  const key = siteKeyOfUrl(url);
  const origin = pageOrigin(url);
  if (!key || !origin) return 'not-allowed';
  const rule = ruleFor(current, key)?.rule.mode;
  if (rule === 'never') return 'never';
  if (rule !== 'always' && !(current.builtInSites && builtInSiteOf(key))) return 'not-allowed';
  if (!(await grantedOrigins([origin])).has(origin)) return 'no-access';
  if (await wasClosed(tabId, url)) return 'closed-by-user';
  return 'open';
}

const sameOrigin = (a: string, b: string | undefined) => {
  try {
    return b !== undefined && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

/**
 * `cs-bg-detected`: the detection script's verdict on the page it runs in (top frame only).
 * The site is judged from the browser-given sender URL; the reported URL (which may be a newer
 * SPA route) is used only when it is on the same origin.
 */
export async function onAutoModeDetected(
  { url, detection }: Request<'cs-bg-detected'>,
  sender: SenderInfo,
): Promise<Response<'cs-bg-detected'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || (sender.frameId ?? 0) !== 0 || !sameOrigin(url, sender.url)) {
    return { ok: true, opened: false };
  }
  // The reader opens unseen and the reading core's full verdict decides whether it shows; that
  // verdict also sets the toolbar icon (ui-bg-tab-article) a moment later. Where no reader opens,
  // the icon shows this script's lean verdict, which agrees with the core's on nearly every page
  // (utils/extract/detect-lean.ts), until the next click reads the page.
  if (
    (await autoOpenDecision(tabId, url, detection.isArticle)) === 'open' &&
    (await openReaderOnly(tabId))
  ) {
    return { ok: true, opened: true };
  }
  await showArticleState(tabId, detection.isArticle);
  return { ok: true, opened: false };
}

async function tabUrl(tabId: number, fallback?: string): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * The reader was opened or closed by a person (toolbar, shortcut, menu): a close is remembered
 * for the page, an open forgets it. Lector sees tab URLs only where it has host access, which is
 * exactly where auto mode could reopen the reader.
 */
export async function noteReaderToggled(tabId: number, outcome: ToggleOutcome): Promise<void> {
  if (outcome === 'unavailable') return;
  const url = await tabUrl(tabId);
  if (!url) return;
  if (outcome === 'closed') await rememberClosed(tabId, url);
  else await forgetClosed(tabId, url);
}

/**
 * Remember a close asked from inside the reader (its close button, Esc) for the page, so auto
 * mode does not reopen it. The hook `onReaderClosed` of backgroundHandlers().
 */
export async function rememberReaderClosed(tabId: number, sender: SenderInfo): Promise<void> {
  const url = await tabUrl(tabId, (sender.tab as { url?: string } | undefined)?.url);
  if (url) await rememberClosed(tabId, url);
}

const resync = () => {
  syncDetectionScript().catch((error: unknown) => console.warn('Lector auto mode:', error));
};
const reconcileAndSync = () => {
  reconcileRules()
    .catch(() => [])
    .then(resync);
};

/**
 * Auto mode's listeners in the background: keep the detection script registered for exactly the
 * allowed, granted sites (on install/update, on startup, whenever rules or permissions change),
 * open the welcome page on first install, and forget a tab's closed pages with the tab.
 */
export function registerAutoMode(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
    reconcileAndSync();
  });
  browser.runtime.onStartup.addListener(reconcileAndSync);
  browser.permissions.onRemoved.addListener(reconcileAndSync);
  browser.permissions.onAdded.addListener(reconcileAndSync);
  watchAutoMode(resync);
  browser.tabs.onRemoved.addListener((tabId) => void clearClosed(tabId).catch(() => {}));
}
