import type { Origin } from './protocol';

/** The parts of `runtime.MessageSender` a receiver needs to judge where a message came from. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface ExtensionIdentity {
  /** `browser.runtime.id` */
  id: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://abc/` */
  baseUrl: string;
}

/**
 * Where a message came from, judged from the browser-provided `sender` (never from the message).
 * Returns null for anything that is not part of this extension.
 */
export function senderOrigin(sender: SenderInfo, self: ExtensionIdentity): Origin | null {
  if (sender.id !== self.id) return null;
  const fromExtensionUrl = typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl);
  if (fromExtensionUrl) return 'extension-page';
  // A content script runs in a tab, at the page's own URL.
  if (sender.tab && typeof sender.tab.id === 'number' && typeof sender.url === 'string')
    return 'content-script';
  // Messages to a content script come from the background without a tab or page URL.
  if (!sender.tab && sender.url === undefined) return 'background';
  return null;
}
